import type { RuleParts } from './ruleSyntax.ts'

import { createExpansionBudget, type ExpansionBudget } from './expansionBudget.ts'
import { rruleOptions } from './expandRule.ts'
import { RRule } from './rrule.ts'
import { type RRuleOptions, withExplicitDefaults } from './startNear.ts'

const dayMs = 86_400_000
const gregorianCycleMs = 146_097 * dayMs
/** How far from its start a rule must happen to be accepted. */
const horizonMs = 30 * 366 * dayMs
/**
 * 28 years without a century year: every kind of year there is (its length, the weekday of 1 January,
 * the length of the year before), the last ones rrule walks.
 */
const everyKindOfYear = { first: 9972, last: 9999 }
const allWeekdays = [0, 1, 2, 3, 4, 5, 6]
const allMonths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

/**
 * The rule's day filters as a yearly rule that gives each day they keep, at midnight. rrule applies the
 * same filters to every day of a period whatever its length, so a day is kept here exactly when the rule
 * keeps it in whichever period holds it; an ordinal weekday of a monthly rule is counted in each month,
 * as a yearly rule does in each month of BYMONTH.
 */
const dayFilterRule = (explicit: RRuleOptions, dtstart: number): RRuleOptions => {
  const days: RRuleOptions = { byhour: [0], byminute: [0], bysecond: [0], dtstart: new Date(dtstart), freq: RRule.YEARLY }
  if (explicit.wkst !== undefined) days.wkst = explicit.wkst
  if (explicit.bymonthday) days.bymonthday = explicit.bymonthday
  if (explicit.byyearday) days.byyearday = explicit.byyearday
  if (explicit.byweekno) days.byweekno = explicit.byweekno
  // Without a day part, rrule would take the day from DTSTART: every weekday keeps every day instead.
  days.byweekday = explicit.byweekday ?? (days.bymonthday || days.byyearday || days.byweekno ? undefined : allWeekdays)
  const hasOrdinal = Array.isArray(explicit.byweekday) && explicit.byweekday.some((day) => typeof day === 'object' && Boolean(day.n))
  days.bymonth = explicit.bymonth ?? (hasOrdinal && explicit.freq === RRule.MONTHLY ? allMonths : undefined)
  return days
}

/** The number of the rule's period (its day, week from WKST, month or year) a day falls in. */
const periodOf = (freq: RRuleOptions['freq'], wkst: number, wall: number): number => {
  const date = new Date(wall)
  if (freq === RRule.YEARLY) return date.getUTCFullYear()
  if (freq === RRule.MONTHLY) return date.getUTCFullYear() * 12 + date.getUTCMonth()
  const day = Math.floor(wall / dayMs)
  // 1 January 1970 is a Thursday (3, Monday being 0).
  return freq === RRule.WEEKLY ? Math.floor((day + 3 - wkst) / 7) : day
}

/** Where rrule's first period begins: DTSTART's day (the rest of its week), month or year. */
const firstPeriodStart = (freq: RRuleOptions['freq'], dtstart: number): number => {
  const date = new Date(dtstart)
  if (freq === RRule.YEARLY) return new Date(0).setUTCFullYear(date.getUTCFullYear(), 0, 1)
  if (freq === RRule.MONTHLY) return new Date(0).setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth(), 1)
  return dtstart - (((dtstart % dayMs) + dayMs) % dayMs)
}

/** The times of day of the rule, in rrule's order (BYHOUR, then BYMINUTE, then BYSECOND, as written). */
const timesOf = (explicit: RRuleOptions, dtstart: number): number[] => {
  const milliseconds = ((dtstart % 1000) + 1000) % 1000
  const list = (value: number | number[] | null | undefined) => (Array.isArray(value) ? value : [value ?? 0])
  return list(explicit.byhour).flatMap((hour) =>
    list(explicit.byminute).flatMap((minute) => list(explicit.bysecond).map((second) => ((hour * 60 + minute) * 60 + second) * 1000 + milliseconds)),
  )
}

/**
 * Walks the days a yearly rule gives, each counted against the budget, until `visit` says stop; the years
 * rrule went through are counted too, those that gave no day included.
 */
