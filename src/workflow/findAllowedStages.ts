import type { PayloadRequest } from 'payload'

import type { Stage } from './stages.ts'

import { hasRole } from '../access/hasRole.ts'
import { idOf, isSameId } from '../utilities/idOf.ts'
import { isReviewerOf } from './findReviewers.ts'
import { allowedNextStages } from './stageTransitions.ts'

/** What of an item decides who may move it: its people, network and themes. */
export type StageSubject = {
  assignee?: unknown
  network?: unknown
  submittedBy?: unknown
  themes?: unknown
}

/**
 * The stages the signed-in user of `req` may move `item` to from `from`: `allowedNextStages` with the
 * user's roles and relation to the item (its reviewers are looked up with `req`, so in its
 * transaction). The one place the workflow hook, the move endpoint and the actions panel ask.
 */
export const findAllowedStages = async ({
  from,
  item,
  req,
  slugs,
}: {
  from: Stage
  item: StageSubject
  req: PayloadRequest
  slugs: { referentNetworks: string; themes: string; users: string }
}): Promise<Stage[]> => {
  const user = req.user
  if (!user || user.collection !== slugs.users) {
    return []
  }
  const isEditor = hasRole(user, 'editor', slugs.users)
  const isAdmin = hasRole(user, 'admin', slugs.users)
  const networkId = idOf(item.network)
  // Only an editor's review rights depend on the reviewers: skip the lookup for anyone else.
  const isReviewer =
    !networkId ||
    (isEditor && !isAdmin && (await isReviewerOf({ networkId, req, slugs, themes: item.themes })))
  return allowedNextStages(from, {
    isAdmin,
    isAssignee: isSameId(item.assignee, user.id),
    isEditor,
    isReviewer,
    isSubmitter: isSameId(item.submittedBy, user.id),
  })
}
