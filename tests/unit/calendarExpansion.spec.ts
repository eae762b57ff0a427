import { describe, expect, it } from 'vitest'

import { expandCalendar } from '../../src/calendar/expandCalendar.ts'
import { nextNewsletterOccurrences } from '../../src/calendar/nextNewsletterOccurrences.ts'
import type { CalendarCadence, CalendarData, CalendarDeadPeriod, Occurrence } from '../../src/calendar/types.ts'
import { formatZonedDateTime, offsetMinutesAt, wallTimeToInstant, zonedDay } from '../../src/utilities/zonedTime.ts'

const paris = 'Europe/Paris'

const cadence = (rrule: string, extra: Partial<CalendarCadence> = {}): CalendarCadence => ({
  id: 'c1',
  kind: 'newsletter',
  label: 'Newsletter',
  rrule,
  startsOn: '2027-01-01',
  time: '09:00',
  ...extra,
})

const calendarWith = (extra: Partial<CalendarData>): CalendarData => ({ timeZone: paris, ...extra })

const startsOf = (occurrences: Occurrence[]) => occurrences.map((occurrence) => occurrence.start)

const cadenceStarts = (rrule: string, range: { from: string; to: string }, extra: Partial<CalendarCadence> = {}) =>
  startsOf(expandCalendar(calendarWith({ cadences: [cadence(rrule, extra)] }), range))

const days = (starts: string[]) => starts.map((start) => start.slice(0, 10))

const statusByDay = (occurrences: Occurrence[]) =>
  Object.fromEntries(
    occurrences.filter((occurrence) => occurrence.type === 'cadence').map((occurrence) => [occurrence.start.slice(0, 10), occurrence.status]),
  )

describe('wallTimeToInstant', () => {
  it('should read a time skipped by the spring change with the offset before it (Paris 02:30 → 03:30+02:00)', () => {
    const instant = wallTimeToInstant(paris, Date.UTC(2027, 2, 28, 2, 30))
    expect([new Date(instant).toISOString(), formatZonedDateTime(paris, instant)]).toEqual([
      '2027-03-28T01:30:00.000Z',
      '2027-03-28T03:30:00+02:00',
    ])
  })

  it('should take the first of a time that happens twice in autumn (Paris 02:30+02:00)', () => {
    const instant = wallTimeToInstant(paris, Date.UTC(2027, 9, 31, 2, 30))
    expect([new Date(instant).toISOString(), formatZonedDateTime(paris, instant)]).toEqual([
      '2027-10-31T00:30:00.000Z',
      '2027-10-31T02:30:00+02:00',
    ])
  })

  it('should handle New York’s own changes, two weeks before and one week after Europe’s', () => {
    expect([
      new Date(wallTimeToInstant('America/New_York', Date.UTC(2027, 2, 14, 2, 30))).toISOString(),
      new Date(wallTimeToInstant('America/New_York', Date.UTC(2027, 10, 7, 1, 30))).toISOString(),
    ]).toEqual(['2027-03-14T07:30:00.000Z', '2027-11-07T05:30:00.000Z'])
  })

  it('should give Sydney its summer offset in January and its winter one in July', () => {
    const sydney = 'Australia/Sydney'
    expect([
      formatZonedDateTime(sydney, wallTimeToInstant(sydney, Date.UTC(2027, 0, 15, 9))),
      formatZonedDateTime(sydney, wallTimeToInstant(sydney, Date.UTC(2027, 6, 15, 9))),
      new Date(wallTimeToInstant(sydney, Date.UTC(2027, 0, 15, 9))).toISOString(),
    ]).toEqual(['2027-01-15T09:00:00+11:00', '2027-07-15T09:00:00+10:00', '2027-01-14T22:00:00.000Z'])
  })

  it('should handle Sydney’s October gap and April overlap', () => {
    const sydney = 'Australia/Sydney'
    expect([
      formatZonedDateTime(sydney, wallTimeToInstant(sydney, Date.UTC(2027, 9, 3, 2, 30))),
      formatZonedDateTime(sydney, wallTimeToInstant(sydney, Date.UTC(2027, 3, 4, 2, 30))),
    ]).toEqual(['2027-10-03T03:30:00+11:00', '2027-04-04T02:30:00+11:00'])
  })

  it('should handle half-hour and quarter-hour offsets', () => {
    expect([
      new Date(wallTimeToInstant('Asia/Kolkata', Date.UTC(2027, 0, 15, 9))).toISOString(),
      formatZonedDateTime('Asia/Kolkata', Date.UTC(2027, 0, 15, 3, 30)),
      formatZonedDateTime('America/St_Johns', Date.UTC(2027, 0, 1, 12)),
      formatZonedDateTime('Asia/Kathmandu', Date.UTC(2027, 0, 1, 12)),
    ]).toEqual(['2027-01-15T03:30:00.000Z', '2027-01-15T09:00:00+05:30', '2027-01-01T08:30:00-03:30', '2027-01-01T17:45:00+05:45'])
  })

  it('should leave UTC alone', () => {
    expect(formatZonedDateTime('UTC', wallTimeToInstant('UTC', Date.UTC(2027, 5, 1, 9)))).toBe('2027-06-01T09:00:00+00:00')
  })
})

