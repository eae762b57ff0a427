import type { Payload, TypedUser, Where } from 'payload'

import type { DocumentId } from '../utilities/idOf.ts'
import type { Stage } from './stages.ts'

import { hasRole } from '../access/hasRole.ts'
import { contentStages, isStage, openStages, overdueStages } from './stages.ts'

export type InboxFilters = { network?: DocumentId; stage?: Stage; theme?: DocumentId }

export type InboxSlugs = { contentItems: string; referentNetworks: string; themes: string; users: string }

/** An item as the inbox lists it, its relationships reduced to the names shown. */
export type InboxItem = {
  /** ISO timestamp of the review's due date; null when none is set or the item no longer waits on a review. */
  dueDate: null | string
  id: DocumentId
  isOverdue: boolean
  latestComment: null | string
  networkName: null | string
  stage: null | Stage
  /** ISO timestamp of the submission, else of the creation (an editor's item created straight into review). */
  submittedAt: string
  submitterName: null | string
  title: string
}

type Named = { email?: unknown; name?: unknown }

const nameOf = (value: unknown): null | string => {
  if (!value || typeof value !== 'object') {
    return null
  }
  const { email, name } = value as Named
  return typeof name === 'string' && name ? name : typeof email === 'string' && email ? email : null
}

const textOf = (value: unknown): null | string => (typeof value === 'string' && value ? value : null)

/** Past its due date while it still waits on an editor. */
export const isOverdue = (item: { dueDate: null | string; stage: null | Stage }, now: Date): boolean =>
  item.dueDate !== null &&
  item.stage !== null &&
  overdueStages.includes(item.stage) &&
  new Date(item.dueDate).getTime() < now.getTime()

/**
 * The items of a user's inbox, read with their own access rights: for an editor or admin, the open
 * items routed to them, assigned to them or in a network they edit; for a referent, what they
 * submitted, whatever its stage. Newest first, at most `limit`. `stages` are those the inbox can
 * hold, the choices of its stage filter; a stage filter outside them is ignored.
 */
export const findInboxItems = async ({
  filters,
  limit = 100,
  now = new Date(),
  payload,
  slugs,
  user,
}: {
  filters: InboxFilters
  limit?: number
  now?: Date
  payload: Payload
  slugs: InboxSlugs
  user: TypedUser
}): Promise<{ isEditorOrAdmin: boolean; items: InboxItem[]; stages: readonly Stage[] }> => {
  const isEditorOrAdmin = hasRole(user, 'editor', slugs.users) || hasRole(user, 'admin', slugs.users)
  const stages: readonly Stage[] = isEditorOrAdmin ? openStages : contentStages
  const stage = filters.stage && stages.includes(filters.stage) ? filters.stage : undefined
  const { docs: editedNetworks } = isEditorOrAdmin
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
  const scope: Where = isEditorOrAdmin
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
    ...(stage ? [{ stage: { equals: stage } }] : []),
    ...(filters.network !== undefined ? [{ network: { equals: filters.network } }] : []),
    ...(filters.theme !== undefined ? [{ themes: { in: [filters.theme] } }] : []),
  ]
  const { docs } = await payload.find({
    collection: slugs.contentItems,
    depth: 1,
    draft: true,
    limit,
    overrideAccess: false,
    pagination: false,
    populate: {
      [slugs.referentNetworks]: { name: true },
      [slugs.users]: { email: true, name: true },
    },
    select: {
      createdAt: true,
      dueDate: true,
      latestComment: true,
      network: true,
      stage: true,
      submittedAt: true,
      submittedBy: true,
      title: true,
    },
    // Creation time: items created straight into review by an editor have no submission time.
    sort: '-createdAt',
    user,
    where: { and: [scope, ...chosen] },
  })
  const items = docs.map((doc): InboxItem => {
    const stage = isStage(doc.stage) ? doc.stage : null
    const item = {
      // The due date is the review's: it means nothing once the item no longer waits on an editor.
      dueDate: stage !== null && overdueStages.includes(stage) ? textOf(doc.dueDate) : null,
      id: doc.id,
      latestComment: textOf(doc.latestComment),
      networkName: nameOf(doc.network),
      stage,
      submittedAt: textOf(doc.submittedAt) ?? String(doc.createdAt),
      submitterName: nameOf(doc.submittedBy),
      title: String(doc.title ?? ''),
    }
    return { ...item, isOverdue: isOverdue(item, now) }
  })
  return { isEditorOrAdmin, items, stages }
}