const walkDays = (budget: ExpansionBudget, days: RRuleOptions, visit: (wall: number) => boolean): void => {
  const firstYear = days.dtstart!.getUTCFullYear()
  let lastYear = everyKindOfYear.last
  budget.walk(() => {
    new RRule(days, true).all((date) => {
      budget.spend()
      const goOn = visit(date.getTime())
      lastYear = goOn ? lastYear : date.getUTCFullYear()
      return goOn
    })
    budget.spend(lastYear - firstYear + 1)
  })
}

/**
 * True when a rule starting on `startWall` has at least one occurrence in the next 30 years (its UNTIL
 * included): a 29 February rule does, a 30 February one or one whose UNTIL comes before its start does
 * not. The answer is rrule's, for less work: rrule looks for a first date up to the year 9999, day by day
 * for a daily rule (seconds for one that never happens). Here the rule's day filters are first asked of
 * the 28 years that hold every kind of year; when some day passes them, the days they keep are walked from
 * the start, each placed in the rule's periods (INTERVAL, BYSETPOS, times of day), until one is an
 * occurrence or the 30 years are past. Every day and year walked is counted against `budget`
 * (`CalendarTooLongError` past it).
 */
export const ruleEverHappens = (parts: RuleParts, startWall: number, budget: ExpansionBudget = createExpansionBudget()): boolean => {
  // rrule reads the years 0 to 99 as 1900 to 1999: the calendar repeating every 400 years, the question is
  // asked of the same days in 2000–2399.
  const shift = Math.ceil((Date.UTC(2000, 0, 1) - startWall) / gregorianCycleMs) * gregorianCycleMs
  const dtstartWall = startWall + shift
  const options = rruleOptions(parts, dtstartWall, 'UTC')
  const end = Math.min((options.until?.getTime() ?? Infinity) + shift, dtstartWall + horizonMs)
  if (end < dtstartWall) {
    return false
  }
  const explicit = withExplicitDefaults(options, new Date(dtstartWall))
  let somewhere = false
  walkDays(budget, dayFilterRule(explicit, Date.UTC(everyKindOfYear.first, 0, 1)), () => {
    somewhere = true
    return false
  })
  if (!somewhere) {
    return false
  }
  const { freq } = explicit
  const wkst = typeof explicit.wkst === 'number' ? explicit.wkst : (explicit.wkst?.weekday ?? 0)
  const interval = explicit.interval ?? 1
  const times = timesOf(explicit, dtstartWall)
  const positions = explicit.bysetpos ? [explicit.bysetpos].flat() : undefined
  const firstPeriod = periodOf(freq, wkst, dtstartWall)
  const lastPeriod = periodOf(freq, wkst, end)
  const inRange = (wall: number) => wall >= dtstartWall && wall <= end
  let found = false
  let group: { days: number[]; period: number } | undefined
  // BYSETPOS picks from a period's days and times as rrule does, a negative day index past the first
  // day included (rrule then takes the first day).
  const pick = ({ days }: { days: number[] }) =>
    positions!.some((position) => {
      const count = times.length
      const [dayIndex, timeIndex] =
        position < 0
          ? [Math.floor(position / count), ((position % count) + count) % count]
          : [Math.floor((position - 1) / count), (position - 1) % count]
      const day = dayIndex < 0 ? days.slice(dayIndex)[0] : days[dayIndex]
      return day !== undefined && inRange(day + times[timeIndex]!)
    })
  walkDays(budget, dayFilterRule(explicit, firstPeriodStart(freq, dtstartWall)), (day) => {
    const period = periodOf(freq, wkst, day)
    if (group && group.period !== period) {
      found = pick(group)
      group = undefined
    }
    if (found || period > lastPeriod) {
      return false
    }
    if ((period - firstPeriod) % interval !== 0) {
      return true
    }
    if (positions) {
      group ??= { days: [], period }
      group.days.push(day)
      return true
    }
    found = times.some((time) => inRange(day + time))
    return !found
  })
  return found || (group !== undefined && pick(group))
}
