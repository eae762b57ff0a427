import Holidays from 'date-holidays'

import { zonedDay } from './zonedTime.ts'

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

/** True when the date, seen in `timeZone`, is a weekday that is not a public holiday of `country`. */
export const isWorkingDay = (date: Date, { country, timeZone }: { country: string; timeZone: string }) => {
  const day = zonedDay(timeZone, date.getTime())
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !publicHolidays(country, Number(day.slice(0, 4))).has(day)
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
