import type { EmailLanguage } from './emailTypes.ts'

import { emailStrings } from './emailStrings.ts'

const dateOnly = /^\d{4}-\d{2}-\d{2}$/

const timeWord: Record<EmailLanguage, string> = { en: 'at', fr: 'à' }

const toDate = (value: Date | null | string | undefined): Date | null => {
  if (!value) {
    return null
  }
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** Weekday, day, month and year in that order in both languages ("mercredi 9 décembre 2026", "Wednesday 9 December 2026"). */
const writeDay = (date: Date, language: EmailLanguage, timeZone: string): string => {
  const parts = new Intl.DateTimeFormat(emailStrings[language].locale, {
    day: 'numeric',
    month: 'long',
    timeZone,
    weekday: 'long',
    year: 'numeric',
  }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? ''
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`
}

/**
 * A day written out for the reader of an email ("jeudi 26 novembre 2026", "Thursday 26 November 2026"), or
 * null when there is none or it does not parse. A bare YYYY-MM-DD is a calendar day, not an instant, so it is
 * shown as that day whatever the time zone; a timestamp is shown as the day it falls on in `timeZone`.
 */
export const formatEmailDate = (
  value: Date | null | string | undefined,
  language: EmailLanguage,
  timeZone: string,
): null | string => {
  const date = toDate(value)
  if (!date) {
    return null
  }
  const isCalendarDay = typeof value === 'string' && dateOnly.test(value)
  return writeDay(date, language, isCalendarDay ? 'UTC' : timeZone)
}

/**
 * A moment written out for the reader of an email, the same day then the 24-hour time in `timeZone`
 * ("mercredi 9 décembre 2026 à 17:01", "Wednesday 9 December 2026 at 17:01"), or null when it does not parse.
 */
export const formatEmailDateTime = (
  value: Date | null | string | undefined,
  language: EmailLanguage,
  timeZone: string,
): null | string => {
  const date = toDate(value)
  if (!date) {
    return null
  }
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', minute: '2-digit', timeZone }).format(date)
  return `${writeDay(date, language, timeZone)} ${timeWord[language]} ${time}`
}
