import type { TaskConfig } from 'payload'

import type { ScheduledTaskArgs } from './types.ts'

import { renderSuggestionDigest } from '../emails/index.ts'
import { adminDocumentUrl, adminHomeUrl } from '../utilities/adminDocumentUrl.ts'
import { loadRecipients } from '../workflow/loadRecipients.ts'
import { overdueStages } from '../workflow/stages.ts'
import { emailRecipient } from './emailRecipient.ts'
import { taskSlugs } from './taskSlugs.ts'

type DigestIO = { input: object; output: { sent: number } }

const dayMs = 86_400_000

/**
 * Every morning, editors who chose the daily digest get one email listing the suggestions routed to
 * their networks since their last digest (at most a day back for the first one). The user's
 * `lastDigestSentAt` moves forward right after each send, so a rerun sends nothing twice.
 */
export const createSendSuggestionDigestTask = ({
  enabled,
  jobsQueue,
  slugs,
  timeZone,
}: ScheduledTaskArgs): TaskConfig<DigestIO> => ({
  slug: taskSlugs.sendSuggestionDigest,
  handler: async ({ req }) => {
    const now = new Date()
    const { docs: subscribers } = await req.payload.find({
      collection: slugs.users,
      depth: 0,
      pagination: false,
      req,
      select: { lastDigestSentAt: true },
      where: { suggestionEmails: { equals: 'daily-digest' } },
    })
    const recipients = await loadRecipients(
      req,
      slugs.users,
      subscribers.map((user) => user.id),
    )
    let sent = 0
    for (const recipient of recipients) {
      const since =
        (subscribers.find((user) => user.id === recipient.id)?.lastDigestSentAt as string | undefined) ??
        new Date(now.getTime() - dayMs).toISOString()
      const { docs: items } = await req.payload.find({
        collection: slugs.contentItems,
        depth: 1,
        draft: true,
        pagination: false,
        req,
        sort: 'submittedAt',
        where: {
          and: [
            { routedTo: { in: [recipient.id] } },
            { submittedAt: { greater_than: since } },
            { submittedAt: { less_than_equal: now.toISOString() } },
            { stage: { in: overdueStages } },
          ],
        },
      })
      if (items.length) {
        await emailRecipient({ recipient, req, timeZone }, (reader) =>
          renderSuggestionDigest({
            ...reader,
            inboxUrl: adminHomeUrl(req.payload),
            items: items.map((item) => ({
              actorName: String((item.submittedBy as { name?: string } | null)?.name ?? ''),
              dueDate: item.dueDate as null | string,
              isOverdue: Boolean(item.dueDate) && new Date(String(item.dueDate)) < now,
              networkName: (item.network as { name?: string } | null)?.name ?? null,
              title: String(item.title),
              url: adminDocumentUrl(req.payload, slugs.contentItems, item.id),
            })),
          }),
        )
        sent++
      }
      // Outside the job's transaction: a later failure must not resend this digest.
      await req.payload.update({
        collection: slugs.users,
        data: { lastDigestSentAt: now.toISOString() },
        depth: 0,
        id: recipient.id,
      })
    }
    return { output: { sent } }
  },
  label: 'Send the daily digest of suggestions',
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  retries: 2,
  schedule: enabled ? [{ cron: '0 30 7 * * 1-5', queue: jobsQueue }] : undefined,
})
