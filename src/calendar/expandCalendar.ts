import { defaultHolidayCountry, defaultRelaunchWorkingDays, relaunchChecklist, sendingCadenceKinds } from '../defaults.ts'
import { addDays, dayToUtcMs, storedDay } from './days.ts'
import { createExpansionBudget, type ExpansionBudget } from './expansionBudget.ts'
import { expandRuleWallTimes, readRule } from './expandRule.ts'
import { phaseWarnings } from './phaseWarnings.ts'
import { timePattern } from './recurrence.ts'
import type { CalendarCadence, CalendarData, CalendarDeadPeriod, Occurrence } from './types.ts'
import { addWorkingDaysToDay, isWorkingDayString } from './workingDays.ts'
import { formatZonedDateTime, wallTimeToInstant, zonedDay } from '../utilities/zonedTime.ts'

export type ExpandOptions = {
  /**
   * The work the expansion may do; over it, it throws `CalendarTooLongError`.
   * @default createExpansionBudget()
   */
  budget?: ExpansionBudget
  /** First day of the range, `YYYY-MM-DD`, in the calendar's time zone. */
  from: string
  /** Public holidays that are not working days, for relaunch dates and `lighten`. @default 'FR' */
  holidayCountry?: string
  /** Working days between a dead period's end and its relaunch. @default 3 */
  relaunchWorkingDays?: number
  /** Last day of the range, included. */
  to: string
}

type Period = { endDay: string; name: string; policy: CalendarDeadPeriod['policy']; startDay: string; source: CalendarDeadPeriod }

const minuteMs = 60_000
const dayMs = 86_400_000
const sending = new Set<string>(sendingCadenceKinds)

const idOf = (value: unknown): number | string | undefined =>
  typeof value === 'object' && value !== null ? (value as { id: number | string }).id : (value as number | string | undefined)

const overlaps = (startDay: string, endDay: string | undefined, from: string, to: string) =>
  startDay <= to && (endDay === undefined || endDay >= from)

const wallOfTime = (time: null | string | undefined) => {
  const match = timePattern.exec(time ?? '') ?? timePattern.exec('09:00')!
  return (Number(match[1]) * 60 + Number(match[2])) * minuteMs
}

/**
 * In time order: starts carry different offsets (a cadence may have its own zone), so they are compared as
 * instants; an all-day item starts at midnight in the calendar's zone, before what is timed that day.
 */
/** Each timed occurrence's instant, noted when it is made, so sorting parses nothing. */
type Instants = Map<Occurrence, number>

const sortByStart = (occurrences: Occurrence[], timeZone: string, instants: Instants): Occurrence[] => {
  const keyed = occurrences.map((occurrence) => ({
    occurrence,
    time:
      instants.get(occurrence) ??
      (occurrence.allDay ? wallTimeToInstant(timeZone, dayToUtcMs(occurrence.start)) : Date.parse(occurrence.start)),
  }))
  keyed.sort((a, b) => a.time - b.time || Number(b.occurrence.allDay) - Number(a.occurrence.allDay))
  return keyed.map(({ occurrence }) => occurrence)
}

