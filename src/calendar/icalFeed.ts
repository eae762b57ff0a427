import ical, { ICalEventStatus } from 'ical-generator'
import { DateTime } from 'luxon'

import { calendarWindow } from './calendarWindow.ts'
import { addDays, dayToUtcMs, storedDay } from './days.ts'
import { describeRecurrence } from './describeRecurrence.ts'
import { expandCalendar } from './expandCalendar.ts'
import { createExpansionBudget } from './expansionBudget.ts'
import { firstWallTime, readRule } from './expandRule.ts'
import type { RuleParts } from './ruleSyntax.ts'
import type { CalendarData, Occurrence } from './types.ts'
import { timePattern } from './recurrence.ts'
import { vtimezoneOf } from './vtimezone.ts'
import { wallTimeToInstant, zonedDay } from '../utilities/zonedTime.ts'

export type IcalFeedOptions = {
  holidayCountry: string
  language: 'en' | 'fr'
  /** The moment the feed is written: cancellations are listed from a year before to two years after. */
  now: Date
  relaunchWorkingDays: number
}

const minuteMs = 60_000
const compact = (wall: number) => new Date(wall).toISOString().slice(0, 19).replace(/[-:]/g, '')

/** The RRULE as RFC 5545 wants it beside a DTSTART with a TZID: no TZID part, UNTIL in UTC. */
const icalRule = (rule: string, parts: RuleParts, timeZone: string) =>
  rule
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')
    .filter((part) => !/^TZID=/i.test(part))
    .map((part) => {
      if (!/^UNTIL=/i.test(part) || !parts.until) {
        return part
      }
      const { day, time, utc } = parts.until
      const wall = Date.parse(`${day}T${time ?? '23:59:59'}.000Z`)
      return `UNTIL=${compact(utc ? wall : wallTimeToInstant(timeZone, wall))}Z`
    })
    .join(';')

const inZone = (iso: string, timeZone: string) => DateTime.fromISO(iso, { setZone: true }).setZone(timeZone)

/**
 * The calendar as an RFC 5545 feed (`ical-generator`, with a VTIMEZONE per zone its events name, see
 * `vtimezoneOf`, and DTSTAMP in UTC): each cadence one recurring event (its RRULE, and an EXDATE for every
 * occurrence a dead period's policy or a skipped day removes), each dead period and phase an all-day event
 * (a phase with no end runs to the end of the feed's range, and says so), each planned slot and relaunch an
 * event (a relaunch not accepted yet is TENTATIVE). Throws `CalendarTooLongError` past its expansion budget.
 */
