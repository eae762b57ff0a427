/**
 * The calendar feed read back by a real iCalendar parser (ical.js): each zone its events name described by a
 * VTIMEZONE that gives, at every moment, the offset the runtime's time-zone data gives (also years past the
 * feed's range, where only its yearly rules speak), DTSTAMP in UTC, and a phase with no end shown as under way.
 */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import type { CalendarData } from '../../src/calendar/types.ts'

import { buildIcalFeed } from '../../src/calendar/icalFeed.ts'
import { vtimezoneOf } from '../../src/calendar/vtimezone.ts'

const now = new Date('2027-03-10T08:30:00.000Z')
const options = { holidayCountry: 'FR', language: 'fr' as const, now, relaunchWorkingDays: 5 }

const calendar: CalendarData = {
  cadences: [
    { id: 'lettre', kind: 'newsletter', label: 'Newsletter des ambassadeurs', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15', time: '09:00' },
    { id: 'montreal', kind: 'training', label: 'Formation Montréal', rrule: 'FREQ=WEEKLY;BYDAY=TU', time: '10:00', timeZone: 'America/Toronto' },
  ],
  deadPeriods: [],
  id: 7,
  name: 'Programme',
  phases: [
    { end: '2027-02-28', id: 'pilote', kind: 'beta', name: 'Pilote', start: '2027-01-04' },
    { id: 'lancement', kind: 'primo', name: 'Lancement', start: '2027-03-01' },
  ],
  plannedSlots: [{ date: '2027-06-10T08:00:00.000Z', id: 'atelier', kind: 'workshop', title: 'Atelier LinkedIn' }],
  timeZone: 'Europe/Paris',
}

const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics))

const formatters = new Map<string, Intl.DateTimeFormat>()

/** The offset, in minutes, Intl gives the zone at an instant. */
const intlOffset = (timeZone: string, instant: number) => {
  const formatter = formatters.get(timeZone) ?? new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
  formatters.set(timeZone, formatter)
  const name = formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value
  const [, sign, hours, minutes] = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name)!
  return sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) : 0
}

/**
 * The days from `from` to `to` on which ical.js, reading `vtimezone`, gives another offset than Intl, read at
 * noon UTC: clocks change at night in these zones, away from the hour that happens twice, which ical.js reads
 * as the later one whatever the VTIMEZONE says.
 */
const disagreements = (timeZone: string, vtimezone: ICAL.Component, from: string, to: string) => {
  const zone = new ICAL.Timezone(vtimezone)
  const wrong: string[] = []
  for (let at = Date.parse(`${from}T12:00:00Z`); at < Date.parse(`${to}T12:00:00Z`); at += 86_400_000) {
    const local = ICAL.Time.fromJSDate(new Date(at), true).convertToZone(zone)
    if (local.utcOffset() / 60 !== intlOffset(timeZone, at)) {
      wrong.push(new Date(at).toISOString().slice(0, 10))
    }
  }
  return wrong
}

describe('buildIcalFeed', () => {
  it('should describe every zone its events name with a VTIMEZONE, written without reading a file', () => {
    const feed = parse(buildIcalFeed(calendar, options))
    const zones = feed.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))
    const named = new Set(
      feed
        .getAllSubcomponents('vevent')
        .flatMap((event) => ['dtstart', 'dtend'].map((name) => event.getFirstProperty(name)?.getParameter('tzid')))
        .filter(Boolean),
    )
    expect([...named].sort()).toEqual(['America/Toronto', 'Europe/Paris'])
    expect(zones.sort()).toEqual(['America/Toronto', 'Europe/Paris'])
  })

  it('should give the offsets Intl gives, over the feed’s range and ten years past it', () => {
    const feed = parse(buildIcalFeed(calendar, options))
    for (const vtimezone of feed.getAllSubcomponents('vtimezone')) {
      const timeZone = String(vtimezone.getFirstPropertyValue('tzid'))
      // The feed covers a year back from 10 March 2027 and two ahead; the zones' rules carry on past it.
      expect(disagreements(timeZone, vtimezone, '2026-03-09', '2040-01-01')).toEqual([])
    }
  })

  it('should place a recurring event at the same wall time on both sides of a clock change, years ahead', () => {
    const feed = parse(buildIcalFeed(calendar, options))
    const zone = new ICAL.Timezone(feed.getAllSubcomponents('vtimezone').find((vtimezone) => vtimezone.getFirstPropertyValue('tzid') === 'Europe/Paris')!)
    ICAL.TimezoneService.register(zone, 'Europe/Paris')
    try {
      const event = new ICAL.Event(feed.getAllSubcomponents('vevent').find((vevent) => vevent.getFirstPropertyValue('summary') === 'Newsletter des ambassadeurs')!)
      const iterator = event.iterator()
      const utc: string[] = []
      for (let next = iterator.next(); next && next.year < 2031; next = iterator.next()) {
        utc.push(next.toJSDate().toISOString())
      }
      // 2030 is past the feed's range: only the VTIMEZONE's yearly rules place these.
      expect(utc).toEqual(expect.arrayContaining(['2030-03-15T08:00:00.000Z', '2030-04-01T07:00:00.000Z', '2030-11-01T08:00:00.000Z']))
    } finally {
      ICAL.TimezoneService.remove('Europe/Paris')
    }
  })

  it('should write DTSTAMP in UTC, as the moment the feed is written', () => {
    const stamps = parse(buildIcalFeed(calendar, options))
      .getAllSubcomponents('vevent')
      .map((event) => event.getFirstProperty('dtstamp')!)
    expect(new Set(stamps.map((stamp) => [stamp.getFirstValue()!.toString(), (stamp.getFirstValue() as ICAL.Time).zone?.tzid].join(' ')))).toEqual(
      new Set(['2027-03-10T08:30:00Z UTC']),
    )
  })

  it('should show a phase with no end as under way up to the end of the feed’s range, and say it has no end', () => {
    const events = parse(buildIcalFeed(calendar, options)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    const launch = events.find((event) => event.summary === 'Lancement')!
    const pilot = events.find((event) => event.summary === 'Pilote')!
    expect([launch.startDate.toString(), launch.endDate.toString(), launch.startDate.isDate]).toEqual(['2027-03-01', '2029-03-11', true])
    expect(launch.description).toMatch(/sans date de fin/)
    expect([pilot.startDate.toString(), pilot.endDate.toString(), pilot.description]).toEqual(['2027-01-04', '2027-03-01', null])
  })
})

describe('vtimezoneOf', () => {
  it.each([
    ['Europe/Paris', '2040-01-01'],
    ['America/New_York', '2040-01-01'],
    ['Australia/Sydney', '2040-01-01'],
    ['America/Santiago', '2040-01-01'],
    ['America/Sao_Paulo', '2040-01-01'],
    ['America/Mexico_City', '2040-01-01'],
    ['Europe/Dublin', '2040-01-01'],
    ['Asia/Tehran', '2040-01-01'],
    ['Asia/Tokyo', '2040-01-01'],
    ['UTC', '2040-01-01'],
    // Its changes follow Ramadan, which no yearly rule describes: right over the range asked for only.
    ['Africa/Casablanca', '2030-01-01'],
  ] as const)('should agree with Intl for %s from 2000 (the range asked for ends in 2030) to %s', (timeZone, until) => {
    const vtimezone = parse(vtimezoneOf(timeZone, { from: Date.UTC(2000, 0, 1), to: Date.UTC(2030, 0, 1) }))
    expect(disagreements(timeZone, vtimezone, '2000-01-01', until)).toEqual([])
  })
})
