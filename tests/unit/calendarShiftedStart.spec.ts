import { describe, expect, it } from 'vitest'

import type { RuleParts } from '../../src/calendar/ruleSyntax.ts'

import { addDays } from '../../src/calendar/days.ts'
import { createExpansionBudget } from '../../src/calendar/expansionBudget.ts'
import { expandRuleWallTimes, rruleOptions } from '../../src/calendar/expandRule.ts'
import { RRule } from '../../src/calendar/rrule.ts'
import { parseRuleSyntax } from '../../src/calendar/ruleSyntax.ts'

/** A small deterministic generator (mulberry32), so every run checks the same rules. */
const randomFrom = (seed: number) => {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
/** Starts near month ends, on 29 February and on ordinary days. */
const starts = ['2000-02-29', '2003-01-31', '2008-02-29', '2011-03-30', '2015-12-31', '2017-06-15', '2019-08-31', '2021-02-28', '2023-11-30', '2024-02-29']

/**
 * A rule the validator accepts, built from the parts editors use, each combination chosen so that the rule
 * happens at least every few years (a rule that never happens makes rrule walk to the year 9999).
 */
const randomRule = (random: () => number): string => {
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!
  const some = <T,>(values: readonly T[], most: number): T[] =>
    [...new Set(Array.from({ length: 1 + Math.floor(random() * most) }, () => pick(values)))]
  const freq = pick(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const)
  const parts = [`FREQ=${freq}`]
  const interval = pick([1, 1, 2, 3, 4, 5, 7, 12])
  if (interval > 1) parts.push(`INTERVAL=${interval}`)
  const shape = pick(['none', 'monthDays', 'weekdays', 'nth', 'setPos', 'yearDays', 'weekNumbers'] as const)
  if (shape === 'monthDays' && !(freq === 'DAILY' && interval > 1)) {
    parts.push(`BYMONTHDAY=${[1, ...some([5, 13, 28, 29, 30, 31, -1], 3)].join(',')}`)
    if (random() < 0.4) parts.push(`BYMONTH=${some([1, 2, 3, 6, 8, 11, 12], 4).join(',')}`)
  } else if (shape === 'weekdays' && !(freq === 'DAILY' && interval > 1)) {
    parts.push(`BYDAY=${some(weekdays, 3).join(',')}`)
    if (random() < 0.3) parts.push(`BYMONTH=${some([2, 5, 9, 12], 3).join(',')}`)
  } else if (shape === 'nth' && (freq === 'MONTHLY' || freq === 'YEARLY')) {
    parts.push(`BYDAY=${pick([1, 2, 3, -1])}${pick(weekdays)}`)
    if (freq === 'YEARLY' && random() < 0.6) parts.push(`BYMONTH=${some([1, 2, 4, 7, 10, 12], 3).join(',')}`)
  } else if (shape === 'setPos' && freq !== 'DAILY') {
    parts.push(`BYDAY=${weekdays.slice(0, 5).join(',')}`, `BYSETPOS=${pick([1, -1, 2, -2])}`)
  } else if (shape === 'yearDays' && freq === 'YEARLY') {
    parts.push(`BYYEARDAY=${some([1, 60, 100, 365, -1], 2).join(',')}`)
  } else if (shape === 'weekNumbers' && freq === 'YEARLY') {
    parts.push(`BYWEEKNO=${some([1, 10, 20, 52, -1], 2).join(',')}`, `BYDAY=${pick(weekdays)}`)
  }
  if (freq === 'WEEKLY' && random() < 0.4) parts.push(`WKST=${pick(weekdays)}`)
  if (random() < 0.3) parts.push(`BYHOUR=${some([8, 9, 17], 2).join(',')}`, `BYMINUTE=${pick([0, 30])}`)
  const end = random()
  if (end < 0.2) parts.push(`COUNT=${1 + Math.floor(random() * 60)}`)
  else if (end < 0.4) parts.push(`UNTIL=${2010 + Math.floor(random() * 30)}${pick(['0228', '0615', '1231'])}`)
  return parts.join(';')
}

const wallOf = (day: string) => Date.parse(`${day}T00:00:00.000Z`)

/** rrule from the real DTSTART, unshifted: the reference. */
const unshifted = (parts: RuleParts, dtstartWall: number, fromWall: number, toWall: number) =>
  new RRule(rruleOptions(parts, dtstartWall, 'UTC'), true).between(new Date(fromWall), new Date(toWall), true).map((date) => date.getTime())

/** Ranges from a year's or a month's first day too: what the first day of a period holds is checked. */
const randomRange = (random: () => number, start: string) => {
  const day = addDays(start, 30 + Math.floor(random() * 15 * 365))
  const from = [`${day.slice(0, 4)}-01-01`, `${day.slice(0, 7)}-01`, day][Math.floor(random() * 3)]!
  return { from, to: addDays(from, Math.floor(random() * 500)) }
}

const cases = (() => {
  const random = randomFrom(20_260_329)
  // Every frequency and interval with nothing but rrule's defaults from DTSTART, from each start.
  const plain = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].flatMap((freq) =>
    [1, 2, 3].flatMap((interval) =>
      starts.map((start) => ({ ...randomRange(random, start), rule: `FREQ=${freq};INTERVAL=${interval}`, start, time: 9 * 3_600_000 })),
    ),
  )
  const mixed = Array.from({ length: 200 }, () => {
    const rule = randomRule(random)
    const start = starts[Math.floor(random() * starts.length)]!
    return { ...randomRange(random, start), rule, start, time: random() < 0.5 ? 9 * 3_600_000 : 0 }
  })
  return [...plain, ...mixed]
})()

describe('expansion from a start moved near the range', () => {
  it('should find for 320 rules of every frequency exactly what rrule finds from the real start', () => {
    const differences = cases.flatMap(({ from, rule, start, time, to }) => {
      const syntax = parseRuleSyntax(rule)
      if (!syntax.ok) return [{ problem: syntax.problem.code, rule }]
      const [dtstartWall, fromWall, toWall] = [wallOf(start) + time, wallOf(from), wallOf(to) + 86_399_999]
      const expected = unshifted(syntax.parts, dtstartWall, fromWall, toWall)
      const found = expandRuleWallTimes(syntax.parts, { budget: createExpansionBudget({ maxMs: 10_000 }), dtstartWall, fromWall, timeZone: 'UTC', toWall })
      return found.join() === expected.join() ? [] : [{ problem: `${found.length} found, ${expected.length} expected from ${start} over ${from}…${to}`, rule }]
    })
    expect(differences).toEqual([])
  })

  it('should check rules that the move changes, not only rules it leaves alone', () => {
    const moved = cases.filter(({ from, rule, start }) => !/COUNT=/.test(rule) && from >= addDays(start, 400))
    expect(moved.length).toBeGreaterThan(150)
  })
})
