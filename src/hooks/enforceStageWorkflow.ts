import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'
import type { AmbassadorsSlugMap } from '../types.ts'
import type { Stage } from '../workflow/stages.ts'

import { hasRole } from '../access/hasRole.ts'
import { toLanguage } from '../translations/index.ts'
import { translate } from '../utilities/translate.ts'
import { findReviewers } from '../workflow/findReviewers.ts'
import { allowedNextStages } from '../workflow/stageTransitions.ts'
import { stageLabels, stagesNeedingComment } from '../workflow/stages.ts'
import { idOf, idsOf, isSameId } from '../utilities/idOf.ts'

const stageName = (req: PayloadRequest, stage: Stage) =>
  stageLabels[stage][toLanguage(req.i18n?.language)]

/**
 * Checks every stage change against the editorial workflow, however it arrives (admin, REST, GraphQL,
 * Local API with a user). A refused move is a 400 on `stage` that lists the moves allowed; moves that
 * need a reason require `stageComment`. The comment of each move becomes `latestComment` and the
 * comment field is emptied for the next decision. Taking a suggestion into review assigns it.
 * Writes without a user (the plugin's jobs, seeds) are trusted.
 */
export const enforceStageWorkflow =
  ({ slugs }: { slugs: AmbassadorsSlugMap }): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const user = req.user
    const from = originalDoc?.stage as Stage | undefined
    const to = (data.stage ?? from) as Stage
    const comment = typeof data.stageComment === 'string' ? data.stageComment.trim() : ''
    if (!user || user.collection !== slugs.users) {
      return data
    }
    if (operation === 'create' || !from || from === to) {
      return operation === 'create' ? { ...data, latestComment: comment || null, stageComment: null } : data
    }
    const fail = (path: string, key: AmbassadorsTranslationKey, vars?: Record<string, string>): never => {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ message: translate(req, key, vars), path }],
        req,
      }, req.t)
    }
    const item = { ...originalDoc, ...data }
    const reviewers = await findReviewers({
      networkId: idOf(item.network),
      req,
      slugs,
      themeIds: idsOf(item.themes),
    })
    const isEditor = hasRole(user, 'editor', slugs.users)
    const allowed = allowedNextStages(from, {
      isAdmin: hasRole(user, 'admin', slugs.users),
      isAssignee: isSameId(originalDoc?.assignee, user.id),
      isEditor,
      isReviewer: !item.network || reviewers.ids.some((id) => isSameId(id, user.id)),
      isSubmitter: isSameId(originalDoc?.submittedBy, user.id),
    })
    if (!allowed.includes(to)) {
      const names = { from: stageName(req, from), to: stageName(req, to) }
      fail(
        'stage',
        allowed.length ? 'plugin-ambassadors:stageMoveNotAllowed' : 'plugin-ambassadors:stageMoveNone',
        { ...names, allowed: allowed.map((stage) => stageName(req, stage)).join(', ') },
      )
    }
    if (stagesNeedingComment.includes(to) && !comment) {
      fail('stageComment', 'plugin-ambassadors:stageCommentRequired')
    }
    const isTakingIntoReview = to === 'in-review'
    return {
      ...data,
      ...(isTakingIntoReview ? { assignee: user.id } : {}),
      latestComment: comment || null,
      stage: to,
      stageComment: null,
    }
  }
