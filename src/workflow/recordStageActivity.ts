import type { PayloadRequest, TypeWithID } from 'payload'

import type { DocumentId } from '../utilities/idOf.ts'

/**
 * Appends who moved an item, from which stage to which, with the comment, to its activity log, with
 * the request (so in its transaction). Returns the entry's id.
 */
export const recordStageActivity = async ({
  activitiesSlug,
  doc,
  fromStage,
  req,
}: {
  activitiesSlug: string
  doc: Record<string, unknown> & TypeWithID
  fromStage: null | string
  req: PayloadRequest
}): Promise<DocumentId> => {
  const entry = await req.payload.create({
    collection: activitiesSlug,
    data: {
      actor: req.user?.id ?? null,
      at: new Date().toISOString(),
      comment: doc.latestComment ?? null,
      contentItem: doc.id,
      fromStage,
      toStage: doc.stage,
    },
    depth: 0,
    req,
  })
  return entry.id
}
