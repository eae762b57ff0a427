import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { idOf } from '../utilities/idOf.ts'

/**
 * The activity entry written for each item changed in a request, for the hook that queues its email.
 * Keyed by the request object itself: nested Local API calls replace `req.context`.
 */
export const stageActivityIds = new WeakMap<PayloadRequest, Map<string, number | string>>()

/**
 * Appends who moved the item, from which stage to which, with the comment, to the activity log, in the
 * request's transaction: the change and its record commit or fail together.
 */
export const recordStageActivity =
  ({ activitiesSlug }: { activitiesSlug: string }): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const fromStage = operation === 'create' ? null : previousDoc?.stage
    if (operation !== 'create' && fromStage === doc.stage) {
      return doc
    }
    const entry = await req.payload.create({
      collection: activitiesSlug,
      data: {
        actor: req.user?.id ?? null,
        at: new Date().toISOString(),
        comment: doc.latestComment ?? null,
        contentItem: doc.id,
        fromStage,
        network: idOf(doc.network),
        submittedBy: idOf(doc.submittedBy),
        toStage: doc.stage,
      },
      depth: 0,
      req,
    })
    const ids = stageActivityIds.get(req) ?? new Map<string, number | string>()
    ids.set(String(doc.id), entry.id)
    stageActivityIds.set(req, ids)
    return doc
  }
