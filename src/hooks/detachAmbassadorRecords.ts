import type { CollectionBeforeDeleteHook } from 'payload'

import type { AmbassadorsSlugMap } from '../types.ts'

import { createDeletionSql } from '../delivery/deletionSql.ts'

/**
 * Before an ambassador is deleted, in the request's transaction: their deliveries and engagement events
 * stay as anonymous rows (the ambassador cleared), so issues keep their counts and the figures their
 * history. A delivery still to send is left out by the engine when its turn comes (`suppressed`).
 */
export const detachAmbassadorRecords =
  (slugs: Pick<AmbassadorsSlugMap, 'engagementEvents' | 'newsletterDeliveries' | 'newsletterIssues'>): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await createDeletionSql(req, slugs).detachAmbassador(id)
  }
