/** Calendar days as `YYYY-MM-DD` strings: they compare, sort and serialise as they are. */

const dayMs = 86_400_000

/** The day a stored date field means: its UTC date (Payload's date picker stores a day as 12:00 UTC). */
export const storedDay = (value: Date | string): string => new Date(value).toISOString().slice(0, 10)

export const dayToUtcMs = (day: string): number => Date.parse(`${day}T00:00:00.000Z`)

export const addDays = (day: string, days: number): string =>
  new Date(dayToUtcMs(day) + days * dayMs).toISOString().slice(0, 10)

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => Math.round((dayToUtcMs(to) - dayToUtcMs(from)) / dayMs)

/** 0 for Monday … 6 for Sunday. */
export const weekdayOf = (day: string): number => (new Date(dayToUtcMs(day)).getUTCDay() + 6) % 7

const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar day written `YYYY-MM-DD` (no 30 February). */
export const isIsoDay = (value: string): boolean => {
  const match = isoDayPattern.exec(value)
  return Boolean(match) && !Number.isNaN(dayToUtcMs(value)) && addDays(value, 0) === value
}
