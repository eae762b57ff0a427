import { describe, expect, it } from 'vitest'

import { expandCalendar } from '../../src/calendar/expandCalendar.ts'
import { ruleEverHappens } from '../../src/calendar/ruleEverHappens.ts'
import { type Recurrence, recurrenceFromRule, ruleFromRecurrence } from '../../src/calendar/recurrence.ts'
import { parseRuleSyntax, type RuleParts } from '../../src/calendar/ruleSyntax.ts'

const partsOf = (rule: string): RuleParts => {
  const syntax = parseRuleSyntax(rule)
  expect(syntax.ok).toBe(true)
  return (syntax as { parts: RuleParts }).parts
}

describe('parseRuleSyntax refusals', () => {
  it.each([
    ['FREQ=WEEKLY;INTERVAL=0', { code: 'outOfRange', max: 9999, min: 1, part: 'INTERVAL', value: '0' }],
    ['FREQ=WEEKLY;INTERVAL=-5', { code: 'outOfRange', max: 9999, min: 1, part: 'INTERVAL', value: '-5' }],
    ['FREQ=DAILY;COUNT=0', { code: 'outOfRange', max: 9999, min: 1, part: 'COUNT', value: '0' }],
    ['FREQ=YEARLY;BYMONTH=13', { code: 'outOfRange', max: 12, min: 1, part: 'BYMONTH', value: '13' }],
    ['FREQ=YEARLY;BYMONTH=0', { code: 'outOfRange', max: 12, min: 1, part: 'BYMONTH', value: '0' }],
    ['FREQ=MONTHLY;BYMONTHDAY=40', { code: 'outOfRange', max: 31, min: -31, part: 'BYMONTHDAY', value: '40' }],
    ['FREQ=MONTHLY;BYMONTHDAY=0', { code: 'outOfRange', max: 31, min: -31, part: 'BYMONTHDAY', value: '0' }],
    ['FREQ=MONTHLY;BYMONTHDAY=1,-32', { code: 'outOfRange', max: 31, min: -31, part: 'BYMONTHDAY', value: '-32' }],
    ['FREQ=DAILY;BYHOUR=24', { code: 'outOfRange', max: 23, min: 0, part: 'BYHOUR', value: '24' }],
    ['FREQ=DAILY;BYHOUR=-1', { code: 'outOfRange', max: 23, min: 0, part: 'BYHOUR', value: '-1' }],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0', { code: 'outOfRange', max: 366, min: -366, part: 'BYSETPOS', value: '0' }],
  ])('should refuse %s as out of range', (rule, problem) => {
    expect(parseRuleSyntax(rule)).toEqual({ ok: false, problem })
  })

  it('should refuse UNTIL together with COUNT', () => {
    expect(parseRuleSyntax('FREQ=WEEKLY;COUNT=5;UNTIL=20271231')).toEqual({ ok: false, problem: { code: 'untilWithCount' } })
  })

  it('should refuse an unknown time zone, keeping it as written', () => {
    expect(parseRuleSyntax('FREQ=WEEKLY;TZID=Mars/Olympus_Mons')).toEqual({
      ok: false,
      problem: { code: 'timeZoneUnknown', value: 'Mars/Olympus_Mons' },
    })
  })

  it('should refuse an unknown week start', () => {
    expect(parseRuleSyntax('FREQ=WEEKLY;WKST=XY')).toEqual({
      ok: false,
      problem: { code: 'weekdayInvalid', part: 'WKST', value: 'XY' },
    })
  })

  it.each(['FREQ=WEEKLY;BYDAY=MO\nFREQ=MONTHLY;BYMONTHDAY=1', 'RRULE:FREQ=DAILY\r\nRRULE:FREQ=WEEKLY'])(
    'should refuse two rules on two lines (%j)',
    (rule) => {
      expect(parseRuleSyntax(rule)).toEqual({ ok: false, problem: { code: 'severalLines' } })
    },
  )

  it.each(['20270230', '20270229', '20271301', '20271231T240000Z', '2027-12-31'])(
    'should refuse the impossible UNTIL %s',
    (until) => {
      expect(parseRuleSyntax(`FREQ=DAILY;UNTIL=${until}`)).toEqual({
        ok: false,
        problem: { code: 'untilInvalid', value: until },
      })
    },
  )

  it('should refuse an unknown part, naming it', () => {
    expect(parseRuleSyntax('FREQ=WEEKLY;BYEASTER=1')).toEqual({ ok: false, problem: { code: 'unknownPart', part: 'BYEASTER' } })
  })

  it('should refuse a part written twice, even in another case', () => {
    expect(parseRuleSyntax('FREQ=WEEKLY;BYDAY=MO;byday=TU')).toEqual({
      ok: false,
      problem: { code: 'duplicatePart', part: 'BYDAY' },
    })
  })

  it('should refuse a rule without FREQ', () => {
    expect(parseRuleSyntax('BYDAY=MO;INTERVAL=2')).toEqual({ ok: false, problem: { code: 'freqMissing' } })
  })

  it.each(['FREQ=HOURLY', 'FREQ=MINUTELY;INTERVAL=30', 'RRULE:FREQ=SECONDLY'])('should refuse %s as too frequent', (rule) => {
    expect(parseRuleSyntax(rule)).toEqual({ ok: false, problem: { code: 'tooFrequent' } })
  })

  it('should refuse a FREQ the RFC does not know', () => {
    expect(parseRuleSyntax('FREQ=FORTNIGHTLY')).toEqual({ ok: false, problem: { code: 'syntax', value: 'FREQ=FORTNIGHTLY' } })
  })

  it.each(['1MO', '-1FR', '2TH,TU'])('should refuse the ordinal BYDAY %s in a weekly rule', (byDay) => {
    expect(parseRuleSyntax(`FREQ=WEEKLY;BYDAY=${byDay}`)).toEqual({
      ok: false,
      problem: { code: 'byDayInvalid', value: byDay },
    })
  })

  it('should refuse a zeroth weekday in a monthly rule', () => {
    expect(parseRuleSyntax('FREQ=MONTHLY;BYDAY=0MO')).toEqual({ ok: false, problem: { code: 'byDayInvalid', value: '0MO' } })
  })

  it('should refuse an empty part left by a trailing semicolon', () => {
    expect(parseRuleSyntax('FREQ=DAILY;')).toEqual({ ok: false, problem: { code: 'syntax', value: '' } })
  })
})

