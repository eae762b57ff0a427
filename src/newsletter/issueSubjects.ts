import type { CalendarData, Occurrence } from '../calendar/types.ts'
import type { Language } from '../types.ts'

import { languages } from '../defaults.ts'
import { formatZonedDateTime } from '../utilities/zonedTime.ts'

/**
 * The longest subject (an issue's title, per language) a save accepts, in characters: mail clients show 40 to
 * 80 of it, and a sent subject must stay a header of reasonable length. A title stored before the limit is cut
 * to it when the email is written.
 */
export const issueTitleMaxLength = 150

const titleWords: Record<Language, string> = { en: 'Ambassador newsletter', fr: 'Newsletter des ambassadeurs' }

const issueTitle = (calendar: Pick<CalendarData, 'timeZone'>, occurrence: Pick<Occurrence, 'start'>, language: Language) => {
  const [year, month, day] = formatZonedDateTime(calendar.timeZone, Date.parse(occurrence.start)).slice(0, 10).split('-')
  return `${titleWords[language]} · ${day}/${month}/${year}`
}

/** The subject in the programme's language (`title`), and one `translations` row per other language. */
export const issueSubjects = (calendar: Pick<CalendarData, 'timeZone'>, occurrence: Pick<Occurrence, 'start'>, defaultLanguage: Language) => ({
  title: issueTitle(calendar, occurrence, defaultLanguage),
  translations: languages
    .filter((language) => language !== defaultLanguage)
    .map((language) => ({ language, title: issueTitle(calendar, occurrence, language) })),
})

