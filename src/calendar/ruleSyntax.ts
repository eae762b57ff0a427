import { isTimeZone } from '../utilities/isTimeZone.ts'

/** Why a cadence's RRULE is refused; `part` names the RRULE part at fault. */
export type RuleProblem =
  | { code: 'byDayInvalid'; value: string }
  | { code: 'duplicatePart'; part: string }
  | { code: 'freqMissing' }
  | { code: 'neverHappens' }
  | { code: 'outOfRange'; max: number; min: number; part: string; value: string }
  | { code: 'severalLines' }
  | { code: 'syntax'; value: string }
  | { code: 'timeZoneUnknown'; value: string }
  | { code: 'tooFrequent' }
  | { code: 'unknownPart'; part: string }
  | { code: 'untilInvalid'; value: string }
  | { code: 'untilWithCount' }
  | { code: 'weekdayInvalid'; part: string; value: string }

export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type WeekdayCode = (typeof weekdayCodes)[number]

/** A weekday with an optional ordinal: `TH`, `1TH` (the first Thursday), `-1FR` (the last Friday). */
export type ByDay = { n?: number; weekday: WeekdayCode }

/** The parts of an RRULE the plugin understands, already checked. */
export type RuleParts = {
  byDay?: ByDay[]
  byHour?: number[]
  byMinute?: number[]
  byMonth?: number[]
  byMonthDay?: number[]
  bySecond?: number[]
  bySetPos?: number[]
  byWeekNo?: number[]
  byYearDay?: number[]
  count?: number
  freq: 'DAILY' | 'MONTHLY' | 'WEEKLY' | 'YEARLY'
  interval?: number
  tzid?: string
  /** UNTIL as written: a day (`YYYYMMDD`) or a date-time (`YYYYMMDDTHHMMSS`, `Z` for UTC). */
  until?: { day: string; time?: string; utc: boolean }
  wkst?: WeekdayCode
}

export type RuleSyntaxResult = { ok: false; problem: RuleProblem } | { ok: true; parts: RuleParts }

const frequencies = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'])
const subDailyFrequencies = new Set(['SECONDLY', 'MINUTELY', 'HOURLY'])

/** RFC 5545 §3.3.10 bounds of each numeric list; `signed` lists accept negatives (counted from the end). */
const numberLists = {
  BYHOUR: { key: 'byHour', max: 23, min: 0, signed: false },
  BYMINUTE: { key: 'byMinute', max: 59, min: 0, signed: false },
  BYMONTH: { key: 'byMonth', max: 12, min: 1, signed: false },
  BYMONTHDAY: { key: 'byMonthDay', max: 31, min: 1, signed: true },
  BYSECOND: { key: 'bySecond', max: 59, min: 0, signed: false },
  BYSETPOS: { key: 'bySetPos', max: 366, min: 1, signed: true },
  BYWEEKNO: { key: 'byWeekNo', max: 53, min: 1, signed: true },
  BYYEARDAY: { key: 'byYearDay', max: 366, min: 1, signed: true },
} as const

const knownParts = new Set([
  ...Object.keys(numberLists),
  'BYDAY',
  'COUNT',
  'FREQ',
  'INTERVAL',
  'TZID',
  'UNTIL',
  'WKST',
])

const integerPattern = /^[+-]?\d{1,4}$/
const byDayPattern = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/
const untilPattern = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

const parseUntil = (value: string): RuleParts['until'] | undefined => {
  const match = untilPattern.exec(value)
  if (!match) {
    return undefined
  }
  const [, y, mo, d, h, mi, s, z] = match
  const [year, month, day] = [Number(y), Number(mo), Number(d)]
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined
  }
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)) {
    return undefined
  }
  return { day: `${y}-${mo}-${d}`, time: h === undefined ? undefined : `${h}:${mi}:${s}`, utc: z === 'Z' }
}

const parseNumberList = (
  name: keyof typeof numberLists,
  value: string,
): { ok: false; problem: RuleProblem } | { ok: true; values: number[] } => {
  const { max, min, signed } = numberLists[name]
  const values: number[] = []
  for (const item of value.split(',')) {
    const number = Number(item)
    const magnitude = Math.abs(number)
    const inRange = integerPattern.test(item) && magnitude >= min && magnitude <= max && (signed || number >= 0)
    if (!inRange || (signed && number === 0)) {
      return { ok: false, problem: { code: 'outOfRange', max, min: signed ? -max : min, part: name, value: item } }
    }
    values.push(number)
  }
  return { ok: true, values }
}

