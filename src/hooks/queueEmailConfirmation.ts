import type { CollectionAfterChangeHook } from 'payload'

import { taskSlugs } from '../jobs/taskSlugs.ts'
import { normalizeEmail } from '../utilities/normalizeEmail.ts'

/**
 * After a user's address changed to one not verified (they changed it themselves), in the request's
 * transaction: queues the email of its confirmation link as a job carrying the user's id. Nothing is
 * sent from the request, and a change that rolls back queues nothing.
 */
export const queueEmailConfirmation =
  ({ jobsQueue }: { jobsQueue: string }): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const email = normalizeEmail(String(doc.email ?? ''))
    const isChanged = operation === 'update' && email !== normalizeEmail(String(previousDoc?.email ?? ''))
    if (isChanged && email !== normalizeEmail(String(doc.verifiedEmail ?? ''))) {
      await req.payload.jobs.queue({ input: { user: String(doc.id) }, queue: jobsQueue, req, task: taskSlugs.confirmUserEmail })
    }
    return doc
  }
