import type { PayloadRequest } from 'payload'

import type { Occurrence } from '../calendar/types.ts'
import type { BuildCalendar, BuildSettings } from './buildIssue.ts'

import { addDays } from '../calendar/days.ts'
import { zonedDay } from '../utilities/zonedTime.ts'
import { newsletterOccurrences, occurrenceKeyOf } from './buildIssue.ts'

/** An occurrence whose issue has one of these statuses is over for an editor: it went out, is going out, or was called off. */
const doneStatuses = ['sending', 'paused', 'sent', 'cancelled'] as const

export type DoneStatus = (typeof doneStatuses)[number]

/** How many coming occurrences an editor's build looks through for one still to prepare. */
const lookAhead = 12

export type DoneIssue = { id: number | string; status: DoneStatus }

/**
 * The next newsletter occurrence an editor can still prepare: the first after `now` whose issue is
 * missing or not yet done (an issue sent early, being sent or cancelled leaves its occurrence behind),
 * with the last done issue passed over, if any. Looks through the next `lookAhead` occurrences with one
 * query; `occurrence` is absent when there is none in the coming year or all of those are done.
 */
export const nextOpenOccurrence = async (
  req: PayloadRequest,
  settings: BuildSettings,
  calendar: BuildCalendar,
  now: Date,
): Promise<{ occurrence?: Occurrence; passed?: { issue: DoneIssue; occurrence: Occurrence } }> => {
  const today = zonedDay(calendar.timeZone, now.getTime())
  const coming = newsletterOccurrences(calendar, settings, today, addDays(today, 400))
    .filter((occurrence) => Date.parse(occurrence.start) > now.getTime())
    .slice(0, lookAhead)
  const keys = coming.map((occurrence) => occurrenceKeyOf(calendar.id, occurrence))
  const { docs } = await req.payload.find({
    collection: settings.slugs.newsletterIssues,
    depth: 0,
    limit: lookAhead,
    pagination: false,
    req,
    select: { occurrenceKey: true, status: true },
    where: { occurrenceKey: { in: keys } },
  })
  const isDone = (status: unknown): status is DoneStatus => (doneStatuses as readonly unknown[]).includes(status)
  const done = new Map<string, DoneIssue>(
    docs.flatMap((doc) => (isDone(doc.status) ? [[String(doc.occurrenceKey), { id: doc.id, status: doc.status }] as const] : [])),
  )
  const index = keys.findIndex((key) => !done.has(key))
  const previous = index === -1 ? coming.length - 1 : index - 1
  return {
    occurrence: index === -1 ? undefined : coming[index],
    passed: previous >= 0 ? { issue: done.get(keys[previous]!)!, occurrence: coming[previous]! } : undefined,
  }
}
