import type { Payload, TypedUser, Where } from 'payload'

import { hasRole } from '../../access/hasRole.ts'
import { openStages } from '../../workflow/stageTransitions.ts'

export type InboxFilters = { network?: string; stage?: string; theme?: string }

export type InboxSlugs = { contentItems: string; referentNetworks: string; themes: string; users: string }

/**
 * The items of a user's inbox, read with their own access rights: for an editor or admin, the open
 * items routed to them, assigned to them or in a network they edit; for a referent, what they
 * submitted, whatever its stage.
 */
export const findInboxItems = async ({
  filters,
  payload,
  slugs,
  user,
}: {
  filters: InboxFilters
  payload: Payload
  slugs: InboxSlugs
  user: TypedUser
}) => {
  const isReviewer = hasRole(user, 'editor', slugs.users) || hasRole(user, 'admin', slugs.users)
  const { docs: editedNetworks } = isReviewer
    ? await payload.find({
        collection: slugs.referentNetworks,
        depth: 0,
        overrideAccess: false,
        pagination: false,
        select: {},
        user,
        where: { editors: { equals: user.id } },
      })
    : { docs: [] }
  const scope: Where = isReviewer
    ? {
        and: [
          { stage: { in: openStages } },
          {
            or: [
              { routedTo: { in: [user.id] } },
              { assignee: { equals: user.id } },
              ...(editedNetworks.length ? [{ network: { in: editedNetworks.map((n) => n.id) } }] : []),
            ],
          },
        ],
      }
    : { submittedBy: { equals: user.id } }
  const chosen: Where[] = [
    ...(filters.stage ? [{ stage: { equals: filters.stage } }] : []),
    ...(filters.network ? [{ network: { equals: filters.network } }] : []),
    ...(filters.theme ? [{ themes: { in: [filters.theme] } }] : []),
  ]
  const { docs } = await payload.find({
    collection: slugs.contentItems,
    depth: 1,
    draft: true,
    limit: 100,
    overrideAccess: false,
    // Creation time: items created straight into review by an editor have no submission time.
    sort: '-createdAt',
    user,
    where: { and: [scope, ...chosen] },
  })
  return { isReviewer, items: docs }
}