describe('offsetMinutesAt', () => {
  it('should switch Paris to summer time at 01:00 UTC on the last Sunday of March', () => {
    expect([
      offsetMinutesAt(paris, Date.UTC(2027, 2, 28, 0, 59)),
      offsetMinutesAt(paris, Date.UTC(2027, 2, 28, 1, 0)),
      offsetMinutesAt(paris, Date.UTC(2027, 9, 31, 0, 59)),
      offsetMinutesAt(paris, Date.UTC(2027, 9, 31, 1, 0)),
    ]).toEqual([60, 120, 120, 60])
  })

  it('should answer for years far apart asked in turn', () => {
    // France kept winter time all year from 1946 to 1975.
    expect([
      offsetMinutesAt(paris, Date.UTC(2090, 6, 1)),
      offsetMinutesAt(paris, Date.UTC(1960, 6, 1)),
      offsetMinutesAt(paris, Date.UTC(2027, 6, 1)),
      offsetMinutesAt(paris, Date.UTC(2090, 0, 15)),
      offsetMinutesAt(paris, Date.UTC(1990, 6, 1)),
    ]).toEqual([120, 60, 120, 60, 120])
  })

  it('should give the day before New Year in New York when Paris is already in it', () => {
    expect([zonedDay(paris, Date.UTC(2026, 11, 31, 23, 30)), zonedDay('America/New_York', Date.UTC(2027, 0, 1, 3, 30))]).toEqual([
      '2027-01-01',
      '2026-12-31',
    ])
  })
})

