import type { TaskConfig } from 'payload'

import type { ScheduledTaskArgs } from './types.ts'

import { renderOverdueReminder } from '../emails/index.ts'
import { adminDocumentUrl, adminHomeUrl } from '../utilities/adminDocumentUrl.ts'
import { groupBy } from '../utilities/groupBy.ts'
import { startOfZonedDay } from '../utilities/zonedTime.ts'
import { loadRecipients } from '../workflow/loadRecipients.ts'
import { overdueStages } from '../workflow/stages.ts'
import { emailRecipient } from './emailRecipient.ts'
import { taskSlugs } from './taskSlugs.ts'
import { idOf } from '../utilities/idOf.ts'

type RemindIO = { input: object; output: { items: number; reminded: number } }

const dayMs = 86_400_000

/**
 * Every morning, each assignee of overdue suggestions (suggested or in review past their due date)
 * gets one email listing them. A `reminder` entry in the item's activity log records it, so an item
 * is reminded at most once a day however often the job runs.
 */
export const createRemindOverdueItemsTask = ({
  enabled,
  jobsQueue,
  slugs,
  timeZone,
}: ScheduledTaskArgs): TaskConfig<RemindIO> => ({
  slug: taskSlugs.remindOverdueItems,
  handler: async ({ req }) => {
    const now = new Date()
    const today = new Date(startOfZonedDay(timeZone, now.getTime())).toISOString()
    const { docs: overdue } = await req.payload.find({
      collection: slugs.contentItems,
      depth: 1,
      draft: true,
      pagination: false,
      req,
      select: { assignee: true, dueDate: true, network: true, stage: true, title: true },
      where: {
        and: [
          { stage: { in: overdueStages } },
          { dueDate: { less_than: now.toISOString() } },
          { assignee: { exists: true } },
        ],
      },
    })
    const { docs: remindedToday } = await req.payload.find({
      collection: slugs.contentActivities,
      depth: 0,
      pagination: false,
      req,
      select: { contentItem: true },
      where: { and: [{ kind: { equals: 'reminder' } }, { at: { greater_than_equal: today } }] },
    })
    const skip = new Set(remindedToday.map((entry) => String(idOf(entry.contentItem))))
    const due = overdue.filter((item) => !skip.has(String(item.id)))
    const byAssignee = groupBy(due, (item) => String(idOf(item.assignee)))
    const recipients = await loadRecipients(req, slugs.users, [...byAssignee.keys()])
    for (const recipient of recipients) {
      const items = byAssignee.get(String(recipient.id)) ?? []
      await emailRecipient({ recipient, req, timeZone }, (reader) =>
        renderOverdueReminder({
          ...reader,
          inboxUrl: adminHomeUrl(req.payload),
          items: items.map((item) => ({
            daysOverdue: Math.max(
              1,
              Math.floor((now.getTime() - new Date(String(item.dueDate)).getTime()) / dayMs),
            ),
            dueDate: String(item.dueDate),
            networkName: (item.network as { name?: string } | null)?.name ?? null,
            title: String(item.title),
            url: adminDocumentUrl(req.payload, slugs.contentItems, item.id),
          })),
        }),
      )
      // Recorded right after the send, outside the job's transaction: a later failure cannot undo it.
      for (const item of items) {
        await req.payload.create({
          collection: slugs.contentActivities,
          data: {
            at: now.toISOString(),
            contentItem: item.id,
            fromStage: item.stage,
            kind: 'reminder',
            notifiedUsers: [recipient.id],
            toStage: item.stage,
          },
          depth: 0,
        })
      }
    }
    return { output: { items: due.length, reminded: recipients.length } }
  },
  label: 'Remind assignees of overdue suggestions',
  outputSchema: [
    { name: 'items', type: 'number', required: true },
    { name: 'reminded', type: 'number', required: true },
  ],
  retries: 2,
  schedule: enabled ? [{ cron: '0 0 9 * * 1-5', queue: jobsQueue }] : undefined,
})