/** A cadence's occurrences over [from, to], dead periods marked and their policy applied. */
const expandCadence = (
  cadence: CalendarCadence,
  calendar: CalendarData,
  periods: Period[],
  { budget, from, holidayCountry, to }: Required<Pick<ExpandOptions, 'budget' | 'from' | 'holidayCountry' | 'to'>>,
  instants: Instants,
): Occurrence[] => {
  const rule = readRule(cadence.rrule)
  if (!rule.ok) {
    return []
  }
  const timeZone = rule.parts.tzid ?? (cadence.timeZone || calendar.timeZone)
  const startsOn = cadence.startsOn ? storedDay(cadence.startsOn) : from
  const obeysPolicy = sending.has(cadence.kind)
  // The range is in the calendar's zone and the rule in the cadence's: two days either side cover any
  // two zones. `lighten` keeps one send per period: the whole period is expanded to know which one.
  const [wideFrom, wideTo] = [addDays(from, -2), addDays(to, 2)]
  let [rangeFrom, rangeTo] = [wideFrom, wideTo]
  for (const period of obeysPolicy ? periods : []) {
    if (period.policy === 'lighten' && overlaps(period.startDay, period.endDay, wideFrom, wideTo)) {
      rangeFrom = period.startDay < rangeFrom ? period.startDay : rangeFrom
      rangeTo = period.endDay > rangeTo ? period.endDay : rangeTo
    }
  }
  if (startsOn > rangeTo) {
    return []
  }
  const skipped = new Set((cadence.skipDates ?? []).map((skip) => storedDay(skip.date)))
  const walls = expandRuleWallTimes(rule.parts, {
    budget,
    dtstartWall: dayToUtcMs(startsOn) + (rule.parts.byHour ? 0 : wallOfTime(cadence.time)),
    fromWall: dayToUtcMs(rangeFrom),
    timeZone,
    toWall: dayToUtcMs(rangeTo) + dayMs - 1,
  })
  const occurrences: Occurrence[] = []
  const row: Occurrence['row'] = { field: 'cadences', id: cadence.id ?? undefined }
  const idPrefix = `cadence:${cadence.id ?? cadence.label}:`
  // Days compared as numbers (the wall-clock midnight of each day): no string per occurrence.
  const dayStart = (wall: number) => wall - (((wall % dayMs) + dayMs) % dayMs)
  const spans = periods.map((period) => [dayToUtcMs(period.startDay), dayToUtcMs(period.endDay)] as const)
  const skippedDays = new Set([...skipped].map(dayToUtcMs))
  const periodAt = (day: number) => {
    for (let index = 0; index < spans.length; index++) {
      if (day >= spans[index]![0] && day <= spans[index]![1]) {
        return periods[index]
      }
    }
    return undefined
  }
  const workingDay = (day: number) => isWorkingDayString(new Date(day).toISOString().slice(0, 10), holidayCountry)
  // `lighten` keeps the period's first send on a working day, or its first send when none is.
  const keptInPeriod = new Map<Period, number>()
  if (obeysPolicy && periods.some((period) => period.policy === 'lighten')) {
    walls.forEach((wall, index) => {
      const day = dayStart(wall)
      const period = periodAt(day)
      if (period?.policy !== 'lighten' || skippedDays.has(day)) {
        return
      }
      const current = keptInPeriod.get(period)
      if (current === undefined || (!workingDay(dayStart(walls[current]!)) && workingDay(day))) {
        keptInPeriod.set(period, index)
      }
    })
  }
  const sameZone = timeZone === calendar.timeZone
  const [fromDay, toDay] = [dayToUtcMs(from), dayToUtcMs(to)]
  for (let index = 0; index < walls.length; index++) {
    const wall = walls[index]!
    const day = dayStart(wall)
    if (skippedDays.has(day) || (sameZone && (day < fromDay || day > toDay))) {
      continue
    }
    const instant = wallTimeToInstant(timeZone, wall)
    if (!sameZone) {
      const calendarDay = zonedDay(calendar.timeZone, instant)
      if (calendarDay < from || calendarDay > to) {
        continue
      }
    }
    const period = periodAt(day)
    let status: Occurrence['status'] = 'scheduled'
    if (period && obeysPolicy && (period.policy === 'pause' || (period.policy === 'lighten' && keptInPeriod.get(period) !== index))) {
      status = 'cancelled'
    }
    const start = formatZonedDateTime(timeZone, instant)
    const occurrence: Occurrence = {
      allDay: false,
      id: idPrefix + start,
      kind: cadence.kind,
      label: cadence.label,
      row,
      start,
      status,
      timeZone,
      type: 'cadence',
    }
    if (period) {
      occurrence.deadPeriod = period.name
    }
    if (cadence.durationMinutes) {
      occurrence.end = formatZonedDateTime(timeZone, instant + cadence.durationMinutes * minuteMs)
    }
    occurrences.push(occurrence)
    instants.set(occurrence, instant)
  }
  return occurrences
}

/**
 * Everything an editorial calendar holds between two days (both included, in the calendar's time zone):
 * each cadence occurrence, planned slot, dead period, relaunch and phase, sorted by start. Occurrences of
 * sending cadences (newsletter, notification) in a dead period follow its policy: `pause` cancels them,
 * `lighten` keeps the first one on a working day, `none` keeps them all; every occurrence in a period
 * names it. Pure: no database, and the clock only for the budget's deadline (`CalendarTooLongError`).
 */
