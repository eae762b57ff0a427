import { describe, expect, it } from 'vitest'

import type { CalendarCadence, CalendarData } from '../../src/calendar/types.ts'

import { addDays, daysBetween, weekdayOf } from '../../src/calendar/days.ts'
import { expandCalendar } from '../../src/calendar/expandCalendar.ts'
import { CalendarTooLongError, createExpansionBudget } from '../../src/calendar/expansionBudget.ts'
import { nextNewsletterOccurrences } from '../../src/calendar/nextNewsletterOccurrences.ts'

const cadence = (rrule: string, startsOn: string, extra: Partial<CalendarCadence> = {}): CalendarCadence => ({
  id: 'c1',
  kind: 'newsletter',
  label: 'Newsletter',
  rrule,
  startsOn,
  time: '09:00',
  ...extra,
})

const calendarOf = (...cadences: CalendarCadence[]): CalendarData => ({ cadences, timeZone: 'Europe/Paris' })

const startsOver = (calendar: CalendarData, from: string, to: string, budget = createExpansionBudget()) =>
  expandCalendar(calendar, { budget, from, to }).map((occurrence) => occurrence.start)

const tuesdaysOf = (from: string, to: string) => {
  const days: string[] = []
  for (let day = addDays(from, (8 - weekdayOf(from)) % 7); day <= to; day = addDays(day, 7)) days.push(day)
  return days
}

const everyMinute = 'FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;' +
  `BYMINUTE=${Array.from({ length: 60 }, (_, minute) => minute).join(',')}`

describe('expansion far from the cadence’s start', () => {
  it('should give every Tuesday of a range in the year 5000', () => {
    const starts = startsOver(calendarOf(cadence('FREQ=WEEKLY;BYDAY=TU', '2026-01-01')), '5000-01-01', '5001-12-31')
    expect(starts.map((start) => start.slice(0, 10))).toEqual(tuesdaysOf('5000-01-01', '5001-12-31'))
  })

  it('should visit about as many occurrences as the range holds for a range in the year 5000', () => {
    const budget = createExpansionBudget()
    startsOver(calendarOf(cadence('FREQ=WEEKLY;BYDAY=TU', '2026-01-01')), '5000-01-01', '5001-12-31', budget)
    expect(budget.steps).toBeGreaterThan(100)
    expect(budget.steps).toBeLessThanOrEqual(110)
  })

  it('should expand a fortnightly cadence starting in year 1 as one starting a whole number of fortnights before 2026', () => {
    const start = '0001-01-02'
    const near = addDays(start, 14 * Math.floor(daysBetween(start, '2025-12-01') / 14))
    const rule = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'
    expect(startsOver(calendarOf(cadence(rule, start)), '2026-01-01', '2026-12-31')).toEqual(
      startsOver(calendarOf(cadence(rule, near)), '2026-01-01', '2026-12-31'),
    )
  })

  it('should visit only the occurrences near 2026 for a cadence starting in year 0026', () => {
    const budget = createExpansionBudget()
    startsOver(calendarOf(cadence('FREQ=MONTHLY;BYMONTHDAY=1,15', '0026-01-01')), '2026-01-01', '2026-12-31', budget)
    expect(budget.steps).toBeLessThanOrEqual(30)
  })

  it('should find the next newsletters of a cadence starting in year 1', () => {
    const calendar = calendarOf(cadence('FREQ=MONTHLY;BYMONTHDAY=31', '0001-01-31'))
    expect(nextNewsletterOccurrences(calendar, { after: new Date('2026-02-01T00:00:00Z') }).map((o) => o.start)).toEqual([
      '2026-03-31T09:00:00+02:00',
      '2026-05-31T09:00:00+02:00',
      '2026-07-31T09:00:00+02:00',
    ])
  })

  it('should stop a rule with COUNT at its last occurrence, however far the range', () => {
    const budget = createExpansionBudget()
    const starts = startsOver(calendarOf(cadence('FREQ=WEEKLY;COUNT=10', '2026-01-05')), '2090-01-01', '2090-12-31', budget)
    expect({ starts, steps: budget.steps }).toEqual({ starts: [], steps: 10 })
  })
})

describe('the expansion guard', () => {
  it('should refuse a rule with more occurrences than an expansion may visit, naming the cadence', () => {
    const calendar = calendarOf(cadence('FREQ=WEEKLY;BYDAY=MO', '2026-01-01', { label: 'Lundi' }), cadence(everyMinute, '2026-01-01', { label: 'Chaque minute' }))
    expect(() => startsOver(calendar, '2026-01-01', '2026-03-31')).toThrow(
      expect.objectContaining({ code: 'calendarTooLong', label: 'Chaque minute', path: 'cadences.1.rrule' }),
    )
  })

  it('should refuse a rule with COUNT whose start lies too many of its periods before the range', () => {
    const calendar = calendarOf(cadence('FREQ=DAILY;COUNT=3;BYMONTH=2;BYMONTHDAY=29', '0001-01-01'))
    expect(() => startsOver(calendar, '2026-01-01', '2026-12-31')).toThrow(CalendarTooLongError)
  })
})