describe('parseRuleSyntax readings', () => {
  it('should read every part of a monthly rule with an RRULE prefix', () => {
    expect(parseRuleSyntax('RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR,2TH;BYHOUR=9;BYMINUTE=30;BYSECOND=0;COUNT=6')).toEqual({
      ok: true,
      parts: {
        byDay: [
          { n: -1, weekday: 'FR' },
          { n: 2, weekday: 'TH' },
        ],
        byHour: [9],
        byMinute: [30],
        bySecond: [0],
        count: 6,
        freq: 'MONTHLY',
        interval: 2,
      },
    })
  })

  it('should read lower-case names and values but keep the time zone as written', () => {
    expect(parseRuleSyntax(' freq=weekly;byday=mo,we;wkst=su;tzid=America/New_York ')).toEqual({
      ok: true,
      parts: {
        byDay: [
          { n: undefined, weekday: 'MO' },
          { n: undefined, weekday: 'WE' },
        ],
        freq: 'WEEKLY',
        tzid: 'America/New_York',
        wkst: 'SU',
      },
    })
  })

  it('should read a UTC UNTIL as a day, a time and a flag', () => {
    expect(partsOf('FREQ=DAILY;UNTIL=20271231T235959Z').until).toEqual({ day: '2027-12-31', time: '23:59:59', utc: true })
  })

  it('should read a floating UNTIL day on 29 February of a leap year', () => {
    expect(partsOf('FREQ=DAILY;UNTIL=20280229').until).toEqual({ day: '2028-02-29', time: undefined, utc: false })
  })

  it('should accept the last day of the month and signed set positions', () => {
    expect(partsOf('FREQ=MONTHLY;BYMONTHDAY=-1,31;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1')).toMatchObject({
      byMonthDay: [-1, 31],
      bySetPos: [-1],
    })
  })
})

