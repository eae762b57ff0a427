import type { PayloadRequest } from 'payload'

import { openStages } from './stageTransitions.ts'

type Id = number | string

const compareIds = (a: Id, b: Id) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))

/**
 * The reviewer with the fewest open items assigned (suggested, in review, changes requested); ties go
 * to the lowest id, so the same situation always routes the same way.
 */
export const pickLeastBusyReviewer = async ({
  contentItemsSlug,
  req,
  reviewerIds,
}: {
  contentItemsSlug: string
  req: PayloadRequest
  reviewerIds: Id[]
}): Promise<Id | undefined> => {
  if (reviewerIds.length <= 1) {
    return reviewerIds[0]
  }
  const { docs } = await req.payload.find({
    collection: contentItemsSlug,
    depth: 0,
    draft: true,
    pagination: false,
    req,
    select: { assignee: true },
    where: { and: [{ assignee: { in: reviewerIds } }, { stage: { in: openStages } }] },
  })
  const openCount = new Map(reviewerIds.map((id) => [String(id), 0]))
  for (const doc of docs) {
    const key = String(doc.assignee)
    openCount.set(key, (openCount.get(key) ?? 0) + 1)
  }
  return [...reviewerIds].sort(
    (a, b) => openCount.get(String(a))! - openCount.get(String(b))! || compareIds(a, b),
  )[0]
}