const parseByDay = (value: string, freq: string | undefined): ByDay[] | undefined => {
  const days: ByDay[] = []
  for (const item of value.split(',')) {
    const match = byDayPattern.exec(item)
    if (!match) {
      return undefined
    }
    const n = match[1] === undefined ? undefined : Number(match[1])
    // An ordinal (the 2nd Thursday) only means something within a month or a year (RFC 5545 §3.3.10).
    if (n !== undefined && (n === 0 || Math.abs(n) > 53 || (freq !== 'MONTHLY' && freq !== 'YEARLY'))) {
      return undefined
    }
    days.push({ n, weekday: match[2] as WeekdayCode })
  }
  return days
}

/**
 * Reads one RFC 5545 recurrence rule strictly: every part known and written once, every number within the
 * RFC's bounds, UNTIL a real date and never with COUNT, a known time zone and week start. A leading
 * `RRULE:` is accepted; anything on a second line is not.
 */
export const parseRuleSyntax = (input: string): RuleSyntaxResult => {
  const source = input.trim()
  if (/[\r\n]/.test(source)) {
    return { ok: false, problem: { code: 'severalLines' } }
  }
  const body = source.replace(/^RRULE:/i, '')
  const entries = new Map<string, string>()
  for (const item of body.split(';')) {
    const match = /^([A-Za-z]+)=([^;=]+)$/.exec(item.trim())
    if (!match) {
      return { ok: false, problem: { code: 'syntax', value: item } }
    }
    const name = match[1]!.toUpperCase()
    if (!knownParts.has(name)) {
      return { ok: false, problem: { code: 'unknownPart', part: name } }
    }
    if (entries.has(name)) {
      return { ok: false, problem: { code: 'duplicatePart', part: name } }
    }
    entries.set(name, name === 'TZID' ? match[2]!.trim() : match[2]!.trim().toUpperCase())
  }
  const freq = entries.get('FREQ')
  if (!freq) {
    return { ok: false, problem: { code: 'freqMissing' } }
  }
  if (subDailyFrequencies.has(freq)) {
    return { ok: false, problem: { code: 'tooFrequent' } }
  }
  if (!frequencies.has(freq)) {
    return { ok: false, problem: { code: 'syntax', value: `FREQ=${freq}` } }
  }
  const parts: RuleParts = { freq: freq as RuleParts['freq'] }
  for (const [name, value] of entries) {
    if (name in numberLists) {
      const list = parseNumberList(name as keyof typeof numberLists, value)
      if (!list.ok) {
        return list
      }
      parts[numberLists[name as keyof typeof numberLists].key] = list.values
    } else if (name === 'INTERVAL' || name === 'COUNT') {
      const number = Number(value)
      if (!/^\d{1,4}$/.test(value) || number < 1) {
        return { ok: false, problem: { code: 'outOfRange', max: 9999, min: 1, part: name, value } }
      }
      parts[name === 'INTERVAL' ? 'interval' : 'count'] = number
    } else if (name === 'BYDAY') {
      const byDay = parseByDay(value, freq)
      if (!byDay) {
        return { ok: false, problem: { code: 'byDayInvalid', value } }
      }
      parts.byDay = byDay
    } else if (name === 'WKST') {
      if (!(weekdayCodes as readonly string[]).includes(value)) {
        return { ok: false, problem: { code: 'weekdayInvalid', part: name, value } }
      }
      parts.wkst = value as WeekdayCode
    } else if (name === 'TZID') {
      if (!isTimeZone(value)) {
        return { ok: false, problem: { code: 'timeZoneUnknown', value } }
      }
      parts.tzid = value
    } else if (name === 'UNTIL') {
      const until = parseUntil(value)
      if (!until) {
        return { ok: false, problem: { code: 'untilInvalid', value } }
      }
      parts.until = until
    }
  }
  if (parts.until && parts.count !== undefined) {
    return { ok: false, problem: { code: 'untilWithCount' } }
  }
  return { ok: true, parts }
}