describe('expandCalendar cadences', () => {
  it('should keep a Paris 09:00 cadence at 09:00 local across the March change', () => {
    expect(cadenceStarts('FREQ=DAILY', { from: '2027-03-27', to: '2027-03-29' })).toEqual([
      '2027-03-27T09:00:00+01:00',
      '2027-03-28T09:00:00+02:00',
      '2027-03-29T09:00:00+02:00',
    ])
  })

  it('should keep a Paris 09:00 weekly cadence at 09:00 local across the October change', () => {
    expect(cadenceStarts('FREQ=WEEKLY;BYDAY=MO', { from: '2027-10-20', to: '2027-11-06' })).toEqual([
      '2027-10-25T09:00:00+02:00',
      '2027-11-01T09:00:00+01:00',
    ])
  })

  it('should move a cadence set in the spring gap to 03:30 summer time', () => {
    expect(cadenceStarts('FREQ=DAILY', { from: '2027-03-28', to: '2027-03-28' }, { time: '02:30' })).toEqual([
      '2027-03-28T03:30:00+02:00',
    ])
  })

  it('should take the time of day from BYHOUR and BYMINUTE over the row’s time', () => {
    expect(cadenceStarts('FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=15', { from: '2027-01-04', to: '2027-01-10' })).toEqual([
      '2027-01-05T18:15:00+01:00',
    ])
  })

  it('should give BYMONTHDAY=31 the seven months of 2027 that have a 31st', () => {
    expect(days(cadenceStarts('FREQ=MONTHLY;BYMONTHDAY=31', { from: '2027-01-01', to: '2027-12-31' }))).toEqual([
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
      '2027-07-31',
      '2027-08-31',
      '2027-10-31',
      '2027-12-31',
    ])
  })

  it('should give BYMONTHDAY=-1 the last day of each month, 28 February then 29 February', () => {
    expect(days(cadenceStarts('FREQ=MONTHLY;BYMONTHDAY=-1', { from: '2027-01-01', to: '2028-03-31' }))).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
      '2027-06-30',
      '2027-07-31',
      '2027-08-31',
      '2027-09-30',
      '2027-10-31',
      '2027-11-30',
      '2027-12-31',
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
    ])
  })

  it('should give 29 February only in the leap year 2028 between 2027 and 2031', () => {
    expect(cadenceStarts('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', { from: '2027-01-01', to: '2031-12-31' })).toEqual([
      '2028-02-29T09:00:00+01:00',
    ])
  })

  it('should leave out the skipped days, written as days or as stored dates', () => {
    const skipDates = [{ date: '2027-01-02' }, { date: '2027-01-04T12:00:00.000Z' }]
    expect(days(cadenceStarts('FREQ=DAILY', { from: '2027-01-01', to: '2027-01-05' }, { skipDates }))).toEqual([
      '2027-01-01',
      '2027-01-03',
      '2027-01-05',
    ])
  })

  it('should count every other week from the first day, when asked from June', () => {
    // Monday 4 January 2027 + 22 weeks = Monday 7 June.
    expect(
      days(cadenceStarts('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', { from: '2027-06-01', to: '2027-06-30' }, { startsOn: '2027-01-04' })),
    ).toEqual(['2027-06-07', '2027-06-21'])
  })

  it('should give the same June days when asked from January', () => {
    const fromJanuary = days(
      cadenceStarts('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', { from: '2027-01-01', to: '2027-06-30' }, { startsOn: '2027-01-04' }),
    )
    expect(fromJanuary.filter((day) => day >= '2027-06-01')).toEqual(['2027-06-07', '2027-06-21'])
  })

  it('should shift every other week with the first day', () => {
    expect(
      days(cadenceStarts('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', { from: '2027-06-01', to: '2027-06-30' }, { startsOn: '2027-01-11' })),
    ).toEqual(['2027-06-14', '2027-06-28'])
  })

  it('should count COUNT from the first day, not from the range', () => {
    // 4, 11 and 18 January: the first is before the range but counts.
    expect(
      days(cadenceStarts('FREQ=WEEKLY;BYDAY=MO;COUNT=3', { from: '2027-01-10', to: '2027-06-30' }, { startsOn: '2027-01-04' })),
    ).toEqual(['2027-01-11', '2027-01-18'])
  })

  it('should include the UNTIL day', () => {
    expect(days(cadenceStarts('FREQ=DAILY;UNTIL=20270105', { from: '2027-01-01', to: '2027-01-31' }))).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-01-04',
      '2027-01-05',
    ])
  })

  it('should stop before an occurrence later than a UTC UNTIL', () => {
    // 09:00 in Paris is 08:00 UTC in January.
    expect(days(cadenceStarts('FREQ=DAILY;UNTIL=20270104T075959Z', { from: '2027-01-01', to: '2027-01-31' }))).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ])
  })

  it('should give nothing before the first day', () => {
    expect(cadenceStarts('FREQ=DAILY', { from: '2027-01-01', to: '2027-01-31' }, { startsOn: '2027-02-01' })).toEqual([])
  })

  it('should include both ends of the range', () => {
    expect(days(cadenceStarts('FREQ=DAILY', { from: '2027-02-01', to: '2027-02-03' }))).toEqual(['2027-02-01', '2027-02-02', '2027-02-03'])
  })

  it('should keep a cadence’s own time zone in its times', () => {
    const [first] = expandCalendar(
      calendarWith({ cadences: [cadence('FREQ=DAILY', { timeZone: 'America/New_York' })] }),
      { from: '2027-03-15', to: '2027-03-15' },
    )
    expect([first?.start, first?.timeZone]).toEqual(['2027-03-15T09:00:00-04:00', 'America/New_York'])
  })

  it('should prefer the rule’s TZID to the row’s time zone', () => {
    expect(
      cadenceStarts('FREQ=DAILY;TZID=Asia/Kolkata', { from: '2027-03-15', to: '2027-03-15' }, { timeZone: 'America/New_York' }),
    ).toEqual(['2027-03-15T09:00:00+05:30'])
  })

  it('should pick a cadence’s occurrences by their day in the calendar’s zone', () => {
    // 20:00 in New York (-05:00) is 02:00 the next day in Paris (+01:00).
    expect(
      cadenceStarts('FREQ=DAILY', { from: '2027-03-10', to: '2027-03-11' }, { time: '20:00', timeZone: 'America/New_York' }),
    ).toEqual(['2027-03-09T20:00:00-05:00', '2027-03-10T20:00:00-05:00'])
  })

  it('should take a late UTC occurrence into the next Paris day', () => {
    // 23:30 UTC on 1 January is 00:30 on 2 January in Paris.
    expect(cadenceStarts('FREQ=DAILY', { from: '2027-01-02', to: '2027-01-02' }, { time: '23:30', timeZone: 'UTC' })).toEqual([
      '2027-01-01T23:30:00+00:00',
    ])
  })

  it('should end an occurrence after its duration', () => {
    const [first] = expandCalendar(
      calendarWith({ cadences: [cadence('FREQ=DAILY', { durationMinutes: 90, kind: 'training' })] }),
      { from: '2027-03-28', to: '2027-03-28' },
    )
    expect([first?.start, first?.end]).toEqual(['2027-03-28T09:00:00+02:00', '2027-03-28T10:30:00+02:00'])
  })

  it('should give an occurrence an id made of the row and its start, whatever the range', () => {
    const inJanuary = expandCalendar(calendarWith({ cadences: [cadence('FREQ=MONTHLY;BYMONTHDAY=15')] }), {
      from: '2027-01-01',
      to: '2027-01-31',
    })
    const inTheYear = expandCalendar(calendarWith({ cadences: [cadence('FREQ=MONTHLY;BYMONTHDAY=15')] }), {
      from: '2027-01-01',
      to: '2027-12-31',
    })
    expect([inJanuary[0]?.id, inTheYear[0]?.id]).toEqual(['cadence:c1:2027-01-15T09:00:00+01:00', 'cadence:c1:2027-01-15T09:00:00+01:00'])
  })

  it('should name an occurrence by the row’s label when the row has no id', () => {
    const [first] = expandCalendar(
      calendarWith({ cadences: [cadence('FREQ=DAILY', { id: null, label: 'Atelier' })] }),
      { from: '2027-01-01', to: '2027-01-01' },
    )
    expect([first?.id, first?.row]).toEqual(['cadence:Atelier:2027-01-01T09:00:00+01:00', { field: 'cadences', id: undefined }])
  })

  it('should leave out a cadence whose rule is refused', () => {
    expect(cadenceStarts('FREQ=HOURLY', { from: '2027-01-01', to: '2027-01-31' })).toEqual([])
  })
})

