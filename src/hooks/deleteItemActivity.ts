import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Deleting a content item deletes its activity log with it, in the same transaction: log entries
 * cannot outlive their item (nor be deleted on their own).
 */
export const deleteItemActivity =
  ({ activitiesSlug }: { activitiesSlug: string }): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({
      collection: activitiesSlug,
      depth: 0,
      req,
      where: { contentItem: { equals: id } },
    })
  }
