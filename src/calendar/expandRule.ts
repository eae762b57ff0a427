import type { ExpansionBudget } from './expansionBudget.ts'

import { instantToWallTime } from '../utilities/zonedTime.ts'
import { RRule } from './rrule.ts'
import { parseRuleSyntax, type RuleParts, type RuleSyntaxResult, weekdayCodes } from './ruleSyntax.ts'
import { periodsBetween, type RRuleOptions, startNear } from './startNear.ts'

const dayMs = 86_400_000
const ruleCache = new Map<string, RuleSyntaxResult>()

/** `parseRuleSyntax`, remembered: a calendar's few rules are read once, not at every expansion. */
export const readRule = (rule: string): RuleSyntaxResult => {
  let result = ruleCache.get(rule)
  if (!result) {
    if (ruleCache.size > 2000) {
      ruleCache.clear()
    }
    result = parseRuleSyntax(rule)
    ruleCache.set(rule, result)
  }
  return result
}

const weekdays = weekdayCodes.map((code) => RRule[code])

/** The end of UNTIL as a wall-clock time in `timeZone` (a day means its whole day). */
const untilWall = (until: NonNullable<RuleParts['until']>, timeZone: string): number => {
  const day = Date.parse(`${until.day}T00:00:00.000Z`)
  if (!until.time) {
    return day + dayMs - 1
  }
  const moment = Date.parse(`${until.day}T${until.time}.000Z`)
  return until.utc ? instantToWallTime(timeZone, moment) : moment
}

/**
 * The `rrule` options for checked rule parts. Everything is wall-clock time written as UTC (no `tzid`):
 * `rrule` with a `tzid` depends on the server's own zone and is fifty times slower; the caller turns wall
 * times into instants with `wallTimeToInstant`.
 */
export const rruleOptions = (parts: RuleParts, dtstartWall: number, timeZone: string): RRuleOptions => {
  const options: RRuleOptions = {
    dtstart: new Date(dtstartWall),
    freq: RRule[parts.freq],
  }
  if (parts.interval !== undefined) options.interval = parts.interval
  if (parts.count !== undefined) options.count = parts.count
  if (parts.until) options.until = new Date(untilWall(parts.until, timeZone))
  if (parts.byMonth) options.bymonth = parts.byMonth
  if (parts.byMonthDay) options.bymonthday = parts.byMonthDay
  if (parts.byYearDay) options.byyearday = parts.byYearDay
  if (parts.byWeekNo) options.byweekno = parts.byWeekNo
  if (parts.bySetPos) options.bysetpos = parts.bySetPos
  if (parts.byHour) options.byhour = parts.byHour
  if (parts.byMinute) options.byminute = parts.byMinute
  if (parts.bySecond) options.bysecond = parts.bySecond
  if (parts.wkst) options.wkst = weekdays[weekdayCodes.indexOf(parts.wkst)]
  if (parts.byDay) {
    options.byweekday = parts.byDay.map(({ n, weekday }) => {
      const day = weekdays[weekdayCodes.indexOf(weekday)]!
      return n === undefined ? day : day.nth(n)
    })
  }
  return options
}

/**
 * Wall-clock times (as UTC milliseconds) of a rule between two wall-clock bounds, both included. The rule
 * starts near `fromWall` (`startNear`); a rule with COUNT is walked from its start, as many periods as
 * the budget admits. Every occurrence visited is counted against the budget.
 */
export const expandRuleWallTimes = (
  parts: RuleParts,
  {
    budget,
    dtstartWall,
    fromWall,
    timeZone,
    toWall,
  }: { budget: ExpansionBudget; dtstartWall: number; fromWall: number; timeZone: string; toWall: number },
): number[] => {
  const options = rruleOptions(parts, dtstartWall, timeZone)
  if (options.count !== undefined) {
    budget.admitPeriods(periodsBetween(options, dtstartWall, toWall))
  }
  const walls: number[] = []
  const rule = new RRule(startNear(options, fromWall), true)
  budget.walk(() =>
    rule.all((date) => {
      budget.spend()
      const wall = date.getTime()
      if (wall >= fromWall && wall <= toWall) {
        walls.push(wall)
      }
      return wall <= toWall
    }),
  )
  return walls
}

/**
 * The first wall-clock time of a rule at or after `fromWall`, started there as `startNear` allows (a rule
 * with COUNT: its first occurrence), if it happens.
 */
export const firstWallTime = (
  parts: RuleParts,
  { budget, dtstartWall, fromWall, timeZone }: { budget: ExpansionBudget; dtstartWall: number; fromWall: number; timeZone: string },
): number | undefined => {
  let first: number | undefined
  const rule = new RRule(startNear(rruleOptions(parts, dtstartWall, timeZone), fromWall), true)
  budget.walk(() =>
    rule.all((date) => {
      budget.spend()
      first = date.getTime()
      return false
    }),
  )
  return first
}