describe('expandCalendar dead periods', () => {
  const august: CalendarDeadPeriod = { end: '2027-08-31', id: 'aug', name: 'Août', policy: 'pause', start: '2027-08-01' }
  // 1 May 2027 is a Saturday and a holiday, 6 May is Ascension Thursday.
  const bridges: CalendarDeadPeriod = { end: '2027-05-17', id: 'may', name: 'Ponts', policy: 'lighten', start: '2027-05-01' }

  it('should cancel newsletter and notification occurrences in a paused period and keep the others', () => {
    const occurrences = expandCalendar(
      calendarWith({
        cadences: [
          cadence('FREQ=MONTHLY;BYMONTHDAY=16', { id: 'news' }),
          cadence('FREQ=MONTHLY;BYMONTHDAY=16', { id: 'notif', kind: 'notification' }),
          cadence('FREQ=MONTHLY;BYMONTHDAY=16', { id: 'train', kind: 'training' }),
        ],
        deadPeriods: [august],
      }),
      { from: '2027-08-16', to: '2027-08-16' },
    )
    expect(
      occurrences.filter((occurrence) => occurrence.type === 'cadence').map(({ deadPeriod, kind, status }) => [kind, status, deadPeriod]),
    ).toEqual([
      ['newsletter', 'cancelled', 'Août'],
      ['notification', 'cancelled', 'Août'],
      ['training', 'scheduled', 'Août'],
    ])
  })

  it('should keep every occurrence in a period whose policy is none, naming the period', () => {
    const occurrences = expandCalendar(
      calendarWith({ cadences: [cadence('FREQ=WEEKLY;BYDAY=MO')], deadPeriods: [{ ...august, policy: 'none' }] }),
      { from: '2027-08-01', to: '2027-08-15' },
    )
    expect(occurrences.filter((occurrence) => occurrence.type === 'cadence').map(({ deadPeriod, status }) => [status, deadPeriod])).toEqual([
      ['scheduled', 'Août'],
      ['scheduled', 'Août'],
    ])
  })

  it('should not name a period for occurrences outside it', () => {
    const occurrences = expandCalendar(calendarWith({ cadences: [cadence('FREQ=DAILY')], deadPeriods: [august] }), {
      from: '2027-07-31',
      to: '2027-07-31',
    })
    expect(occurrences.map(({ deadPeriod, status }) => [status, deadPeriod])).toEqual([['scheduled', undefined]])
  })

  it('should keep only the first send on a working day in a lightened period', () => {
    // Thursdays 6 May (Ascension) and 13 May fall in the period; 20 May after it.
    const occurrences = expandCalendar(calendarWith({ cadences: [cadence('FREQ=WEEKLY;BYDAY=TH')], deadPeriods: [bridges] }), {
      from: '2027-05-01',
      to: '2027-05-20',
    })
    expect(statusByDay(occurrences)).toEqual({ '2027-05-06': 'cancelled', '2027-05-13': 'scheduled', '2027-05-20': 'scheduled' })
  })

  it('should keep the same send of a lightened period when the range starts within it', () => {
    const occurrences = expandCalendar(calendarWith({ cadences: [cadence('FREQ=DAILY')], deadPeriods: [bridges] }), {
      from: '2027-05-04',
      to: '2027-05-05',
    })
    // The period's first working day is Monday 3 May: 4 and 5 May stay cancelled.
    expect(statusByDay(occurrences)).toEqual({ '2027-05-04': 'cancelled', '2027-05-05': 'cancelled' })
  })

  it('should keep the send of a lightened period when the range ends before the rest of it', () => {
    const occurrences = expandCalendar(calendarWith({ cadences: [cadence('FREQ=DAILY')], deadPeriods: [bridges] }), {
      from: '2027-04-30',
      to: '2027-05-03',
    })
    expect(statusByDay(occurrences)).toEqual({
      '2027-04-30': 'scheduled',
      '2027-05-01': 'cancelled',
      '2027-05-02': 'cancelled',
      '2027-05-03': 'scheduled',
    })
  })

  it('should keep the first send of a lightened period that has none on a working day', () => {
    // Saturday 8 May (a holiday) and Sunday 9 May.
    const weekend: CalendarDeadPeriod = { end: '2027-05-09', name: 'Week-end', policy: 'lighten', start: '2027-05-08' }
    const occurrences = expandCalendar(calendarWith({ cadences: [cadence('FREQ=DAILY')], deadPeriods: [weekend] }), {
      from: '2027-05-09',
      to: '2027-05-09',
    })
    expect(statusByDay(occurrences)).toEqual({ '2027-05-09': 'cancelled' })
  })

  it('should not keep a skipped day as the send of a lightened period', () => {
    const occurrences = expandCalendar(
      calendarWith({ cadences: [cadence('FREQ=DAILY', { skipDates: [{ date: '2027-05-03' }] })], deadPeriods: [bridges] }),
      { from: '2027-05-03', to: '2027-05-04' },
    )
    expect(statusByDay(occurrences)).toEqual({ '2027-05-04': 'scheduled' })
  })

  it('should show the period itself as an all-day item', () => {
    const [period] = expandCalendar(calendarWith({ deadPeriods: [august] }), { from: '2027-08-31', to: '2027-09-01' })
    expect(period).toEqual({
      allDay: true,
      end: '2027-08-31',
      id: 'dead-period:aug:2027-08-01',
      label: 'Août',
      policy: 'pause',
      row: { field: 'deadPeriods', id: 'aug' },
      start: '2027-08-01',
      status: 'scheduled',
      type: 'dead-period',
    })
  })
})

