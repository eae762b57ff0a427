import Holidays from 'date-holidays'

import type { CalendarDeadPeriod } from './types.ts'

import { addDays, weekdayOf } from './days.ts'

type Language = 'en' | 'fr'

const names = {
  august: { en: 'August holidays', fr: 'Vacances d’août' },
  may: { en: 'May bank-holiday bridges', fr: 'Ponts de mai' },
  yearEnd: { en: 'Year-end holidays', fr: 'Trêve des fêtes de fin d’année' },
}

/** The holiday rules of the May slump: 1 and 8 May, Ascension Thursday, Whit Monday. */
const mayRules = new Set(['05-01', '05-08', 'easter 39', 'easter 50'])

/**
 * The May bridges of a year from the country's public holidays (`date-holidays`): from the first to the
 * last of 1 May, 8 May, Ascension Thursday and Whit Monday, with the days they bridge (the Friday after a
 * Thursday holiday, the Monday before a Tuesday one). `undefined` when the country has none of them.
 */
export const mayBridges = (year: number, country: string): undefined | { end: string; start: string } => {
  const [countryCode, region] = country.split('-')
  const days = new Holidays(countryCode!, region ?? '')
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public' && mayRules.has(holiday.rule))
    .flatMap((holiday) => {
      const day = holiday.date.slice(0, 10)
      const weekday = weekdayOf(day)
      return weekday === 3 ? [day, addDays(day, 1)] : weekday === 1 ? [addDays(day, -1), day] : [day]
    })
    .sort()
  return days.length > 0 ? { end: days[days.length - 1]!, start: days[0]! } : undefined
}

/**
 * The three slumps nearly every programme sees, next to come from `today` (or under way): August, 20
 * December to 3 January, and the May bridges. August and the year end pause the newsletter; May
 * lightens it (one send at most). Days are `YYYY-MM-DD`.
 */
export const defaultDeadPeriods = ({
  country,
  language,
  today,
}: {
  country: string
  language: Language
  today: string
}): CalendarDeadPeriod[] => {
  const year = Number(today.slice(0, 4))
  const augustYear = today <= `${year}-08-31` ? year : year + 1
  const yearEndYear = today <= `${year}-01-03` ? year - 1 : year
  const periods: CalendarDeadPeriod[] = [
    { end: `${augustYear}-08-31`, name: names.august[language], policy: 'pause', start: `${augustYear}-08-01` },
    { end: `${yearEndYear + 1}-01-03`, name: names.yearEnd[language], policy: 'pause', start: `${yearEndYear}-12-20` },
  ]
  const bridges = [year, year + 1]
    .map((candidate) => mayBridges(candidate, country))
    .find((span) => span && span.end >= today)
  if (bridges) {
    periods.push({ ...bridges, name: names.may[language], policy: 'lighten' })
  }
  return periods.sort((a, b) => (a.start < b.start ? -1 : 1))
}
