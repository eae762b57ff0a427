import { offsetChanges, offsetMinutesAt, type OffsetChange } from '../utilities/zonedTime.ts'

const minuteMs = 60_000
const dayMs = 86_400_000
const yearMs = 366 * dayMs
const weekdays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const

type Kind = 'DAYLIGHT' | 'STANDARD'

/** One onset of an observance: when, and the offsets before and after, as RFC 5545 §3.6.5 writes them. */
type Onset = {
  /** The wall-clock time of the onset in the offset before it, written as if it were UTC. */
  wall: number
  at: number
  kind: Kind
  offsetFrom: number
  offsetTo: number
}

/** A run of yearly onsets that a `RRULE` describes: same month, weekday, time and offsets. */
type Run = { onsets: Onset[]; rule: string | null }

const pad = (value: number) => String(value).padStart(2, '0')
const compact = (time: number) => new Date(time).toISOString().slice(0, 19).replace(/[-:]/g, '')
const formatOffset = (minutes: number) => `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`

/** Daylight time when the offset is above the least of the year's (1 January's and 1 July's, as Intl and luxon read it). */
const kindAt = (timeZone: string, instant: number, offset: number): Kind => {
  const year = new Date(instant).getUTCFullYear()
  const least = Math.min(offsetMinutesAt(timeZone, Date.UTC(year, 0, 1)), offsetMinutesAt(timeZone, Date.UTC(year, 6, 1)))
  return offset > least ? 'DAYLIGHT' : 'STANDARD'
}

const onsetOf = (timeZone: string, { at, offsetAfter, offsetBefore }: OffsetChange): Onset => ({
  at,
  kind: kindAt(timeZone, at, offsetAfter),
  offsetFrom: offsetBefore,
  offsetTo: offsetAfter,
  wall: at + offsetBefore * minuteMs,
})

/**
 * The yearly rules an onset fits, the likeliest first: its weekday of its month counted from the end (`-1SU`,
 * "last Sunday") and from the start (`2SU`), then each week of days it falls in (`SU;BYMONTHDAY=8,…,14`,
 * "the Sunday on or after the 8th", as Chile's changes are written).
 */
const rulesOf = ({ wall }: Onset): string[] => {
  const date = new Date(wall)
  const [month, day, weekday] = [date.getUTCMonth(), date.getUTCDate(), weekdays[date.getUTCDay()]]
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), month + 1, 0)).getUTCDate()
  const base = `FREQ=YEARLY;BYMONTH=${month + 1};BYDAY=`
  const weeks = Array.from({ length: 7 }, (_, index) => day - 6 + index)
    .filter((first) => first >= 1 && first + 6 <= daysInMonth)
    .map((first) => `${base}${weekday};BYMONTHDAY=${Array.from({ length: 7 }, (_, index) => first + index).join(',')}`)
  return [...(day + 7 > daysInMonth ? [`${base}-1${weekday}`] : []), `${base}${Math.ceil(day / 7)}${weekday}`, ...weeks]
}

const sameShape = (a: Onset, b: Onset) =>
  a.kind === b.kind &&
  a.offsetFrom === b.offsetFrom &&
  a.offsetTo === b.offsetTo &&
  new Date(a.wall).toISOString().slice(11) === new Date(b.wall).toISOString().slice(11) &&
  new Date(b.wall).getUTCFullYear() === new Date(a.wall).getUTCFullYear() + 1

/** Each kind's onsets, in order, cut into runs of consecutive years that one yearly rule describes. */
const runsOf = (onsets: Onset[]): Run[] => {
  const runs: (Run & { rules: string[] })[] = []
  const open = new Map<Kind, Run & { rules: string[] }>()
  for (const onset of onsets) {
    const run = open.get(onset.kind)
    const rules = run ? run.rules.filter((rule) => rulesOf(onset).includes(rule)) : []
    if (run && rules.length > 0 && sameShape(run.onsets.at(-1)!, onset)) {
      run.onsets.push(onset)
      run.rules = rules
      continue
    }
    const started = { onsets: [onset], rule: null, rules: rulesOf(onset) }
    runs.push(started)
    open.set(onset.kind, started)
  }
  return runs.map(({ onsets: runOnsets, rules }) => ({ onsets: runOnsets, rule: runOnsets.length > 1 ? (rules[0] ?? null) : null }))
}

/**
 * The zone as an RFC 5545 VTIMEZONE for events from `from` to `to` (instants), from the offsets the plugin
 * reads from the runtime's time-zone data (Intl), the same that placed the feed's events: no file read at run
 * time, so it survives any bundler, and it never disagrees with the events it describes. The observance in
 * force at `from`, then each change: changes that repeat yearly (same month, weekday, time and offsets) are
 * one component with a `RRULE`, open-ended when the zone still follows it at `to`, so that a recurring
 * event is right after the feed's range too; anything else is a component of its own.
 */
export const vtimezoneOf = (timeZone: string, { from, to }: { from: number; to: number }): string => {
  // A day early: a reader takes a moment that is exactly an onset for the time before it.
  const start = from - dayMs
  const initialOffset = offsetMinutesAt(timeZone, start)
  const initial: Onset = { at: start, kind: kindAt(timeZone, start, initialOffset), offsetFrom: initialOffset, offsetTo: initialOffset, wall: start + initialOffset * minuteMs }
  const runs = [{ onsets: [initial], rule: null }, ...runsOf(offsetChanges(timeZone, start, to).map((change) => onsetOf(timeZone, change)))]
  const components = runs.map(({ onsets, rule }) => {
    const [first, last] = [onsets[0]!, onsets.at(-1)!]
    const isOngoing = last.at + yearMs > to
    return [
      `BEGIN:${first.kind}`,
      `DTSTART:${compact(first.wall)}`,
      `TZOFFSETFROM:${formatOffset(first.offsetFrom)}`,
      `TZOFFSETTO:${formatOffset(first.offsetTo)}`,
      ...(rule ? [`RRULE:${rule}${isOngoing ? '' : `;UNTIL=${compact(last.at)}Z`}`] : []),
      `END:${first.kind}`,
    ].join('\r\n')
  })
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...components, 'END:VTIMEZONE'].join('\r\n')
}
