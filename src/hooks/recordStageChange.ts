import type { CollectionAfterChangeHook } from 'payload'

import { taskSlugs } from '../jobs/taskSlugs.ts'
import { isDraftSave } from './enforceStageWorkflow.ts'
import { recordStageActivity } from '../workflow/recordStageActivity.ts'
import { stagesWithNotification } from '../workflow/stages.ts'

/**
 * After a stage change, in the request's transaction: appends it to the item's activity log, then
 * queues the email about it as a job carrying the log entry's id. Nothing is sent inside the request,
 * and a change that rolls back leaves neither a log entry nor a job.
 *
 * A draft saved by someone is no decision: it records and queues nothing. An item a person first
 * saved as a draft is submitted when it is first published: that publish is recorded as its creation.
 */
export const recordStageChange =
  ({ activitiesSlug, jobsQueue }: { activitiesSlug: string; jobsQueue: string }): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (req.user && isDraftSave(req)) {
      return doc
    }
    let isCreation = operation === 'create'
    if (!isCreation && previousDoc?._status === 'draft' && doc._status === 'published' && previousDoc?.stage === doc.stage) {
      // First publish of a draft: a submission when nothing was recorded for the item yet.
      const { totalDocs } = await req.payload.count({
        collection: activitiesSlug,
        req,
        where: { contentItem: { equals: doc.id } },
      })
      isCreation = totalDocs === 0
    }
    const fromStage = isCreation ? null : (previousDoc?.stage ?? null)
    if (!isCreation && fromStage === doc.stage) {
      return doc
    }
    const activityId = await recordStageActivity({ activitiesSlug, doc, fromStage, req })
    // An item created straight into a decision stage has no one to tell: its author is its submitter.
    const isCreatedDecided = isCreation && doc.stage !== 'suggested'
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
