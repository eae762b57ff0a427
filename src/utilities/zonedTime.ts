/**
 * The plugin's one module of time-zone arithmetic. Wall-clock times in a time zone, without a date
 * library: the offsets of a zone for a year are read once from `Intl` (weekly samples, then a bisection
 * to the minute around each change) and cached, so converting an occurrence costs two array lookups
 * instead of an `Intl` call.
 */

const minuteMs = 60_000
const dayMs = 86_400_000
const weekMs = 7 * dayMs

type Segment = { offsetMinutes: number; since: number }

/** 1 January of `year` at 00:00 UTC; `Date.UTC` would read the years 0 to 99 as 1900 to 1999. */
const yearStart = (year: number): number => new Date(0).setUTCFullYear(year, 0, 1)

const formatters = new Map<string, Intl.DateTimeFormat>()
const segmentsByZoneYear = new Map<string, Segment[]>()

const formatterFor = (timeZone: string) => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The zone's offset from UTC at an instant, in minutes, straight from Intl ("GMT+01:00" → 60). */
const intlOffsetMinutes = (timeZone: string, instant: number): number => {
  const name = formatterFor(timeZone)
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '')
  if (!match) {
    return 0
  }
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

const segmentsFor = (timeZone: string, year: number): Segment[] => {
  const key = `${timeZone}|${year}`
  const cached = segmentsByZoneYear.get(key)
  if (cached) {
    return cached
  }
  const start = yearStart(year) - weekMs
  const end = yearStart(year + 1) + weekMs
  const segments: Segment[] = [{ offsetMinutes: intlOffsetMinutes(timeZone, start), since: -Infinity }]
  for (let at = start + weekMs; at <= end + weekMs; at += weekMs) {
    const offset = intlOffsetMinutes(timeZone, at)
    const previous = segments[segments.length - 1]!.offsetMinutes
    if (offset === previous) {
      continue
    }
    let [low, high] = [at - weekMs, at]
    while (high - low > minuteMs) {
      const middle = low + Math.floor((high - low) / 2 / minuteMs) * minuteMs
      if (intlOffsetMinutes(timeZone, middle) === previous) {
        low = middle
      } else {
        high = middle
      }
    }
    segments.push({ offsetMinutes: offset, since: high })
  }
  segmentsByZoneYear.set(key, segments)
  return segments
}

/** The last year looked up per zone: consecutive occurrences almost always share it. */
const lastYear = new Map<string, { end: number; segments: Segment[]; start: number }>()

/** The zone's offset from UTC at an instant, in minutes. */
export const offsetMinutesAt = (timeZone: string, instant: number): number => {
  let year = lastYear.get(timeZone)
  if (!year || instant < year.start || instant >= year.end) {
    const fullYear = new Date(instant).getUTCFullYear()
    year = { end: yearStart(fullYear + 1), segments: segmentsFor(timeZone, fullYear), start: yearStart(fullYear) }
    lastYear.set(timeZone, year)
  }
  const { segments } = year
  let offset = segments[0]!.offsetMinutes
  for (let index = 1; index < segments.length && segments[index]!.since <= instant; index++) {
    offset = segments[index]!.offsetMinutes
  }
  return offset
}

/** A change of a zone's offset: at the instant `at`, from `offsetBefore` to `offsetAfter` minutes. */
export type OffsetChange = { at: number; offsetAfter: number; offsetBefore: number }

/**
 * Every change of the zone's offset from `from` to `to` (instants), in order: the same changes the rest of
 * the plugin's arithmetic reads (a calendar feed's time zone is described with them).
 */
export const offsetChanges = (timeZone: string, from: number, to: number): OffsetChange[] => {
  const changes: OffsetChange[] = []
  for (let year = new Date(from).getUTCFullYear(); year <= new Date(to).getUTCFullYear(); year++) {
    const segments = segmentsFor(timeZone, year)
    for (let index = 1; index < segments.length; index++) {
      const { offsetMinutes, since } = segments[index]!
      // A change in the first or last week of a year is in both years' segments.
      if (since >= from && since <= to && since > (changes.at(-1)?.at ?? -Infinity)) {
        changes.push({ at: since, offsetAfter: offsetMinutes, offsetBefore: segments[index - 1]!.offsetMinutes })
      }
    }
  }
  return changes
}

/**
 * The instant at which a wall-clock time happens in a zone. `wall` is the wall-clock time written as if
 * it were UTC (`Date.UTC(2027, 2, 28, 2, 30)` for 28 March 2027 02:30). As RFC 5545 §3.3.5 says: a time
 * skipped by a daylight-saving change is read with the offset before the change (02:30 becomes 03:30),
 * and a time that happens twice is the first one.
 */
export const wallTimeToInstant = (timeZone: string, wall: number): number => {
  const before = offsetMinutesAt(timeZone, wall - dayMs)
  const after = offsetMinutesAt(timeZone, wall + dayMs)
  if (before === after) {
    return wall - before * minuteMs
  }
  const candidates = [wall - before * minuteMs, wall - after * minuteMs].filter(
    (instant) => wall - offsetMinutesAt(timeZone, instant) * minuteMs === instant,
  )
  return candidates.length > 0 ? Math.min(...candidates) : wall - before * minuteMs
}

/** The wall-clock time of an instant in a zone, written as if it were UTC (the inverse of the above). */
export const instantToWallTime = (timeZone: string, instant: number): number =>
  instant + offsetMinutesAt(timeZone, instant) * minuteMs

const pad = (value: number) => String(value).padStart(2, '0')
const offsetNames = new Map<number, string>()

/** `+01:00` for 60 minutes, `-03:30` for -210. */
const formatOffset = (minutes: number): string => {
  let name = offsetNames.get(minutes)
  if (name === undefined) {
    const sign = minutes < 0 ? '-' : '+'
    name = `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`
    offsetNames.set(minutes, name)
  }
  return name
}

/** ISO 8601 with the zone's offset at that instant: `2027-03-01T09:00:00+01:00`. */
export const formatZonedDateTime = (timeZone: string, instant: number): string => {
  const offset = offsetMinutesAt(timeZone, instant)
  return new Date(instant + offset * minuteMs).toISOString().slice(0, 19) + formatOffset(offset)
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a zone. */
export const zonedDay = (timeZone: string, instant: number): string =>
  new Date(instantToWallTime(timeZone, instant)).toISOString().slice(0, 10)

/**
 * The instant the zone's day holding `instant` begins: its midnight, read with the offset in force at
 * midnight (not at `instant`, which differs on the days the clocks change). Where a change skips midnight
 * (São Paulo, 4 November 2018) the day begins at the first minute that exists, 01:00.
 */
export const startOfZonedDay = (timeZone: string, instant: number): number =>
  wallTimeToInstant(timeZone, Date.parse(`${zonedDay(timeZone, instant)}T00:00:00.000Z`))