export const buildIcalFeed = (calendar: CalendarData, options: IcalFeedOptions): string => {
  const { language, now } = options
  const today = zonedDay(calendar.timeZone, now.getTime())
  const window = { from: addDays(today, -366), to: addDays(today, 731) }
  /** The earliest start written in each zone: its VTIMEZONE describes the zone from there. */
  const earliest = new Map<string, number>()
  const zoned = (start: DateTime, timeZone: string): DateTime => {
    earliest.set(timeZone, Math.min(earliest.get(timeZone) ?? Infinity, start.toMillis()))
    return start
  }
  const feed = ical({
    name: calendar.name ?? 'Editorial calendar',
    prodId: { company: 'payload-plugin-ambassadors', language: language.toUpperCase(), product: 'editorial-calendar' },
    // No calendar-wide zone: ical-generator would write DTSTAMP in it, and RFC 5545 wants it in UTC. Each
    // timed event names its zone, and gets its VTIMEZONE (written when the feed is, once every start is known).
    timezone: {
      generator: (timeZone) => vtimezoneOf(timeZone, { from: Math.min(earliest.get(timeZone) ?? Infinity, dayToUtcMs(window.from)), to: dayToUtcMs(window.to) }),
      name: null,
    },
  })
  const uid = (kind: string, row: null | string | undefined, extra = '') =>
    `${kind}-${calendar.id ?? 'calendar'}-${row ?? 'row'}${extra}@payload-plugin-ambassadors`
  const budget = createExpansionBudget()
  const occurrences = expandCalendar(calendar, { ...options, ...window, budget })

  for (const [index, cadence] of (calendar.cadences ?? []).entries()) {
    const rule = readRule(cadence.rrule)
    if (!rule.ok) {
      continue
    }
    budget.enter({ label: cadence.label, path: `cadences.${index}.rrule` })
    const timeZone = rule.parts.tzid ?? (cadence.timeZone || calendar.timeZone)
    const startsOn = cadence.startsOn ? storedDay(cadence.startsOn) : window.from
    const time = timePattern.exec(cadence.time ?? '') ?? timePattern.exec('09:00')!
    const timeOfDay = rule.parts.byHour ? 0 : (Number(time[1]) * 60 + Number(time[2])) * minuteMs
    const dtstartWall = dayToUtcMs(startsOn) + timeOfDay
    // A start before the calendar's window (a record older than its check) is written from the feed's window.
    const fromWall = startsOn < calendarWindow.first ? dayToUtcMs(window.from) : dtstartWall
    const first = firstWallTime(rule.parts, { budget, dtstartWall, fromWall, timeZone })
    if (first === undefined) {
      continue
    }
    const start = DateTime.fromMillis(wallTimeToInstant(timeZone, first), { zone: timeZone })
    const removed = occurrences.filter(
      (occurrence) => occurrence.row?.id === cadence.id && occurrence.type === 'cadence' && occurrence.status === 'cancelled',
    )
    const skipped = (cadence.skipDates ?? []).map((skip) => storedDay(skip.date))
    const exdates = [
      ...removed.map((occurrence) => compact(Date.parse(occurrence.start.slice(0, 19) + 'Z'))),
      ...skipped.map((day) => `${day.replace(/-/g, '')}T${compact(first).slice(9)}`),
    ].sort()
    const repeating = `RRULE:${icalRule(cadence.rrule, rule.parts, timeZone)}${
      exdates.length > 0 ? `\nEXDATE;TZID=${timeZone}:${exdates.join(',')}` : ''
    }`
    feed.createEvent({
      description: [describeRecurrence(cadence.rrule, language), ...new Set(removed.map((o) => o.deadPeriod))]
        .filter(Boolean)
        .join('\n'),
      end: start.plus({ minutes: cadence.durationMinutes || 60 }),
      id: uid('cadence', cadence.id),
      repeating,
      stamp: now,
      start: zoned(start, timeZone),
      summary: cadence.label,
      timezone: timeZone,
    })
  }

  const allDay = (occurrence: Occurrence, extra: { description?: string; status?: ICalEventStatus } = {}) => {
    const end = occurrence.end ?? occurrence.start
    feed.createEvent({
      allDay: true,
      end: DateTime.fromISO(addDays(end, 1), { zone: 'UTC' }),
      id: uid(occurrence.type, occurrence.row?.id, occurrence.type === 'relaunch' ? '-relaunch' : ''),
      stamp: now,
      start: DateTime.fromISO(occurrence.start, { zone: 'UTC' }),
      summary: occurrence.label,
      ...extra,
    })
  }
  for (const period of calendar.deadPeriods ?? []) {
    const [start, end] = [storedDay(period.start), storedDay(period.end)]
    allDay({ allDay: true, end, id: '', label: period.name, row: { field: 'deadPeriods', id: period.id ?? undefined }, start, status: 'scheduled', type: 'dead-period' })
  }
  for (const phase of calendar.phases ?? []) {
    const start = storedDay(phase.start)
    // A phase with no end is under way: it spans the days the feed covers, and says it has no end date (a
    // calendar app has no open-ended event, and a one-day one would say the phase was over).
    const end = phase.end ? storedDay(phase.end) : start > window.to ? start : window.to
    allDay(
      { allDay: true, end, id: '', label: phase.name, row: { field: 'phases', id: phase.id ?? undefined }, start, status: 'scheduled', type: 'phase' },
      phase.end
        ? {}
        : {
            description:
              language === 'fr'
                ? 'Phase en cours, sans date de fin : elle est montrée jusqu’au bout de la période que couvre ce calendrier.'
                : 'Ongoing phase with no end date: shown up to the end of the period this calendar covers.',
          },
    )
  }
  for (const occurrence of occurrences) {
    if (occurrence.type === 'relaunch') {
      allDay(
        { ...occurrence, label: `${language === 'fr' ? 'Relance après' : 'Relaunch after'} ${occurrence.label}` },
        { status: occurrence.status === 'proposed' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED },
      )
    }
  }
  for (const slot of calendar.plannedSlots ?? []) {
    const start = zoned(inZone(new Date(slot.date).toISOString(), calendar.timeZone), calendar.timeZone)
    const links = [slot.videoLink, slot.registrationLink].filter(Boolean).join('\n')
    feed.createEvent({
      ...(links ? { description: links } : {}),
      end: slot.end ? inZone(new Date(slot.end).toISOString(), calendar.timeZone) : start.plus({ hours: 1 }),
      id: uid('slot', slot.id),
      ...(slot.place ? { location: slot.place } : {}),
      stamp: now,
      start,
      summary: slot.title,
      timezone: calendar.timeZone,
      ...(slot.registrationLink || slot.videoLink ? { url: slot.registrationLink || slot.videoLink } : {}),
    })
  }
  return feed.toString()
}
