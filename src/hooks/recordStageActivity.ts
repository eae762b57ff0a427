import type { CollectionAfterChangeHook } from 'payload'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | null)

/** Context key of a map from item id to the activity entry written for its change in this request. */
export const stageActivityContextKey = 'ambassadorsStageActivityIds'

export type StageActivityIds = Record<string, number | string>

/**
 * Appends who moved the item, from which stage to which, with the comment, to the activity log, in the
 * request's transaction: the change and its record commit or fail together.
 */
export const recordStageActivity =
  ({ activitiesSlug }: { activitiesSlug: string }): CollectionAfterChangeHook =>
  async ({ context, doc, operation, previousDoc, req }) => {
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
    context[stageActivityContextKey] = {
      ...(context[stageActivityContextKey] as StageActivityIds | undefined),
      [String(doc.id)]: entry.id,
    }
    return doc
  }
