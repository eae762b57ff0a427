import { addDays } from './days.ts'
import { expandCalendar, type ExpandOptions } from './expandCalendar.ts'
import type { CalendarData, Occurrence } from './types.ts'
import { zonedDay } from '../utilities/zonedTime.ts'

/**
 * The next newsletter sends of a calendar after `after`, dead periods' policies applied: what the
 * newsletter build job follows. Cancelled occurrences are left out; `count` at most, looked for over
 * `horizonDays`.
 */
export const nextNewsletterOccurrences = (
  calendar: CalendarData,
  {
    after,
    count = 3,
    horizonDays = 400,
    ...options
  }: { after: Date; count?: number; horizonDays?: number } & Omit<ExpandOptions, 'from' | 'to'>,
): Occurrence[] => {
  const from = zonedDay(calendar.timeZone, after.getTime())
  const to = addDays(from, horizonDays)
  return expandCalendar(
    { ...calendar, phases: [], plannedSlots: [] },
    { ...options, from, to },
  )
    .filter(
      (occurrence) =>
        occurrence.type === 'cadence' &&
        occurrence.kind === 'newsletter' &&
        occurrence.status === 'scheduled' &&
        Date.parse(occurrence.start) > after.getTime(),
    )
    .slice(0, count)
}
