import { describe, expect, it } from 'vitest'

import type { RuleParts } from '../../src/calendar/ruleSyntax.ts'

import { CalendarTooLongError, createExpansionBudget } from '../../src/calendar/expansionBudget.ts'
import { rruleOptions } from '../../src/calendar/expandRule.ts'
import { ruleEverHappens } from '../../src/calendar/ruleEverHappens.ts'
import { RRule } from '../../src/calendar/rrule.ts'
import { parseRuleSyntax } from '../../src/calendar/ruleSyntax.ts'

const dayMs = 86_400_000
const gregorianCycleMs = 146_097 * dayMs

const partsOf = (rule: string): RuleParts => {
  const syntax = parseRuleSyntax(rule)
  expect(syntax.ok).toBe(true)
  return (syntax as { parts: RuleParts }).parts
}

/**
 * What rrule itself says: an occurrence within 30 years of the start, the rule asked a whole number of
 * 400-year cycles later, as close to the year 9999 as the start allows (rrule walks to 9999 when nothing
 * comes, so the starts below sit where that walk is short).
 */
const rruleSays = (parts: RuleParts, start: number): boolean => {
  const shift = Math.floor((Date.UTC(9969, 0, 1) - start) / gregorianCycleMs) * gregorianCycleMs
  const options = rruleOptions(parts, start + shift, 'UTC')
  if (options.until) options.until = new Date(options.until.getTime() + shift)
  const end = start + shift + 30 * 366 * dayMs
  return new RRule(options, true).between(new Date(start + shift), new Date(end), true, (_, index) => index < 1).length > 0
}

/** Enough for any rule below: what is compared here is the answer, not the work. */
const unbounded = () => createExpansionBudget({ maxMs: 60_000, maxSteps: 10_000_000 })

const filters = [
  '',
  'BYMONTH=2;BYMONTHDAY=30',
  'BYMONTH=2;BYMONTHDAY=29',
  'BYMONTH=4,6;BYMONTHDAY=31',
  'BYMONTHDAY=-1;BYDAY=FR',
  'BYMONTH=2;BYMONTHDAY=29;BYDAY=SU',
  'BYMONTHDAY=13;BYDAY=FR;BYMONTH=9',
  'BYYEARDAY=366',
  'BYYEARDAY=-366;BYMONTH=1',
  'BYYEARDAY=60;BYMONTH=3',
  'BYYEARDAY=1,-1;BYDAY=MO',
  'BYWEEKNO=53',
  'BYWEEKNO=53;BYMONTH=6',
  'BYWEEKNO=1;BYMONTH=12',
  'BYWEEKNO=-1;BYDAY=MO',
  'BYWEEKNO=53;BYDAY=SU;WKST=SU',
  'BYDAY=TU',
  'BYDAY=TU;BYHOUR=9,17;BYSETPOS=2',
  'BYDAY=MO,TU;BYHOUR=17,9;BYSETPOS=-3',
  'BYHOUR=9;BYSETPOS=2',
  'BYHOUR=9;BYSETPOS=-2',
  'BYDAY=5FR',
  'BYDAY=-1SU;BYMONTH=2',
  'BYDAY=53MO',
  'BYDAY=2TH;BYMONTHDAY=8,9,10,11,12,13,14;BYSETPOS=1',
  'UNTIL=20300101',
  'BYMONTH=2;BYMONTHDAY=29;UNTIL=21050301',
  'COUNT=1;BYMONTH=2;BYMONTHDAY=29',
]

/** Starts whose rrule check is quick (2368 is 9968 less whole cycles: rrule's walk to 9999 is short), and a few across 2100 (not leap). */
const quickStarts = ['2368-02-29T09:30', '2368-12-26T00:00', '2368-06-30T17:00']
const centuryStarts = ['2090-03-01T00:00', '2097-12-29T00:00']

const rulesFor = (starts: string[], intervals: number[]) =>
  ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].flatMap((freq) =>
    intervals.flatMap((interval) =>
      filters.flatMap((filter) => {
        const rule = [`FREQ=${freq}`, interval > 1 ? `INTERVAL=${interval}` : '', filter].filter(Boolean).join(';')
        const syntax = parseRuleSyntax(rule)
        return syntax.ok ? starts.map((start) => ({ parts: syntax.parts, rule, start: Date.parse(`${start}:00.000Z`) })) : []
      }),
    ),
  )

describe('ruleEverHappens against rrule', () => {
  it('should answer as rrule does for every rule near 2368', () => {
    const rules = rulesFor(quickStarts, [1, 2, 7])
    const disagreements = rules
      .filter(({ parts, start }) => ruleEverHappens(parts, start, unbounded()) !== rruleSays(parts, start))
      .map(({ rule, start }) => `${rule} from ${new Date(start).toISOString()}`)
    expect({ checked: rules.length > 700, disagreements }).toEqual({ checked: true, disagreements: [] })
  })

  it('should answer as rrule does across 2100, which is not a leap year', () => {
    const rules = rulesFor(centuryStarts, [1])
    const disagreements = rules
      .filter(({ parts, start }) => ruleEverHappens(parts, start, unbounded()) !== rruleSays(parts, start))
      .map(({ rule, start }) => `${rule} from ${new Date(start).toISOString()}`)
    expect(disagreements).toEqual([])
  })
})

describe('the work of ruleEverHappens', () => {
  const jan1st2027 = Date.UTC(2027, 0, 1)

  it('should walk 28 years of days for each of 50 daily rules that never happen', () => {
    const budget = createExpansionBudget()
    const answers = Array.from({ length: 50 }, () => ruleEverHappens(partsOf('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'), jan1st2027, budget))
    expect({ answers: new Set(answers), steps: budget.steps }).toEqual({ answers: new Set([false]), steps: 50 * 28 })
  })

  it('should find a monthly rule that happens within a few steps', () => {
    const budget = createExpansionBudget()
    expect([ruleEverHappens(partsOf('FREQ=MONTHLY;BYMONTHDAY=1,15'), jan1st2027, budget), budget.steps]).toEqual([true, 4])
  })

  it('should stop at the budget a rule that walks thirty years of misaligned days, naming the cadence', () => {
    const budget = createExpansionBudget({ maxSteps: 1000 })
    budget.enter({ label: 'Tous les sept jours', path: 'cadences.2.rrule' })
    // 4 January 2027 is a Monday: every seventh day is a Monday, every Tuesday is looked at and left.
    expect(() => ruleEverHappens(partsOf('FREQ=DAILY;INTERVAL=7;BYDAY=TU'), Date.UTC(2027, 0, 4), budget)).toThrow(
      expect.objectContaining({ label: 'Tous les sept jours', path: 'cadences.2.rrule' }),
    )
  })

  it('should say a weekly rule starting in year 1 happens', () => {
    expect(ruleEverHappens(partsOf('FREQ=WEEKLY'), new Date(0).setUTCFullYear(1, 0, 1))).toBe(true)
  })

  it('should say a rule whose UNTIL comes before its start never happens without walking', () => {
    const budget = createExpansionBudget()
    expect([ruleEverHappens(partsOf('FREQ=DAILY;UNTIL=20261231'), jan1st2027, budget), budget.steps]).toEqual([false, 0])
  })

  it('should throw CalendarTooLongError, not another error, past the budget', () => {
    const budget = createExpansionBudget({ maxSteps: 10 })
    expect(() => ruleEverHappens(partsOf('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'), jan1st2027, budget)).toThrow(CalendarTooLongError)
  })
})
