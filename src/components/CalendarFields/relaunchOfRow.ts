import { addDays, storedDay, weekdayOf } from '../../calendar/days.ts'

/** What a dead period's row needs to tell its relaunch day: the working days after it, and the public holidays. */
export type RelaunchSettings = { holidays: string[]; workingDays: number }

/** A dead period's relaunch as its row label says it. */
export type RowRelaunch = { day: string; kind: 'accepted' | 'moved' | 'proposed' } | { kind: 'dropped' } | null

const isStoredDay = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value))

/**
 * The relaunch of a dead period's row, as the calendar places it: the day it was moved to, else `workingDays`
 * working days (weekdays that are not public holidays) after its end; null while the row has no end.
 */
export const relaunchOfRow = (row: Record<string, unknown> | undefined, { holidays, workingDays }: RelaunchSettings): RowRelaunch => {
  const relaunch = (row?.relaunch ?? {}) as { date?: unknown; decision?: unknown }
  if (relaunch.decision === 'dropped') {
    return { kind: 'dropped' }
  }
  if (isStoredDay(relaunch.date)) {
    return { day: storedDay(relaunch.date), kind: 'moved' }
  }
  if (!isStoredDay(row?.end)) {
    return null
  }
  const closed = new Set(holidays)
  let day = storedDay(row.end)
  for (let remaining = workingDays; remaining > 0; ) {
    day = addDays(day, 1)
    if (weekdayOf(day) < 5 && !closed.has(day)) {
      remaining--
    }
  }
  return { day, kind: relaunch.decision === 'accepted' ? 'accepted' : 'proposed' }
}

/** A day as the admin writes its days: `24/08/2027`. */
export const adminDay = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`