describe('ruleEverHappens', () => {
  const jan1st2027 = Date.UTC(2027, 0, 1)

  it.each(['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'])(
    'should say 30 February never happens (%s)',
    (rule) => {
      expect(ruleEverHappens(partsOf(rule), jan1st2027)).toBe(false)
    },
  )

  it('should say 31 April or June never happens', () => {
    expect(ruleEverHappens(partsOf('FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31'), jan1st2027)).toBe(false)
  })

  it('should say 29 February happens (in 2028) from 2027', () => {
    expect(ruleEverHappens(partsOf('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29'), jan1st2027)).toBe(true)
  })

  it('should say 29 February every four years from an odd year never happens', () => {
    // 2027, 2031, 2035… are never leap years.
    expect(ruleEverHappens(partsOf('FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29'), jan1st2027)).toBe(false)
  })

  it('should say 29 February every four years from a leap year happens', () => {
    expect(ruleEverHappens(partsOf('FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29'), Date.UTC(2028, 0, 1))).toBe(true)
  })

  it('should say every seventh day on Tuesdays never happens from a Monday', () => {
    // 4 January 2027 is a Monday: every seventh day is a Monday.
    expect(ruleEverHappens(partsOf('FREQ=DAILY;INTERVAL=7;BYDAY=TU'), Date.UTC(2027, 0, 4))).toBe(false)
  })

  it('should say every seventh day on Tuesdays happens from a Tuesday', () => {
    expect(ruleEverHappens(partsOf('FREQ=DAILY;INTERVAL=7;BYDAY=TU'), Date.UTC(2027, 0, 5))).toBe(true)
  })

  it('should say a rule whose UNTIL comes before its start never happens', () => {
    expect(ruleEverHappens(partsOf('FREQ=WEEKLY;UNTIL=20261231'), jan1st2027)).toBe(false)
  })

  it('should count the whole UNTIL day, even when the start is later that day', () => {
    expect(ruleEverHappens(partsOf('FREQ=WEEKLY;UNTIL=20270101'), Date.UTC(2027, 0, 1, 9))).toBe(true)
  })

  it('should include an UNTIL date-time equal to the only occurrence', () => {
    expect(
      ruleEverHappens(partsOf('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;UNTIL=20280229T090000Z'), Date.UTC(2027, 0, 1, 9)),
    ).toBe(true)
  })

  it('should exclude an occurrence one second after the UNTIL date-time', () => {
    expect(
      ruleEverHappens(partsOf('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;UNTIL=20280229T085959Z'), Date.UTC(2027, 0, 1, 9)),
    ).toBe(false)
  })

  it('should say a fifth Friday happens (January 2027 has five)', () => {
    expect(ruleEverHappens(partsOf('FREQ=MONTHLY;BYDAY=5FR;COUNT=1'), jan1st2027)).toBe(true)
  })
})

describe('ruleFromRecurrence', () => {
  it('should write the month days sorted and without duplicates', () => {
    expect(ruleFromRecurrence({ monthDays: [15, 1, 15], repeats: 'month-days', time: '09:00' })).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0;BYSECOND=0',
    )
  })

  it('should write the weekdays in week order', () => {
    expect(ruleFromRecurrence({ repeats: 'weekly', time: '14:30', weekdays: ['FR', 'MO'] })).toBe(
      'FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=14;BYMINUTE=30;BYSECOND=0',
    )
  })

  it('should write the first Thursday of the month', () => {
    expect(ruleFromRecurrence({ ordinal: '1', repeats: 'monthly-weekday', time: '09:00', weekday: 'TH' })).toBe(
      'FREQ=MONTHLY;BYDAY=1TH;BYHOUR=9;BYMINUTE=0;BYSECOND=0',
    )
  })

  it('should write the first Thursday of the quarter in its first months', () => {
    expect(ruleFromRecurrence({ ordinal: '1', repeats: 'quarterly-weekday', time: '08:05', weekday: 'TH' })).toBe(
      'FREQ=YEARLY;BYMONTH=1,4,7,10;BYDAY=1TH;BYHOUR=8;BYMINUTE=5;BYSECOND=0',
    )
  })

  it('should write the last Friday of the quarter in its last months', () => {
    expect(ruleFromRecurrence({ ordinal: '-1', repeats: 'quarterly-weekday', time: '17:00', weekday: 'FR' })).toBe(
      'FREQ=YEARLY;BYMONTH=3,6,9,12;BYDAY=-1FR;BYHOUR=17;BYMINUTE=0;BYSECOND=0',
    )
  })

  it('should take 09:00 when the time is missing or malformed', () => {
    expect([
      ruleFromRecurrence({ repeats: 'weekly', weekdays: ['TU'] }),
      ruleFromRecurrence({ repeats: 'weekly', time: '9h', weekdays: ['TU'] }),
    ]).toEqual(['FREQ=WEEKLY;BYDAY=TU;BYHOUR=9;BYMINUTE=0;BYSECOND=0', 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=9;BYMINUTE=0;BYSECOND=0'])
  })

  it.each<Recurrence>([
    { repeats: 'custom', time: '09:00' },
    { monthDays: [], repeats: 'month-days' },
    { repeats: 'weekly', weekdays: [] },
    { ordinal: '1', repeats: 'monthly-weekday' },
    { repeats: 'quarterly-weekday', weekday: 'MO' },
  ])('should write no rule for an incomplete or custom choice %j', (recurrence) => {
    expect(ruleFromRecurrence(recurrence)).toBeUndefined()
  })
})

describe('recurrenceFromRule', () => {
  it.each<Recurrence>([
    { monthDays: [1, 15], repeats: 'month-days', time: '09:00' },
    { monthDays: [31], repeats: 'month-days', time: '23:59' },
    { repeats: 'weekly', time: '14:30', weekdays: ['MO', 'WE', 'FR'] },
    { ordinal: '1', repeats: 'monthly-weekday', time: '09:00', weekday: 'TH' },
    { ordinal: '-1', repeats: 'monthly-weekday', time: '12:15', weekday: 'FR' },
    { ordinal: '4', repeats: 'monthly-weekday', time: '00:00', weekday: 'SU' },
    { ordinal: '1', repeats: 'quarterly-weekday', time: '09:00', weekday: 'TH' },
    { ordinal: '2', repeats: 'quarterly-weekday', time: '10:00', weekday: 'TU' },
    { ordinal: '-1', repeats: 'quarterly-weekday', time: '17:00', weekday: 'FR' },
  ])('should give back the choice %j from its rule', (recurrence) => {
    expect(recurrenceFromRule(ruleFromRecurrence(recurrence)!)).toEqual(recurrence)
  })

  it('should read a hand-written weekly rule as the weekly choice', () => {
    expect(recurrenceFromRule('RRULE:FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=8;BYMINUTE=45')).toEqual({
      repeats: 'weekly',
      time: '08:45',
      weekdays: ['TU', 'TH'],
    })
  })

  it.each([
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;BYHOUR=9', '09:00'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=18;BYMINUTE=0', '18:00'],
    ['FREQ=MONTHLY;BYDAY=5FR;BYHOUR=9', '09:00'],
    ['FREQ=MONTHLY;BYDAY=1TH,3TH;BYHOUR=9', '09:00'],
    ['FREQ=YEARLY;BYMONTH=2,5,8,11;BYDAY=1TH;BYHOUR=9', '09:00'],
    ['FREQ=YEARLY;BYMONTH=3,6,9,12;BYDAY=1TH;BYHOUR=9', '09:00'],
    ['FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;COUNT=4', '09:00'],
    ['FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0;BYSECOND=30', null],
    ['FREQ=WEEKLY;BYDAY=MO;BYHOUR=9,17', null],
    ['FREQ=WEEKLY;BYDAY=MO', null],
  ])('should read %s as custom', (rule, time) => {
    expect(recurrenceFromRule(rule)).toEqual({ repeats: 'custom', time })
  })

  it('should read an invalid rule as custom without a time', () => {
    expect(recurrenceFromRule('FREQ=WEEKLY;INTERVAL=0;BYHOUR=9')).toEqual({ repeats: 'custom' })
  })
})

