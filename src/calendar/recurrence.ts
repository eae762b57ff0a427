import type { recurrencePatterns } from '../defaults.ts'

import { parseRuleSyntax, type RuleParts, type WeekdayCode, weekdayCodes } from './ruleSyntax.ts'

export type RecurrencePattern = (typeof recurrencePatterns)[number]

/** The plain choices an editor makes instead of writing an RRULE. */
export type Recurrence = {
  monthDays?: null | number[]
  /** `1` … `4` for the first … fourth, `-1` for the last. */
  ordinal?: null | string
  repeats?: null | RecurrencePattern
  /** `HH:MM`, 24-hour. */
  time?: null | string
  weekday?: null | WeekdayCode
  weekdays?: null | WeekdayCode[]
}

export const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/

const quarterMonths = { first: '1,4,7,10', last: '3,6,9,12' }

const timeParts = (time: null | string | undefined) => {
  const match = timePattern.exec(time ?? '09:00') ?? timePattern.exec('09:00')!
  return `BYHOUR=${Number(match[1])};BYMINUTE=${Number(match[2])};BYSECOND=0`
}

const sortedWeekdays = (days: WeekdayCode[]) =>
  [...new Set(days)].sort((a, b) => weekdayCodes.indexOf(a) - weekdayCodes.indexOf(b))

/**
 * The RRULE for a plain choice, or `undefined` when the choice is `custom` or misses what it needs
 * (no day of the month, no weekday).
 */
export const ruleFromRecurrence = (recurrence: Recurrence): string | undefined => {
  const { monthDays, ordinal, repeats, time, weekday, weekdays } = recurrence
  const at = timeParts(time)
  switch (repeats) {
    case 'month-days': {
      const days = [...new Set(monthDays ?? [])].sort((a, b) => a - b)
      return days.length > 0 ? `FREQ=MONTHLY;BYMONTHDAY=${days.join(',')};${at}` : undefined
    }
    case 'weekly':
      return weekdays?.length ? `FREQ=WEEKLY;BYDAY=${sortedWeekdays(weekdays).join(',')};${at}` : undefined
    case 'monthly-weekday':
      return ordinal && weekday ? `FREQ=MONTHLY;BYDAY=${Number(ordinal)}${weekday};${at}` : undefined
    case 'quarterly-weekday': {
      if (!ordinal || !weekday) {
        return undefined
      }
      const months = Number(ordinal) < 0 ? quarterMonths.last : quarterMonths.first
      return `FREQ=YEARLY;BYMONTH=${months};BYDAY=${Number(ordinal)}${weekday};${at}`
    }
    default:
      return undefined
  }
}

const onlyParts = (parts: RuleParts, allowed: (keyof RuleParts)[]) =>
  (Object.keys(parts) as (keyof RuleParts)[]).every(
    (key) => parts[key] === undefined || allowed.includes(key),
  )

const timeOf = (parts: RuleParts): string | undefined => {
  const [hour, minute = 0] = [parts.byHour, parts.byMinute].map((list) => (list?.length === 1 ? list[0] : undefined))
  if (hour === undefined || (parts.byMinute && parts.byMinute.length !== 1) || (parts.bySecond ?? [0]).some(Boolean)) {
    return undefined
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

/**
 * The plain choice a rule corresponds to, so an RRULE written by hand or through the API shows as the
 * choice it is; rules no choice covers are `custom`.
 */
export const recurrenceFromRule = (rule: string): Recurrence => {
  const syntax = parseRuleSyntax(rule)
  if (!syntax.ok) {
    return { repeats: 'custom' }
  }
  const { parts } = syntax
  const time = timeOf(parts)
  const plain: (keyof RuleParts)[] = ['freq', 'byHour', 'byMinute', 'bySecond']
  const custom: Recurrence = { repeats: 'custom', time: time ?? null }
  if (time === undefined || (parts.interval ?? 1) !== 1) {
    return custom
  }
  if (parts.freq === 'MONTHLY' && parts.byMonthDay && onlyParts(parts, [...plain, 'byMonthDay'])) {
    return parts.byMonthDay.every((day) => day > 0) ? { monthDays: parts.byMonthDay, repeats: 'month-days', time } : custom
  }
  if (parts.freq === 'WEEKLY' && parts.byDay && onlyParts(parts, [...plain, 'byDay'])) {
    return { repeats: 'weekly', time, weekdays: parts.byDay.map((day) => day.weekday) }
  }
  const single = parts.byDay?.length === 1 && parts.byDay[0]!.n !== undefined ? parts.byDay[0]! : undefined
  if (!single || (single.n! > 4 && single.n !== -1) || single.n! < -1) {
    return custom
  }
  const nth = { ordinal: String(single.n), time, weekday: single.weekday }
  if (parts.freq === 'MONTHLY' && onlyParts(parts, [...plain, 'byDay'])) {
    return { ...nth, repeats: 'monthly-weekday' }
  }
  const months = parts.byMonth?.join(',')
  const expected = single.n! < 0 ? quarterMonths.last : quarterMonths.first
  if (parts.freq === 'YEARLY' && months === expected && onlyParts(parts, [...plain, 'byDay', 'byMonth'])) {
    return { ...nth, repeats: 'quarterly-weekday' }
  }
  return custom
}
