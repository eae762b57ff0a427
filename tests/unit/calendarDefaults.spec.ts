import { describe, expect, it } from 'vitest'

import { addDays, daysBetween, isIsoDay, storedDay, weekdayOf } from '../../src/calendar/days.ts'
import { defaultDeadPeriods, mayBridges } from '../../src/calendar/defaultDeadPeriods.ts'
import { phaseWarnings } from '../../src/calendar/phaseWarnings.ts'
import { addWorkingDaysToDay, isWorkingDayString } from '../../src/calendar/workingDays.ts'

describe('mayBridges', () => {
  it('should span 1 May to Whit Monday 17 May in 2027', () => {
    // 1 and 8 May are Saturdays, Ascension is Thursday 6 May (bridged to Friday 7), Whit Monday 17 May.
    expect(mayBridges(2027, 'FR')).toEqual({ end: '2027-05-17', start: '2027-05-01' })
  })

  it('should span 1 May to Whit Monday 25 May in 2026', () => {
    expect(mayBridges(2026, 'FR')).toEqual({ end: '2026-05-25', start: '2026-05-01' })
  })

  it('should reach Whit Monday 9 June in 2025', () => {
    // Easter on 20 April 2025: Ascension 29 May, Whit Monday 9 June.
    expect(mayBridges(2025, 'FR')).toEqual({ end: '2025-06-09', start: '2025-05-01' })
  })

  it('should start on the Monday before a Tuesday 1 May', () => {
    // 1 May 2029 is a Tuesday; Whit Monday is 21 May.
    expect(mayBridges(2029, 'FR')).toEqual({ end: '2029-05-21', start: '2029-04-30' })
  })

  it('should end on the Friday after a Thursday Ascension when Whit Monday is no public holiday', () => {
    // Sweden: 1 May and Ascension (Thursday 6 May 2027) are public holidays, Whit Monday no longer is.
    expect(mayBridges(2027, 'SE')).toEqual({ end: '2027-05-07', start: '2027-05-01' })
  })

  it('should find nothing for a country without these holidays', () => {
    expect(mayBridges(2027, 'US')).toBeUndefined()
  })
})

describe('defaultDeadPeriods', () => {
  it('should give the August, year-end and next May periods in June 2026, sorted', () => {
    expect(defaultDeadPeriods({ country: 'FR', language: 'fr', today: '2026-06-10' })).toEqual([
      { end: '2026-08-31', name: 'Vacances d’août', policy: 'pause', start: '2026-08-01' },
      { end: '2027-01-03', name: 'Trêve des fêtes de fin d’année', policy: 'pause', start: '2026-12-20' },
      { end: '2027-05-17', name: 'Ponts de mai', policy: 'lighten', start: '2027-05-01' },
    ])
  })

  it('should keep the year end under way on 2 January', () => {
    expect(defaultDeadPeriods({ country: 'FR', language: 'en', today: '2027-01-02' })).toEqual([
      { end: '2027-01-03', name: 'Year-end holidays', policy: 'pause', start: '2026-12-20' },
      { end: '2027-05-17', name: 'May bank-holiday bridges', policy: 'lighten', start: '2027-05-01' },
      { end: '2027-08-31', name: 'August holidays', policy: 'pause', start: '2027-08-01' },
    ])
  })

  it('should move to the next year end after 3 January', () => {
    expect(defaultDeadPeriods({ country: 'FR', language: 'en', today: '2027-01-04' })[2]).toEqual({
      end: '2028-01-03',
      name: 'Year-end holidays',
      policy: 'pause',
      start: '2027-12-20',
    })
  })

  it('should keep the May bridges under way on 10 May', () => {
    expect(defaultDeadPeriods({ country: 'FR', language: 'en', today: '2027-05-10' })[0]).toEqual({
      end: '2027-05-17',
      name: 'May bank-holiday bridges',
      policy: 'lighten',
      start: '2027-05-01',
    })
  })

  it('should give next year’s May bridges once this year’s are over', () => {
    // Easter on 16 April 2028: Ascension 25 May, Whit Monday 5 June.
    expect(defaultDeadPeriods({ country: 'FR', language: 'en', today: '2027-05-18' })).toContainEqual({
      end: '2028-06-05',
      name: 'May bank-holiday bridges',
      policy: 'lighten',
      start: '2028-05-01',
    })
  })

  it('should keep August under way on 31 August and move to next year on 1 September', () => {
    expect([
      defaultDeadPeriods({ country: 'FR', language: 'en', today: '2027-08-31' })[0]?.start,
      defaultDeadPeriods({ country: 'FR', language: 'en', today: '2027-09-01' }).map((period) => period.start),
    ]).toEqual(['2027-08-01', ['2027-12-20', '2028-05-01', '2028-08-01']])
  })

  it('should give only August and the year end for a country without May holidays', () => {
    expect(defaultDeadPeriods({ country: 'US', language: 'en', today: '2027-02-01' }).map((period) => period.name)).toEqual([
      'August holidays',
      'Year-end holidays',
    ])
  })
})

