import { RRule } from './rrule.ts'

export type RRuleOptions = NonNullable<ConstructorParameters<typeof RRule>[0]>

const dayMs = 86_400_000
const weekMs = 7 * dayMs

/** 00:00 UTC of a day, the years 0 to 99 included (`Date.UTC` reads them as 1900 to 1999). */
const utcDay = (year: number, monthIndex: number, day: number) => new Date(0).setUTCFullYear(year, monthIndex, day)

const weekdayIndex = (value: RRuleOptions['wkst']) => (typeof value === 'number' ? value : (value?.weekday ?? 0))

/**
 * rrule's defaults taken from DTSTART (RFC 5545 §3.3.10), written out: the day of the month (and month)
 * of a monthly or yearly rule without day parts, the weekday of a weekly one, the time of day of any.
 * With them explicit, DTSTART can move without changing what the rule means.
 */
export const withExplicitDefaults = (options: RRuleOptions, start: Date): RRuleOptions => {
  const explicit: RRuleOptions = { ...options }
  const hasDayPart = Boolean(options.byweekno ?? options.byyearday ?? options.bymonthday ?? options.byweekday)
  if (!hasDayPart && options.freq === RRule.YEARLY) {
    explicit.bymonth = options.bymonth ?? [start.getUTCMonth() + 1]
    explicit.bymonthday = [start.getUTCDate()]
  } else if (!hasDayPart && options.freq === RRule.MONTHLY) {
    explicit.bymonthday = [start.getUTCDate()]
  } else if (!hasDayPart && options.freq === RRule.WEEKLY) {
    explicit.byweekday = [(start.getUTCDay() + 6) % 7]
  }
  explicit.byhour = options.byhour ?? [start.getUTCHours()]
  explicit.byminute = options.byminute ?? [start.getUTCMinutes()]
  explicit.bysecond = options.bysecond ?? [start.getUTCSeconds()]
  return explicit
}

/**
 * The first day of the latest period of the rule (its day, week from WKST, month or year, INTERVAL
 * counted from DTSTART's) that begins after DTSTART's own period and no later than `fromWall`; undefined
 * when there is none.
 */
const latestPeriodStart = (options: RRuleOptions, start: Date, fromWall: number): number | undefined => {
  const interval = options.interval ?? 1
  const startDay = utcDay(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate())
  const from = new Date(fromWall)
  let periodStart: number | undefined
  if (options.freq === RRule.DAILY || options.freq === RRule.WEEKLY) {
    const [length, first] =
      options.freq === RRule.DAILY
        ? [interval * dayMs, startDay]
        : [interval * weekMs, startDay - (((start.getUTCDay() + 6 - weekdayIndex(options.wkst)) % 7) * dayMs)]
    const periods = Math.floor((fromWall - first) / length)
    periodStart = periods >= 1 ? first + periods * length : undefined
  } else if (options.freq === RRule.MONTHLY) {
    const months = Math.floor(((from.getUTCFullYear() - start.getUTCFullYear()) * 12 + from.getUTCMonth() - start.getUTCMonth()) / interval)
    periodStart = months >= 1 ? utcDay(start.getUTCFullYear(), start.getUTCMonth() + months * interval, 1) : undefined
  } else if (options.freq === RRule.YEARLY) {
    const years = Math.floor((from.getUTCFullYear() - start.getUTCFullYear()) / interval)
    periodStart = years >= 1 ? utcDay(start.getUTCFullYear() + years * interval, 0, 1) : undefined
  }
  return periodStart
}

/**
 * The same rule started as close before `fromWall` as its periods allow: its occurrences from `fromWall`
 * on are the rule's own, and expanding them costs what the range holds, not the years since DTSTART.
 * DTSTART moves by a whole number of INTERVALs of whole periods, to the start of a period, so each later
 * period sees the same days; the defaults rrule took from DTSTART are written out first. A rule with
 * COUNT counts from its real DTSTART and is returned as it is.
 */
export const startNear = (options: RRuleOptions, fromWall: number): RRuleOptions => {
  const start = options.dtstart
  if (!start || options.count !== undefined) {
    return options
  }
  const periodStart = latestPeriodStart(options, start, fromWall)
  if (periodStart === undefined) {
    return options
  }
  const milliseconds = ((start.getTime() % 1000) + 1000) % 1000
  return { ...withExplicitDefaults(options, start), dtstart: new Date(periodStart + milliseconds) }
}

/** How many periods of the rule lie between two wall times, at most (a month counted as 28 days). */
export const periodsBetween = (options: RRuleOptions, fromWall: number, toWall: number): number => {
  const periodDays = new Map([[RRule.WEEKLY, 7], [RRule.MONTHLY, 28], [RRule.YEARLY, 365]]).get(options.freq ?? RRule.DAILY) ?? 1
  return Math.ceil((toWall - fromWall) / (periodDays * dayMs * (options.interval ?? 1)))
}
