import type { Occurrence } from '../../calendar/types.ts'

import { addDays, dayToUtcMs, weekdayOf } from '../../calendar/days.ts'
import { calendarWindow } from '../../calendar/calendarWindow.ts'
import { instantToWallTime } from '../../utilities/zonedTime.ts'

/**
 * The month view's layout, as data: the weeks of a month (Monday first), what goes on each day, and the
 * bands of the phases. Pure: the caller expands the calendar and renders the result.
 */

/** A month written `YYYY-MM`. */
export type MonthKey = string

/** A cadence occurrence, a planned slot or a relaunch, on the day it starts (in the calendar's zone). */
export type PlacedItem = {
  /** `HH:mm` in the calendar's zone, when the end falls on the same day. */
  endTime?: string
  occurrence: Occurrence
  /** `HH:mm` in the calendar's zone; none for all-day items (relaunches). */
  time?: string
}

export type DeadPeriodMark = {
  /** True on the period's first day shown in the grid: its name is written there, once. */
  isFirstVisibleDay: boolean
  occurrence: Occurrence
}

export type DayCell = {
  day: string
  /** Dead periods covering the day (usually none or one). */
  deadPeriods: DeadPeriodMark[]
  inMonth: boolean
  isToday: boolean
  /** Relaunches first, then by time and label. */
  items: PlacedItem[]
}

/** A phase across the days of one week it covers. */
export type PhaseBand = {
  /** True when the phase goes on past this week's last column. */
  continuesAfter: boolean
  /** True when the phase started before this week's first column. */
  continuesBefore: boolean
  /** True on the phase's first band in the grid: its warnings are written there, once. */
  isFirstVisible: boolean
  occurrence: Occurrence
  /** 1 to 7 columns. */
  span: number
  /** 0 (Monday) to 6 (Sunday). */
  startColumn: number
}

/** A row of a phase lane: empty columns and bands, left to right, spans adding up to 7. */
export type LaneCell = { band: PhaseBand; column: number; kind: 'band'; span: number } | { column: number; kind: 'gap'; span: number }

export type WeekRow = {
  /** Seven days, Monday to Sunday. */
  days: DayCell[]
  /** Bands that do not overlap share a lane; one table row per lane. */
  phaseLanes: PhaseBand[][]
}

export type MonthLayout = {
  /** The grid's first day (a Monday, on or before the 1st). */
  from: string
  month: MonthKey
  /** The grid's last day (a Sunday, on or after the month's last day). */
  to: string
  weeks: WeekRow[]
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The month a query parameter names (`2027-08`), or `undefined` for anything else. */
export const parseMonth = (value: unknown): MonthKey | undefined => {
  const text = Array.isArray(value) ? value[0] : value
  return typeof text === 'string' && monthPattern.test(text) && Number(text.slice(0, 4)) >= 1 ? text : undefined
}

export const monthOfDay = (day: string): MonthKey => day.slice(0, 7)

/** The first and last months the view shows: those of `calendarWindow`. */
export const monthWindow = { first: monthOfDay(calendarWindow.first), last: monthOfDay(calendarWindow.last) }

/** True for a month inside `calendarWindow` (`7000-01` is not). */
export const isMonthInWindow = (month: MonthKey): boolean => month >= monthWindow.first && month <= monthWindow.last

/** The month `count` months after `month` (before it when negative). */
export const addMonths = (month: MonthKey, count: number): MonthKey => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The month's first and last days. */
export const monthDays = (month: MonthKey): { first: string; last: string } => {
  const first = `${month}-01`
  return { first, last: addDays(`${addMonths(month, 1)}-01`, -1) }
}

/** The days the grid shows: whole weeks, from the Monday on or before the 1st to the Sunday on or after the last day. */
export const gridRange = (month: MonthKey): { from: string; to: string } => {
  const { first, last } = monthDays(month)
  return { from: addDays(first, -weekdayOf(first)), to: addDays(last, 6 - weekdayOf(last)) }
}

/** The grid's weeks, each seven days from Monday. */
export const monthWeeks = (month: MonthKey): string[][] => {
  const { from, to } = gridRange(month)
  const weeks: string[][] = []
  for (let monday = from; monday <= to; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, index) => addDays(monday, index)))
  }
  return weeks
}

/** The wall-clock day and `HH:mm` of a date-time with offset, in `timeZone`. */
export const localDayAndTime = (dateTime: string, timeZone: string): { day: string; time: string } => {
  const wall = new Date(instantToWallTime(timeZone, Date.parse(dateTime))).toISOString()
  return { day: wall.slice(0, 10), time: wall.slice(11, 16) }
}