describe('phaseWarnings', () => {
  it('should warn about a beta phase too small, with too many ambassadors and too short', () => {
    // 4 to 16 January: 13 days, 1.9 weeks.
    expect(
      phaseWarnings({ ambassadorCount: 11, endDay: '2027-01-16', kind: 'beta', startDay: '2027-01-04', targetSize: 4 }),
    ).toEqual([
      { code: 'targetSizeOutside', max: 10, min: 5, unit: 'people', value: 4 },
      { code: 'cohortOutside', max: 10, min: 5, unit: 'people', value: 11 },
      { code: 'durationOutside', max: 6, min: 2, unit: 'weeks', value: 1.9 },
    ])
  })

  it('should accept a beta phase at both ends of its ranges', () => {
    // 4 to 17 January is two weeks; 4 January to 14 February six.
    expect([
      phaseWarnings({ ambassadorCount: 5, endDay: '2027-01-17', kind: 'beta', startDay: '2027-01-04', targetSize: 10 }),
      phaseWarnings({ ambassadorCount: 10, endDay: '2027-02-14', kind: 'beta', startDay: '2027-01-04', targetSize: 5 }),
    ]).toEqual([[], []])
  })

  it('should warn about a beta phase one day longer than six weeks', () => {
    // 43 days: 6.1 weeks.
    expect(phaseWarnings({ endDay: '2027-02-15', kind: 'beta', startDay: '2027-01-04' })).toEqual([
      { code: 'durationOutside', max: 6, min: 2, unit: 'weeks', value: 6.1 },
    ])
  })

  it('should accept a primo phase of six months and 30 people', () => {
    // 1 January to 30 June: 181 days, 25.9 weeks.
    expect(phaseWarnings({ endDay: '2027-06-30', kind: 'primo', startDay: '2027-01-01', targetSize: 30 })).toEqual([])
  })

  it('should warn about a primo phase of seven months and 120 people', () => {
    // 1 January to 31 July: 212 days, 30.3 weeks.
    expect(phaseWarnings({ endDay: '2027-07-31', kind: 'primo', startDay: '2027-01-01', targetSize: 120 })).toEqual([
      { code: 'targetSizeOutside', max: 100, min: 30, unit: 'people', value: 120 },
      { code: 'durationOutside', max: 26, min: 13, unit: 'weeks', value: 30.3 },
    ])
  })

  it('should warn about a primo phase of two months', () => {
    // 1 January to 28 February: 59 days, 8.4 weeks.
    expect(phaseWarnings({ endDay: '2027-02-28', kind: 'primo', startDay: '2027-01-01' })).toEqual([
      { code: 'durationOutside', max: 26, min: 13, unit: 'weeks', value: 8.4 },
    ])
  })

  it('should not judge the length of an open-ended phase', () => {
    expect(phaseWarnings({ kind: 'beta', startDay: '2027-01-04', targetSize: 7 })).toEqual([])
  })

  it('should not judge a continuous phase', () => {
    expect(phaseWarnings({ ambassadorCount: 400, endDay: '2030-12-31', kind: 'continuous', startDay: '2027-01-01', targetSize: 1 })).toEqual(
      [],
    )
  })
})

describe('working days', () => {
  it.each([
    ['2027-05-06', 'FR', false],
    ['2027-05-06', 'US', true],
    ['2027-05-07', 'FR', true],
    ['2027-05-08', 'FR', false],
    ['2027-07-14', 'FR', false],
    ['2025-12-26', 'FR', true],
    ['2025-12-26', 'FR-67', false],
  ] as const)('should say whether %s is a working day in %s (%s)', (day, country, working) => {
    expect(isWorkingDayString(day, country)).toBe(working)
  })

  it('should skip Ascension and the weekend when counting three working days from 4 May 2027', () => {
    expect(addWorkingDaysToDay('2027-05-04', 3, 'FR')).toBe('2027-05-10')
  })

  it('should skip Christmas and New Year’s Day across the year', () => {
    // Thursday 24 December 2026: [25 Christmas], [weekend], 28, 29, 30, 31, [1 January], [weekend], 4 January.
    expect(addWorkingDaysToDay('2026-12-24', 5, 'FR')).toBe('2027-01-04')
  })

  it('should stay on the day for no working days', () => {
    expect(addWorkingDaysToDay('2027-05-08', 0, 'FR')).toBe('2027-05-08')
  })
})

describe('days', () => {
  it('should read a stored date as its UTC day', () => {
    expect([storedDay('2027-03-01T12:00:00.000Z'), storedDay('2027-03-01'), storedDay(new Date(Date.UTC(2027, 2, 1, 23, 59)))]).toEqual([
      '2027-03-01',
      '2027-03-01',
      '2027-03-01',
    ])
  })

  it('should add days across month ends and leap days', () => {
    expect([addDays('2028-02-28', 1), addDays('2027-02-28', 1), addDays('2027-01-01', -1), addDays('2027-03-27', 2)]).toEqual([
      '2028-02-29',
      '2027-03-01',
      '2026-12-31',
      '2027-03-29',
    ])
  })

  it('should count whole days between two days', () => {
    expect([daysBetween('2027-01-01', '2028-01-01'), daysBetween('2028-01-01', '2029-01-01'), daysBetween('2027-03-29', '2027-03-27')]).toEqual([
      365, 366, -2,
    ])
  })

  it('should number weekdays from Monday', () => {
    // 4 January 2027 is a Monday, 10 January a Sunday.
    expect([weekdayOf('2027-01-04'), weekdayOf('2027-01-07'), weekdayOf('2027-01-10')]).toEqual([0, 3, 6])
  })

  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-02-30', false],
    ['2027-13-01', false],
    ['2027-1-01', false],
    ['2027-12-31', true],
  ] as const)('should say whether %s is a real day (%s)', (value, real) => {
    expect(isIsoDay(value)).toBe(real)
  })
})
