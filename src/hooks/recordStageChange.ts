import type { CollectionAfterChangeHook } from 'payload'

import { taskSlugs } from '../jobs/taskSlugs.ts'
import { recordStageActivity } from '../workflow/recordStageActivity.ts'
import { stagesWithNotification } from '../workflow/stages.ts'

/**
 * After a stage change, in the request's transaction: appends it to the item's activity log, then
 * queues the email about it as a job carrying the log entry's id. Nothing is sent inside the request,
 * and a change that rolls back leaves neither a log entry nor a job.
 */
export const recordStageChange =
  ({ activitiesSlug, jobsQueue }: { activitiesSlug: string; jobsQueue: string }): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const fromStage = operation === 'create' ? null : (previousDoc?.stage ?? null)
    if (operation !== 'create' && fromStage === doc.stage) {
      return doc
    }
    const activityId = await recordStageActivity({ activitiesSlug, doc, fromStage, req })
    // An item created straight into a decision stage has no one to tell: its author is its submitter.
    const isCreatedDecided = operation === 'create' && doc.stage !== 'suggested'
    if (stagesWithNotification.includes(doc.stage) && !isCreatedDecided) {
      await req.payload.jobs.queue({
        input: { activity: String(activityId) },
        queue: jobsQueue,
        req,
        task: taskSlugs.notifyStageChange,
      })
    }
    return doc
  }