describe('expandCalendar relaunches', () => {
  const relaunchesOf = (period: CalendarDeadPeriod, options: { holidayCountry?: string; relaunchWorkingDays?: number } = {}) =>
    expandCalendar(calendarWith({ deadPeriods: [period] }), { from: '2027-01-01', to: '2027-12-31', ...options }).filter(
      (occurrence) => occurrence.type === 'relaunch',
    )

  it('should propose a relaunch three working days after the end, with the default checklist', () => {
    // Tuesday 31 August: 1, 2 and 3 September.
    expect(relaunchesOf({ end: '2027-08-31', id: 'aug', name: 'Août', policy: 'pause', start: '2027-08-01' })).toEqual([
      {
        allDay: true,
        checklist: ['relaunch-newsletter', 'training-or-workshop', 'content-push'],
        id: 'relaunch:aug:2027-09-03',
        label: 'Août',
        row: { field: 'deadPeriods', id: 'aug' },
        start: '2027-09-03',
        status: 'proposed',
        type: 'relaunch',
      },
    ])
  })

  it('should skip the weekend and a French public holiday', () => {
    // Tuesday 4 May: 5 May, [Ascension 6 May], 7 May, [weekend], Monday 10 May.
    expect(startsOf(relaunchesOf({ end: '2027-05-04', name: 'Court', policy: 'pause', start: '2027-05-03' }))).toEqual(['2027-05-10'])
  })

  it('should count Ascension as a working day for another country', () => {
    expect(
      startsOf(relaunchesOf({ end: '2027-05-04', name: 'Court', policy: 'pause', start: '2027-05-03' }, { holidayCountry: 'US' })),
    ).toEqual(['2027-05-07'])
  })

  it('should count the working days asked for', () => {
    expect(
      startsOf(relaunchesOf({ end: '2027-05-04', name: 'Court', policy: 'pause', start: '2027-05-03' }, { relaunchWorkingDays: 1 })),
    ).toEqual(['2027-05-05'])
  })

  it('should schedule an accepted relaunch', () => {
    const [relaunch] = relaunchesOf({
      end: '2027-08-31',
      name: 'Août',
      policy: 'pause',
      relaunch: { decision: 'accepted' },
      start: '2027-08-01',
    })
    expect([relaunch?.start, relaunch?.status]).toEqual(['2027-09-03', 'scheduled'])
  })

  it('should leave out a dropped relaunch', () => {
    expect(
      relaunchesOf({ end: '2027-08-31', name: 'Août', policy: 'pause', relaunch: { decision: 'dropped' }, start: '2027-08-01' }),
    ).toEqual([])
  })

  it('should put a moved relaunch on its new day, with its own checklist', () => {
    const [relaunch] = relaunchesOf({
      end: '2027-08-31',
      id: 'aug',
      name: 'Août',
      policy: 'pause',
      relaunch: { checklist: ['content-push'], date: '2027-09-08T12:00:00.000Z' },
      start: '2027-08-01',
    })
    expect([relaunch?.id, relaunch?.start, relaunch?.status, relaunch?.checklist]).toEqual([
      'relaunch:aug:2027-09-08',
      '2027-09-08',
      'proposed',
      ['content-push'],
    ])
  })

  it('should show a relaunch in the range even when its period is not', () => {
    const occurrences = expandCalendar(
      calendarWith({ deadPeriods: [{ end: '2027-01-03', name: 'Fêtes', policy: 'pause', start: '2026-12-20' }] }),
      { from: '2027-01-05', to: '2027-01-31' },
    )
    // Sunday 3 January: 4, 5 and 6 January.
    expect(occurrences.map(({ start, type }) => [type, start])).toEqual([['relaunch', '2027-01-06']])
  })
})