describe('the rules of the plain choices', () => {
  const startsOf = (rrule: string, from: string, to: string) =>
    expandCalendar(
      { cadences: [{ kind: 'training', label: 'Rule', rrule, startsOn: '2027-01-01' }], timeZone: 'Europe/Paris' },
      { from, to },
    ).map((occurrence) => occurrence.start)

  it('should put the first Thursday of the quarter on the first Thursday of January, April, July and October', () => {
    const rule = ruleFromRecurrence({ ordinal: '1', repeats: 'quarterly-weekday', time: '09:00', weekday: 'TH' })!
    expect(startsOf(rule, '2027-01-01', '2027-12-31')).toEqual([
      '2027-01-07T09:00:00+01:00',
      '2027-04-01T09:00:00+02:00',
      '2027-07-01T09:00:00+02:00',
      '2027-10-07T09:00:00+02:00',
    ])
  })

  it('should put the last Friday of the quarter on the last Friday of March, June, September and December', () => {
    const rule = ruleFromRecurrence({ ordinal: '-1', repeats: 'quarterly-weekday', time: '17:00', weekday: 'FR' })!
    expect(startsOf(rule, '2027-01-01', '2027-12-31')).toEqual([
      '2027-03-26T17:00:00+01:00',
      '2027-06-25T17:00:00+02:00',
      '2027-09-24T17:00:00+02:00',
      '2027-12-31T17:00:00+01:00',
    ])
  })

  it('should put the first Thursday of the month on each month’s first Thursday', () => {
    const rule = ruleFromRecurrence({ ordinal: '1', repeats: 'monthly-weekday', time: '09:00', weekday: 'TH' })!
    expect(startsOf(rule, '2027-01-01', '2027-03-31')).toEqual([
      '2027-01-07T09:00:00+01:00',
      '2027-02-04T09:00:00+01:00',
      '2027-03-04T09:00:00+01:00',
    ])
  })
})