const typeOrder: Partial<Record<Occurrence['type'], number>> = { relaunch: 0 }

const byDayOrder = (a: PlacedItem, b: PlacedItem) =>
  (typeOrder[a.occurrence.type] ?? 1) - (typeOrder[b.occurrence.type] ?? 1) ||
  (a.time ?? '').localeCompare(b.time ?? '') ||
  a.occurrence.label.localeCompare(b.occurrence.label)

const lastDayOf = (occurrence: Occurrence) => occurrence.end ?? occurrence.start

/** Bands placed greedily: each in the first lane whose last band ends before it starts. */
const toLanes = (bands: PhaseBand[]): PhaseBand[][] => {
  const lanes: PhaseBand[][] = []
  const ordered = [...bands].sort((a, b) => a.startColumn - b.startColumn || b.span - a.span)
  for (const band of ordered) {
    const lane = lanes.find((candidate) => {
      const last = candidate[candidate.length - 1]!
      return last.startColumn + last.span <= band.startColumn
    })
    if (lane) {
      lane.push(band)
    } else {
      lanes.push([band])
    }
  }
  return lanes
}

/** A lane as table cells: the empty stretches between its bands and the bands themselves. */
export const laneCells = (lane: PhaseBand[]): LaneCell[] => {
  const cells: LaneCell[] = []
  let column = 0
  for (const band of lane) {
    if (band.startColumn > column) {
      cells.push({ column, kind: 'gap', span: band.startColumn - column })
    }
    cells.push({ band, column: band.startColumn, kind: 'band', span: band.span })
    column = band.startColumn + band.span
  }
  if (column < 7) {
    cells.push({ column, kind: 'gap', span: 7 - column })
  }
  return cells
}

/**
 * Lays the occurrences of a calendar (as `expandCalendar` returns them, over at least the grid's days)
 * out on the month's grid: timed items on the day they start in the calendar's `timeZone`, dead
 * periods on each day they cover, phases as one band per week.
 */
export const layoutMonth = ({
  month,
  occurrences,
  timeZone,
  today,
}: {
  month: MonthKey
  occurrences: Occurrence[]
  timeZone: string
  /** `YYYY-MM-DD` in the calendar's zone. */
  today: string
}): MonthLayout => {
  const { from, to } = gridRange(month)
  const itemsByDay = new Map<string, PlacedItem[]>()
  const deadPeriods: Occurrence[] = []
  const phases: Occurrence[] = []
  for (const occurrence of occurrences) {
    if (occurrence.type === 'dead-period') {
      deadPeriods.push(occurrence)
      continue
    }
    if (occurrence.type === 'phase') {
      phases.push(occurrence)
      continue
    }
    let placed: PlacedItem & { day: string }
    if (occurrence.allDay) {
      placed = { day: occurrence.start, occurrence }
    } else {
      const start = localDayAndTime(occurrence.start, timeZone)
      const end = occurrence.end ? localDayAndTime(occurrence.end, timeZone) : undefined
      placed = { day: start.day, occurrence, time: start.time, ...(end?.day === start.day ? { endTime: end.time } : {}) }
    }
    if (placed.day < from || placed.day > to) {
      continue
    }
    const { day, ...item } = placed
    itemsByDay.set(day, [...(itemsByDay.get(day) ?? []), item])
  }

  const weeks = monthWeeks(month).map((days): WeekRow => {
    const [monday, sunday] = [days[0]!, days[6]!]
    const bands = phases
      .filter((phase) => phase.start <= sunday && (phase.end === undefined || phase.end >= monday))
      .map((phase): PhaseBand => {
        const first = phase.start > monday ? phase.start : monday
        const last = phase.end !== undefined && phase.end < sunday ? phase.end : sunday
        const startColumn = weekdayOf(first)
        return {
          continuesAfter: phase.end === undefined || phase.end > sunday,
          continuesBefore: phase.start < monday,
          isFirstVisible: first === (phase.start > from ? phase.start : from),
          occurrence: phase,
          span: Math.round((dayToUtcMs(last) - dayToUtcMs(first)) / 86_400_000) + 1,
          startColumn,
        }
      })
    return {
      days: days.map((day) => ({
        day,
        deadPeriods: deadPeriods
          .filter((period) => period.start <= day && lastDayOf(period) >= day)
          .map((period) => ({ isFirstVisibleDay: day === (period.start > from ? period.start : from), occurrence: period })),
        inMonth: monthOfDay(day) === month,
        isToday: day === today,
        items: (itemsByDay.get(day) ?? []).sort(byDayOrder),
      })),
      phaseLanes: toLanes(bands),
    }
  })
  return { from, month, to, weeks }
}