describe('expandCalendar slots and phases', () => {
  it('should place a planned slot in the calendar’s zone with its links', () => {
    const [slot] = expandCalendar(
      calendarWith({
        plannedSlots: [
          {
            contentItems: [{ id: 7 }, 8],
            date: '2027-03-10T08:00:00.000Z',
            end: '2027-03-10T09:30:00.000Z',
            id: 's1',
            kind: 'workshop',
            owner: { id: 3 },
            place: 'Salle B',
            title: 'Atelier',
          },
        ],
      }),
      { from: '2027-03-10', to: '2027-03-10' },
    )
    expect(slot).toEqual({
      allDay: false,
      contentItems: [7, 8],
      end: '2027-03-10T10:30:00+01:00',
      id: 'slot:s1:2027-03-10T09:00:00+01:00',
      kind: 'workshop',
      label: 'Atelier',
      owner: 3,
      place: 'Salle B',
      row: { field: 'plannedSlots', id: 's1' },
      start: '2027-03-10T09:00:00+01:00',
      status: 'scheduled',
      timeZone: paris,
      type: 'slot',
    })
  })

  it('should take a slot late in the UTC day into the next Paris day', () => {
    const occurrences = expandCalendar(
      calendarWith({ plannedSlots: [{ date: '2027-03-09T23:30:00.000Z', kind: 'content', title: 'Push' }] }),
      { from: '2027-03-10', to: '2027-03-10' },
    )
    expect(startsOf(occurrences)).toEqual(['2027-03-10T00:30:00+01:00'])
  })

  it('should warn about a beta phase too large and too long', () => {
    const [phase] = expandCalendar(
      calendarWith({ phases: [{ end: '2027-03-28', id: 'p1', kind: 'beta', name: 'Bêta', start: '2027-01-04', targetSize: 12 }] }),
      { from: '2027-01-01', to: '2027-12-31' },
    )
    // 4 January to 28 March: 84 days, 12 weeks.
    expect(phase).toEqual({
      allDay: true,
      end: '2027-03-28',
      id: 'phase:p1:2027-01-04',
      kind: 'beta',
      label: 'Bêta',
      row: { field: 'phases', id: 'p1' },
      start: '2027-01-04',
      status: 'scheduled',
      targetSize: 12,
      type: 'phase',
      warnings: [
        { code: 'targetSizeOutside', max: 10, min: 5, unit: 'people', value: 12 },
        { code: 'durationOutside', max: 6, min: 2, unit: 'weeks', value: 12 },
      ],
    })
  })

  it('should carry no warnings for a phase within its ranges', () => {
    const [phase] = expandCalendar(
      calendarWith({ phases: [{ end: '2027-02-14', kind: 'beta', name: 'Bêta', start: '2027-01-04', targetSize: 8 }] }),
      { from: '2027-01-01', to: '2027-12-31' },
    )
    expect(phase).not.toHaveProperty('warnings')
  })

  it('should show an open-ended phase in any later range', () => {
    const occurrences = expandCalendar(
      calendarWith({ phases: [{ kind: 'continuous', name: 'Programme', start: '2027-01-04' }] }),
      { from: '2029-06-01', to: '2029-06-30' },
    )
    expect(occurrences.map(({ start, type }) => [type, start])).toEqual([['phase', '2027-01-04']])
  })

  it('should leave out a phase that ended before the range', () => {
    expect(
      expandCalendar(calendarWith({ phases: [{ end: '2027-02-14', kind: 'beta', name: 'Bêta', start: '2027-01-04' }] }), {
        from: '2027-02-15',
        to: '2027-02-28',
      }),
    ).toEqual([])
  })
})

