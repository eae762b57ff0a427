import type { Language } from '../types.ts'

import { languages } from '../defaults.ts'

/** What an issue says in one language: its subject and introduction. */
export type IssueVersion = { introduction?: string; language: Language; title: string }

/** An issue's subject and introduction in a language other than the programme's (`translations` rows). */
export type IssueTranslation = { introduction?: null | string; language?: null | string; title?: null | string }

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const isLanguage = (value: unknown): value is Language => languages.some((language) => language === value)

/**
 * The version of an issue a reader of `language` gets: the issue's own `title` and `introduction` in the
 * programme's language, or the translation into `language` when it has a subject. A language without one
 * gets the programme's version, and then the whole email (greeting, footer) in the programme's language:
 * an email never mixes two languages.
 */
export const issueVersionFor = (
  issue: { introduction?: unknown; title?: unknown; translations?: unknown },
  language: unknown,
  defaultLanguage: Language,
): IssueVersion => {
  const rows = (Array.isArray(issue.translations) ? issue.translations : []) as IssueTranslation[]
  const translation = isLanguage(language) && language !== defaultLanguage
    ? rows.find((row) => row?.language === language && textOf(row.title) !== '')
    : undefined
  const version = (chosen: { introduction?: unknown; title?: unknown }, of: Language): IssueVersion => ({
    ...(textOf(chosen.introduction) ? { introduction: String(chosen.introduction) } : {}),
    language: of,
    title: textOf(chosen.title),
  })
  return translation && isLanguage(language) ? version(translation, language) : version(issue, defaultLanguage)
}
