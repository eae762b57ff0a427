import type { DocumentId } from '../utilities/idOf.ts'
import type { PayloadRequest, TaskConfig } from 'payload'

import type { SuggestionNoticeKind } from '../emails/index.ts'
import type { SanitizedAmbassadorsOptions } from '../options.ts'
import type { Recipient } from '../workflow/loadRecipients.ts'

import { renderSuggestionNotice } from '../emails/index.ts'
import { adminDocumentUrl } from '../utilities/adminDocumentUrl.ts'
import { loadRecipients } from '../workflow/loadRecipients.ts'
import { emailRecipient } from './emailRecipient.ts'
import { taskSlugs } from './taskSlugs.ts'
import { idOf } from '../utilities/idOf.ts'

type NotifyIO = { input: { activity: DocumentId }; output: { sent: number } }
type Named = { email?: string; id: DocumentId; name?: string; title?: string }

const kindOf = (fromStage: null | string, toStage: string): SuggestionNoticeKind | undefined => {
  if (toStage === 'suggested') {
    return fromStage === 'changes-requested' ? 'resubmitted' : 'submitted'
  }
  return (['approved', 'changes-requested', 'rejected'] as const).find((kind) => kind === toStage)
}

const displayName = (user: Named | null | undefined) =>
  user?.name || user?.email?.split('@')[0] || 'Programme Ambassadeurs'

/**
 * Emails the people a stage change concerns: for a new or resubmitted suggestion, its assignee and the
 * network's other editors who want emails at once; for a decision, the person who submitted it.
 * Each recipient emailed is recorded on the activity entry at once (outside the job's transaction), so
 * a retry after a failed send never emails anyone twice.
 */
export const createNotifyStageChangeTask = ({
  timeZone,
  slugs,
}: Pick<SanitizedAmbassadorsOptions, 'timeZone' | 'slugs'>): TaskConfig<NotifyIO> => ({
  slug: taskSlugs.notifyStageChange,
  handler: async ({ input, req }) => {
    const activity = await req.payload.findByID({
      collection: slugs.contentActivities,
      depth: 0,
      disableErrors: true,
      id: input.activity,
      req,
    })
    const kind = activity
      ? kindOf(activity.fromStage as null | string, activity.toStage as string)
      : undefined
    if (!activity || !kind) {
      return { output: { sent: 0 } }
    }
    const item = await req.payload.findByID({
      collection: slugs.contentItems,
      depth: 1,
      draft: true,
      id: idOf(activity.contentItem)!,
      req,
    })
    const actorId = idOf(activity.actor)
    const isForReviewers = kind === 'submitted' || kind === 'resubmitted'
    const assigneeId = idOf(item.assignee)
    const candidates = isForReviewers
      ? await reviewerRecipients(req, slugs.users, assigneeId, (item.routedTo as unknown[]) ?? [])
      : await loadRecipients(
          req,
          slugs.users,
          [idOf(item.submittedBy)].filter((id): id is DocumentId => id !== null),
        )
    // Keyed by string, valued with the id as stored (a numeric id sent back as a string is refused).
    const alreadyNotified = new Map(
      ((activity.notifiedUsers as unknown[]) ?? []).map((value) => [String(idOf(value)), idOf(value)!]),
    )
    const recipients = candidates.filter(
      (user) => String(user.id) !== String(actorId) && !alreadyNotified.has(String(user.id)),
    )
    const actor = actorId
      ? ((await req.payload.findByID({
          collection: slugs.users,
          depth: 0,
          disableErrors: true,
          id: actorId,
          req,
        })) as Named | null)
      : null
    const themes = ((item.themes as Named[] | undefined) ?? []).filter((theme) => typeof theme === 'object')
    for (const recipient of recipients) {
      await emailRecipient({ recipient, req, timeZone }, (reader) =>
        renderSuggestionNotice({
          ...reader,
          actorName: displayName(actor),
          comment: activity.comment as null | string,
          isAssignedToRecipient: String(recipient.id) === String(assigneeId),
          item: {
            dueDate: item.dueDate as null | string,
            networkName: (item.network as Named | null)?.name ?? null,
            summary: item.summary as null | string,
            themeNames: themes.map((theme) => String(theme.name)),
            title: String(item.title),
            url: adminDocumentUrl(req.payload, slugs.contentItems, item.id),
          },
          kind,
        }),
      )
      alreadyNotified.set(String(recipient.id), recipient.id)
      // No req: this record commits now, whatever happens to the rest of the job.
      await req.payload.update({
        collection: slugs.contentActivities,
        data: { notifiedUsers: [...alreadyNotified.values()] },
        depth: 0,
        id: activity.id,
      })
    }
    return { output: { sent: recipients.length } }
  },
  inputSchema: [{ name: 'activity', type: 'text', required: true }],
  label: 'Email a content stage change',
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  retries: { attempts: 4, backoff: { delay: 30_000, type: 'exponential' } },
})

/** The assignee always; the other routed editors when they want suggestion emails at once. */
const reviewerRecipients = async (
  req: PayloadRequest,
  usersSlug: string,
  assigneeId: DocumentId | null,
  routedTo: unknown[],
): Promise<Recipient[]> => {
  const ids = [
    ...new Set([assigneeId, ...routedTo.map(idOf)].filter((id): id is DocumentId => id !== null).map(String)),
  ]
  const users = await loadRecipients(req, usersSlug, ids)
  return users.filter(
    (user) => String(user.id) === String(assigneeId) || user.suggestionEmails === 'immediate',
  )
}
