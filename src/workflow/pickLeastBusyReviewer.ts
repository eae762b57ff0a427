import type { DocumentId } from '../utilities/idOf.ts'
import type { PayloadRequest } from 'payload'

import { openStages } from './stages.ts'


const compareIds = (a: DocumentId, b: DocumentId) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))

/**
 * The reviewer with the fewest open items assigned (suggested, in review, changes requested); ties go
 * to the lowest id, so the same situation always routes the same way. One indexed COUNT per reviewer
 * (on the saved documents, not unsaved drafts), so the cost does not grow with the library.
 */
export const pickLeastBusyReviewer = async ({
  contentItemsSlug,
  req,
  reviewerIds,
}: {
  contentItemsSlug: string
  req: PayloadRequest
  reviewerIds: DocumentId[]
}): Promise<DocumentId | undefined> => {
  if (reviewerIds.length <= 1) {
    return reviewerIds[0]
  }
  const counts = await Promise.all(
    reviewerIds.map(async (id) => {
      const { totalDocs } = await req.payload.count({
        collection: contentItemsSlug,
        req,
        where: { and: [{ assignee: { equals: id } }, { stage: { in: openStages } }] },
      })
      return { id, totalDocs }
    }),
  )
  return counts.sort((a, b) => a.totalDocs - b.totalDocs || compareIds(a.id, b.id))[0]?.id
}