describe('expandCalendar order', () => {
  it('should sort everything by start, whole days before the times of that day', () => {
    const occurrences = expandCalendar(
      calendarWith({
        cadences: [cadence('FREQ=DAILY', { kind: 'training', time: '10:00' })],
        deadPeriods: [{ end: '2027-08-31', name: 'Août', policy: 'pause', start: '2027-08-02' }],
        phases: [{ kind: 'continuous', name: 'Programme', start: '2027-08-02' }],
        plannedSlots: [{ date: '2027-08-02T06:00:00.000Z', kind: 'content', title: 'Push' }],
      }),
      { from: '2027-08-02', to: '2027-08-03' },
    )
    expect(occurrences.map(({ start, type }) => [type, start])).toEqual([
      ['dead-period', '2027-08-02'],
      ['phase', '2027-08-02'],
      ['slot', '2027-08-02T08:00:00+02:00'],
      ['cadence', '2027-08-02T10:00:00+02:00'],
      ['cadence', '2027-08-03T10:00:00+02:00'],
    ])
  })

  it('should sort cadences of different zones by the instant they happen', () => {
    // 09:00 in Paris is 08:00 UTC; 08:30 in New York is 13:30 UTC.
    const occurrences = expandCalendar(
      calendarWith({
        cadences: [
          cadence('FREQ=DAILY', { id: 'ny', time: '08:30', timeZone: 'America/New_York' }),
          cadence('FREQ=DAILY', { id: 'paris' }),
        ],
      }),
      { from: '2027-03-01', to: '2027-03-01' },
    )
    expect(startsOf(occurrences)).toEqual(['2027-03-01T09:00:00+01:00', '2027-03-01T08:30:00-05:00'])
  })
})

