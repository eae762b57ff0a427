import type { CollectionAfterChangeHook } from 'payload'

import { taskSlugs } from '../jobs/taskSlugs.ts'
import { stagesWithNotification } from '../workflow/stageTransitions.ts'
import { stageActivityIds } from './recordStageActivity.ts'

/**
 * Queues the email about a stage change as a job in the request's transaction: nothing is sent inside
 * the request, and a change that rolls back queues nothing. The job carries the activity entry's id.
 */
export const queueStageNotification =
  ({ jobsQueue }: { jobsQueue: string }): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    const ids = stageActivityIds.get(req)
    const activityId = ids?.get(String(doc.id))
    if (activityId === undefined) {
      return doc
    }
    ids!.delete(String(doc.id))
    // An item created straight into a decision stage has no one to tell: its author is its submitter.
    const isCreatedDecided = operation === 'create' && doc.stage !== 'suggested'
    if (!stagesWithNotification.includes(doc.stage) || isCreatedDecided) {
      return doc
    }
    await req.payload.jobs.queue({
      input: { activity: String(activityId) },
      queue: jobsQueue,
      req,
      task: taskSlugs.notifyStageChange as never,
    })
    return doc
  }
