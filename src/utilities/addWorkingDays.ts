import Holidays from 'date-holidays'

const holidayCache = new Map<string, Set<string>>()

/** Public holidays (not observances) of a country, or country-region, for one year, as YYYY-MM-DD. */
export const publicHolidays = (country: string, year: number): Set<string> => {
  const key = `${country}:${year}`
  const cached = holidayCache.get(key)
  if (cached) {
    return cached
  }
  const [countryCode, region] = country.split('-')
  const days = new Set(
    new Holidays(countryCode!, region ?? '')
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10)),
  )
  holidayCache.set(key, days)
  return days
}

const localDay = (date: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    day: '2-digit',
    month: '2-digit',
    timeZone,
    weekday: 'short',
    year: 'numeric',
  }).formatToParts(date)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return { iso: `${part('year')}-${part('month')}-${part('day')}`, weekday: part('weekday') }
}

/** True when the date, seen in `timeZone`, is a weekday that is not a public holiday of `country`. */
export const isWorkingDay = (date: Date, { country, timeZone }: { country: string; timeZone: string }) => {
  const { iso, weekday } = localDay(date, timeZone)
  return weekday !== 'Sat' && weekday !== 'Sun' && !publicHolidays(country, Number(iso.slice(0, 4))).has(iso)
}

/**
 * The moment `days` working days after `from`, at the same time of day: weekends and the country's
 * public holidays (`FR`, or `FR-67` for Alsace-Moselle's two extra days) do not count.
 */
export const addWorkingDays = (
  from: Date,
  days: number,
  { country, timeZone }: { country: string; timeZone: string },
): Date => {
  const result = new Date(from)
  let remaining = days
  while (remaining > 0) {
    result.setUTCDate(result.getUTCDate() + 1)
    if (isWorkingDay(result, { country, timeZone })) {
      remaining--
    }
  }
  return result
}
