import { describe, expect, it } from 'vitest'

import type { CalendarData, Occurrence } from '../../src/calendar/types.ts'

import { expandCalendar } from '../../src/calendar/expandCalendar.ts'
import {
  addMonths,
  gridRange,
  isMonthInWindow,
  laneCells,
  layoutMonth,
  localDayAndTime,
  monthWeeks,
  parseMonth,
  type PhaseBand,
} from '../../src/components/CalendarView/monthGrid.ts'

const paris = 'Europe/Paris'

/** The demo's calendar, reduced to what the month view shows. */
const calendar: CalendarData = {
  cadences: [
    {
      id: 'newsletter',
      kind: 'newsletter',
      label: 'Newsletter des ambassadeurs',
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0;BYSECOND=0',
      startsOn: '2026-09-01',
    },
    {
      id: 'training',
      kind: 'training',
      label: 'Formation mensuelle',
      rrule: 'FREQ=MONTHLY;BYDAY=1TH;BYHOUR=12;BYMINUTE=30;BYSECOND=0',
      startsOn: '2026-09-01',
    },
  ],
  deadPeriods: [{ end: '2027-08-31T12:00:00.000Z', id: 'august', name: 'Vacances d’août', policy: 'pause', start: '2027-08-01T12:00:00.000Z' }],
  phases: [
    { end: '2027-08-20T12:00:00.000Z', id: 'beta', kind: 'beta', name: 'Bêta', start: '2027-08-04T12:00:00.000Z', targetSize: 20 },
    { id: 'continuous', kind: 'continuous', name: 'Recrutement continu', start: '2027-08-11T12:00:00.000Z' },
  ],
  plannedSlots: [
    { date: '2027-09-08T07:00:00.000Z', end: '2027-09-08T08:30:00.000Z', id: 'slot', kind: 'content', title: 'Rentrée' },
  ],
  timeZone: paris,
}

const layoutOf = (month: string, today = '2026-11-29') => {
  const { from, to } = gridRange(month)
  return layoutMonth({ month, occurrences: expandCalendar(calendar, { from, to }), timeZone: paris, today })
}

const dayCell = (month: string, day: string) =>
  layoutOf(month)
    .weeks.flatMap((week) => week.days)
    .find((cell) => cell.day === day)!

const itemsOn = (month: string, day: string) =>
  dayCell(month, day).items.map(({ occurrence, time }) => ({ label: occurrence.label, status: occurrence.status, time }))

const band = (startColumn: number, span: number): PhaseBand => ({
  continuesAfter: false,
  continuesBefore: false,
  isFirstVisible: true,
  occurrence: { allDay: true, id: `phase:${startColumn}`, label: 'Phase', start: '2027-08-02', status: 'scheduled', type: 'phase' },
  span,
  startColumn,
})

