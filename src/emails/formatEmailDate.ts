import type { EmailLanguage } from './emailTypes.ts'

import { emailStrings } from './emailStrings.ts'

const dateOnly = /^\d{4}-\d{2}-\d{2}$/

/**
 * A date written out for the reader ("jeudi 26 novembre 2026", "Thursday, 26 November 2026"), or null when
 * there is none or it does not parse. A bare YYYY-MM-DD is a calendar day, not an instant, so it is shown as
 * that day whatever the time zone; a timestamp is shown as the day it falls on in `timeZone`.
 */
export const formatEmailDate = (
  value: Date | null | string | undefined,
  language: EmailLanguage,
  timeZone: string,
): null | string => {
  if (!value) {
    return null
  }
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) {
    return null
  }
  const isCalendarDay = typeof value === 'string' && dateOnly.test(value)
  return new Intl.DateTimeFormat(emailStrings[language].locale, {
    day: 'numeric',
    month: 'long',
    timeZone: isCalendarDay ? 'UTC' : timeZone,
    weekday: 'long',
    year: 'numeric',
  }).format(date)
}