export const expandCalendar = (calendar: CalendarData, options: ExpandOptions): Occurrence[] => {
  const { from, to } = options
  const budget = options.budget ?? createExpansionBudget()
  const holidayCountry = options.holidayCountry ?? defaultHolidayCountry
  const relaunchWorkingDays = options.relaunchWorkingDays ?? defaultRelaunchWorkingDays
  const periods: Period[] = (calendar.deadPeriods ?? []).map((period) => ({
    endDay: storedDay(period.end),
    name: period.name,
    policy: period.policy,
    source: period,
    startDay: storedDay(period.start),
  }))
  const periodOf = (day: string) => periods.find((period) => day >= period.startDay && day <= period.endDay)
  const occurrences: Occurrence[] = []
  const instants: Instants = new Map()

  for (const [index, cadence] of (calendar.cadences ?? []).entries()) {
    budget.enter({ label: cadence.label, path: `cadences.${index}.rrule` })
    occurrences.push(...expandCadence(cadence, calendar, periods, { budget, from, holidayCountry, to }, instants))
  }

  for (const period of periods) {
    if (overlaps(period.startDay, period.endDay, from, to)) {
      occurrences.push({
        allDay: true,
        end: period.endDay,
        id: `dead-period:${period.source.id ?? period.name}:${period.startDay}`,
        label: period.name,
        policy: period.policy,
        row: { field: 'deadPeriods', id: period.source.id ?? undefined },
        start: period.startDay,
        status: 'scheduled',
        type: 'dead-period',
      })
    }
    const relaunch = period.source.relaunch
    if (relaunch?.decision === 'dropped') {
      continue
    }
    const day = relaunch?.date
      ? storedDay(relaunch.date)
      : addWorkingDaysToDay(period.endDay, relaunchWorkingDays, holidayCountry)
    if (day >= from && day <= to) {
      occurrences.push({
        allDay: true,
        checklist: relaunch?.checklist ?? [...relaunchChecklist],
        id: `relaunch:${period.source.id ?? period.name}:${day}`,
        label: period.name,
        row: { field: 'deadPeriods', id: period.source.id ?? undefined },
        start: day,
        status: relaunch?.decision === 'accepted' ? 'scheduled' : 'proposed',
        type: 'relaunch',
      })
    }
  }

  for (const slot of calendar.plannedSlots ?? []) {
    const startInstant = Date.parse(slot.date)
    const startDay = new Date(startInstant).toISOString().slice(0, 10)
    const endInstant = slot.end ? Date.parse(slot.end) : undefined
    const startLocal = formatZonedDateTime(calendar.timeZone, startInstant)
    const endLocal = endInstant === undefined ? undefined : formatZonedDateTime(calendar.timeZone, endInstant)
    if (!overlaps(startLocal.slice(0, 10), endLocal?.slice(0, 10) ?? startLocal.slice(0, 10), from, to)) {
      continue
    }
    const period = periodOf(startLocal.slice(0, 10)) ?? periodOf(startDay)
    occurrences.push({
      allDay: false,
      ...(slot.contentItems?.length ? { contentItems: slot.contentItems.map(idOf).filter((id) => id !== undefined) } : {}),
      ...(period ? { deadPeriod: period.name } : {}),
      ...(endLocal ? { end: endLocal } : {}),
      id: `slot:${slot.id ?? slot.title}:${startLocal}`,
      kind: slot.kind,
      label: slot.title,
      ...(slot.newsletterIssue ? { newsletterIssue: idOf(slot.newsletterIssue) } : {}),
      ...(slot.owner ? { owner: idOf(slot.owner) } : {}),
      ...(slot.place ? { place: slot.place } : {}),
      ...(slot.registrationLink ? { registrationLink: slot.registrationLink } : {}),
      row: { field: 'plannedSlots', id: slot.id ?? undefined },
      start: startLocal,
      status: 'scheduled',
      timeZone: calendar.timeZone,
      type: 'slot',
      ...(slot.videoLink ? { videoLink: slot.videoLink } : {}),
    })
  }

  for (const phase of calendar.phases ?? []) {
    const startDay = storedDay(phase.start)
    const endDay = phase.end ? storedDay(phase.end) : undefined
    if (!overlaps(startDay, endDay, from, to)) {
      continue
    }
    const warnings = phaseWarnings({ ...phase, endDay, startDay })
    occurrences.push({
      allDay: true,
      ...(endDay ? { end: endDay } : {}),
      id: `phase:${phase.id ?? phase.name}:${startDay}`,
      kind: phase.kind,
      label: phase.name,
      row: { field: 'phases', id: phase.id ?? undefined },
      start: startDay,
      status: 'scheduled',
      ...(typeof phase.targetSize === 'number' ? { targetSize: phase.targetSize } : {}),
      type: 'phase',
      ...(warnings.length > 0 ? { warnings } : {}),
    })
  }

  return sortByStart(occurrences, calendar.timeZone, instants)
}

/** The days from `from` to `to`, both included, for callers that lay occurrences out by day. */
export const daysOfRange = (from: string, to: string): string[] => {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) {
    days.push(day)
  }
  return days
}
