import { publicHolidays } from '../utilities/addWorkingDays.ts'
import { addDays, weekdayOf } from './days.ts'

/** True for a Monday-to-Friday day that is not a public holiday of `country` (`FR`, `FR-67`…). */
export const isWorkingDayString = (day: string, country: string): boolean =>
  weekdayOf(day) < 5 && !publicHolidays(country, Number(day.slice(0, 4))).has(day)

/** The day `count` working days after `day`. */
export const addWorkingDaysToDay = (day: string, count: number, country: string): string => {
  let result = day
  for (let remaining = count; remaining > 0; ) {
    result = addDays(result, 1)
    if (isWorkingDayString(result, country)) {
      remaining--
    }
  }
  return result
}