describe('the month grid', () => {
  it('should show only the months from 2000-01 to 2100-12', () => {
    expect(['1999-12', '2000-01', '2100-12', '2101-01', '7000-01', '0026-03'].map(isMonthInWindow)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ])
  })

  it('should read a month parameter written YYYY-MM and nothing else', () => {
    expect(['2027-08', '2027-13', '2027-8', 'août', undefined, ['2027-09']].map(parseMonth)).toEqual([
      '2027-08',
      undefined,
      undefined,
      undefined,
      undefined,
      '2027-09',
    ])
  })

  it('should step months across a year', () => {
    expect([addMonths('2027-12', 1), addMonths('2027-01', -1), addMonths('2027-08', 13)]).toEqual([
      '2028-01',
      '2026-12',
      '2028-09',
    ])
  })

  it('should lay August 2027 out in six weeks from Monday 26 July to Sunday 5 September', () => {
    const weeks = monthWeeks('2027-08')
    expect([weeks.length, weeks[0]![0], weeks[5]![6], weeks.every((week) => week.length === 7)]).toEqual([
      6,
      '2027-07-26',
      '2027-09-05',
      true,
    ])
  })

  it('should lay February 2027 out in exactly four weeks', () => {
    expect(gridRange('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' })
  })

  it('should mark the days outside the month and today', () => {
    const layout = layoutOf('2027-08', '2027-08-16')
    const days = layout.weeks.flatMap((week) => week.days)
    expect({
      outside: days.filter((day) => !day.inMonth).map((day) => day.day),
      today: days.filter((day) => day.isToday).map((day) => day.day),
    }).toEqual({
      outside: ['2027-07-26', '2027-07-27', '2027-07-28', '2027-07-29', '2027-07-30', '2027-07-31', '2027-09-01', '2027-09-02', '2027-09-03', '2027-09-04', '2027-09-05'],
      today: ['2027-08-16'],
    })
  })

  it('should shade every day of August 2027 with the dead period and name it on its first day only', () => {
    const days = layoutOf('2027-08')
      .weeks.flatMap((week) => week.days)
      .filter((day) => day.inMonth)
    expect({
      named: days.filter((day) => day.deadPeriods.some((mark) => mark.isFirstVisibleDay)).map((day) => day.day),
      shaded: days.filter((day) => day.deadPeriods[0]?.occurrence.label === 'Vacances d’août').length,
    }).toEqual({ named: ['2027-08-01'], shaded: 31 })
  })

  it('should name a dead period begun before the grid on the grid’s first day', () => {
    expect(
      layoutOf('2027-09')
        .weeks[0]!.days.filter((day) => day.deadPeriods.some((mark) => mark.isFirstVisibleDay))
        .map((day) => day.day),
    ).toEqual(['2027-08-30'])
  })

  it('should put the newsletter of 1 August 2027 on its day at 09:00, cancelled by the pause', () => {
    expect(itemsOn('2027-08', '2027-08-01')).toEqual([
      { label: 'Newsletter des ambassadeurs', status: 'cancelled', time: '09:00' },
    ])
  })

  it('should put the newsletters of 1 and 15 September 2027 on their days, scheduled', () => {
    expect([itemsOn('2027-09', '2027-09-01'), itemsOn('2027-09', '2027-09-15')]).toEqual([
      [{ label: 'Newsletter des ambassadeurs', status: 'scheduled', time: '09:00' }],
      [{ label: 'Newsletter des ambassadeurs', status: 'scheduled', time: '09:00' }],
    ])
  })

  it('should propose the relaunch after the August pause on the third working day after it', () => {
    // 31 August 2027 + 3 working days: Friday 3 September, the day after the training (first Thursday).
    expect(dayCell('2027-09', '2027-09-03').items.map(({ occurrence }) => [occurrence.type, occurrence.status])).toEqual([
      ['relaunch', 'proposed'],
    ])
  })

  it('should sort a day’s items relaunch first, then by time, keeping an end time on the same day', () => {
    const timed = (label: string, start: string, end?: string): Occurrence => ({
      allDay: false,
      id: label,
      label,
      start,
      status: 'scheduled',
      type: 'slot',
      ...(end ? { end } : {}),
    })
    const layout = layoutMonth({
      month: '2027-09',
      occurrences: [
        timed('late', '2027-09-08T14:00:00+02:00', '2027-09-09T10:00:00+02:00'),
        timed('early', '2027-09-08T09:00:00+02:00', '2027-09-08T10:30:00+02:00'),
        { allDay: true, id: 'relaunch', label: 'relaunch', start: '2027-09-08', status: 'proposed', type: 'relaunch' },
      ],
      timeZone: paris,
      today: '2027-09-01',
    })
    const items = layout.weeks.flatMap((week) => week.days).find((day) => day.day === '2027-09-08')!.items
    expect(items.map(({ endTime, occurrence, time }) => [occurrence.label, time, endTime])).toEqual([
      ['relaunch', undefined, undefined],
      ['early', '09:00', '10:30'],
      ['late', '14:00', undefined],
    ])
  })

  it('should place a timed item on its day in the calendar’s time zone, not in UTC', () => {
    expect(localDayAndTime('2027-09-07T23:30:00Z', paris)).toEqual({ day: '2027-09-08', time: '01:30' })
  })

  it('should draw a phase as one band per week it covers, its warnings on the first band only', () => {
    const bands = layoutOf('2027-08').weeks.map((week) =>
      week.phaseLanes.flat().filter((one) => one.occurrence.label === 'Bêta'),
    )
    expect(
      bands.map((week) => week.map(({ continuesAfter, continuesBefore, isFirstVisible, span, startColumn }) => ({
        continuesAfter,
        continuesBefore,
        isFirstVisible,
        span,
        startColumn,
      }))),
    ).toEqual([
      [],
      // Wednesday 4 to Sunday 8 August
      [{ continuesAfter: true, continuesBefore: false, isFirstVisible: true, span: 5, startColumn: 2 }],
      [{ continuesAfter: true, continuesBefore: true, isFirstVisible: false, span: 7, startColumn: 0 }],
      // Monday 16 to Friday 20 August
      [{ continuesAfter: false, continuesBefore: true, isFirstVisible: false, span: 5, startColumn: 0 }],
      [],
      [],
    ])
  })

  it('should carry the phase warnings computed by the expansion', () => {
    const beta = layoutOf('2027-08').weeks[1]!.phaseLanes.flat().find((one) => one.occurrence.label === 'Bêta')!
    expect(beta.occurrence.warnings).toEqual([
      { code: 'targetSizeOutside', max: 10, min: 5, unit: 'people', value: 20 },
    ])
  })

  it('should run an open-ended phase to the grid’s last day', () => {
    const lastWeek = layoutOf('2027-08').weeks[5]!.phaseLanes.flat()
    expect(lastWeek.map(({ continuesAfter, occurrence, span }) => [occurrence.label, span, continuesAfter])).toEqual([
      ['Recrutement continu', 7, true],
    ])
  })

  it('should put overlapping phases in separate lanes', () => {
    const lanes = layoutOf('2027-08').weeks[2]!.phaseLanes
    expect(lanes.map((lane) => lane.map((one) => one.occurrence.label))).toEqual([['Bêta'], ['Recrutement continu']])
  })

  it('should turn a lane into table cells whose spans add up to seven columns', () => {
    expect(laneCells([band(1, 2), band(4, 2)]).map((cell) => [cell.kind, cell.column, cell.span])).toEqual([
      ['gap', 0, 1],
      ['band', 1, 2],
      ['gap', 3, 1],
      ['band', 4, 2],
      ['gap', 6, 1],
    ])
  })
})