describe('nextNewsletterOccurrences', () => {
  const twiceAMonth = cadence('FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0;BYSECOND=0', { time: null })
  const august: CalendarDeadPeriod = { end: '2027-08-31', name: 'Août', policy: 'pause', start: '2027-08-01' }

  it('should skip the sends of a paused period', () => {
    const next = nextNewsletterOccurrences(calendarWith({ cadences: [twiceAMonth], deadPeriods: [august] }), {
      after: new Date('2027-07-20T00:00:00.000Z'),
      count: 3,
    })
    expect(startsOf(next)).toEqual(['2027-09-01T09:00:00+02:00', '2027-09-15T09:00:00+02:00', '2027-10-01T09:00:00+02:00'])
  })

  it('should leave out a send at the very instant given', () => {
    const next = nextNewsletterOccurrences(calendarWith({ cadences: [twiceAMonth] }), {
      after: new Date('2027-09-01T07:00:00.000Z'),
      count: 1,
    })
    expect(startsOf(next)).toEqual(['2027-09-15T09:00:00+02:00'])
  })

  it('should include a send later on the day given', () => {
    const next = nextNewsletterOccurrences(calendarWith({ cadences: [twiceAMonth] }), {
      after: new Date('2027-09-01T06:59:59.000Z'),
      count: 1,
    })
    expect(startsOf(next)).toEqual(['2027-09-01T09:00:00+02:00'])
  })

  it('should follow only newsletters', () => {
    const next = nextNewsletterOccurrences(
      calendarWith({
        cadences: [cadence('FREQ=DAILY', { id: 'notif', kind: 'notification' }), cadence('FREQ=WEEKLY;BYDAY=FR', { id: 'news' })],
      }),
      { after: new Date('2027-03-01T00:00:00.000Z'), count: 2 },
    )
    expect(next.map(({ kind, start }) => [kind, start])).toEqual([
      ['newsletter', '2027-03-05T09:00:00+01:00'],
      ['newsletter', '2027-03-12T09:00:00+01:00'],
    ])
  })

  it('should keep the one send of a lightened period', () => {
    const bridges: CalendarDeadPeriod = { end: '2027-05-17', name: 'Ponts', policy: 'lighten', start: '2027-05-01' }
    const next = nextNewsletterOccurrences(calendarWith({ cadences: [cadence('FREQ=WEEKLY;BYDAY=TH')], deadPeriods: [bridges] }), {
      after: new Date('2027-05-01T00:00:00.000Z'),
      count: 2,
    })
    expect(startsOf(next)).toEqual(['2027-05-13T09:00:00+02:00', '2027-05-20T09:00:00+02:00'])
  })

  it('should give the earliest send first when newsletters have different zones', () => {
    const next = nextNewsletterOccurrences(
      calendarWith({
        cadences: [
          cadence('FREQ=DAILY', { id: 'ny', time: '08:30', timeZone: 'America/New_York' }),
          cadence('FREQ=DAILY', { id: 'paris' }),
        ],
      }),
      { after: new Date('2027-03-01T00:00:00.000Z'), count: 1 },
    )
    expect(startsOf(next)).toEqual(['2027-03-01T09:00:00+01:00'])
  })

  it('should give nothing when the only send is cancelled', () => {
    const once = cadence('FREQ=DAILY;COUNT=1', { startsOn: '2027-08-10' })
    expect(nextNewsletterOccurrences(calendarWith({ cadences: [once], deadPeriods: [august] }), { after: new Date('2027-08-01T00:00:00Z') })).toEqual([])
  })
})
