import type { ArrayField, SelectFieldSingleValidation, TextareaField, TextField } from 'payload'

import { select } from 'payload/shared'

import type { Language } from '../../types.ts'

import { languages } from '../../defaults.ts'
import { languageLabels } from '../../fields/optionLabels.ts'
import { issueTitleMaxLength } from '../../newsletter/issueSubjects.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { translate } from '../../utilities/translate.ts'

/** "Subject (French)", "Objet (français)": the field's name followed by the language it is written in. */
const inLanguage = (label: { en: string; fr: string }, language: Language) => ({
  en: `${label.en} (${languageLabels[language].en})`,
  fr: `${label.fr} (${languageLabels[language].fr.toLocaleLowerCase('fr')})`,
})

const subjectLabel = { en: 'Subject', fr: 'Objet' }
const introductionLabel = { en: 'Introduction', fr: 'Édito' }

/**
 * A translation row names a language other than the programme's, once: the programme's own version is the
 * issue's `title` and `introduction`.
 */
const validateTranslationLanguage =
  (defaultLanguage: Language): SelectFieldSingleValidation =>
  (value, options) => {
    const base = select(value, options)
    if (base !== true) {
      return base
    }
    if (value === defaultLanguage) {
      return translate(options.req, 'plugin-ambassadors:issueTranslationIsDefault')
    }
    // The first row of a language stands; a later one is the mistake.
    const rows = (options.data as { translations?: unknown })?.translations
    const first = Array.isArray(rows) ? rows.findIndex((row) => (row as { language?: unknown } | null)?.language === value) : -1
    const index = Number(options.path.at(-2))
    return first === -1 || !(first < index) || translate(options.req, 'plugin-ambassadors:issueTranslationTwice')
  }

/**
 * An issue's words per language: `title` (the subject) and `introduction` in the programme's language, which
 * REST and GraphQL clients read as before whatever the host's localization, and `translations`, one row per
 * other language (`language`, `title`, `introduction`). Each ambassador's email takes one version whole.
 */
export const issueLanguageFields = (
  defaultLanguage: Language,
): { introduction: TextareaField; title: TextField; translations: ArrayField } => {
  const otherLanguages = languages.filter((language) => language !== defaultLanguage)
  return {
    introduction: {
      name: 'introduction',
      type: 'textarea',
      label: inLanguage(introductionLabel, defaultLanguage),
    },
    title: {
      name: 'title',
      type: 'text',
      label: inLanguage(subjectLabel, defaultLanguage),
      maxLength: issueTitleMaxLength,
      required: true,
    },
    translations: {
      name: 'translations',
      type: 'array',
      admin: { initCollapsed: false },
      fields: [
        {
          name: 'language',
          type: 'select',
          defaultValue: otherLanguages[0],
          label: { en: 'Language', fr: 'Langue' },
          options: selectOptions(languages, languageLabels),
          required: true,
          validate: validateTranslationLanguage(defaultLanguage),
        },
        { name: 'title', type: 'text', label: subjectLabel, maxLength: issueTitleMaxLength, required: true },
        { name: 'introduction', type: 'textarea', label: introductionLabel },
      ],
      label: { en: 'Other languages', fr: 'Autres langues' },
      labels: {
        plural: { en: 'Other languages', fr: 'Autres langues' },
        singular: { en: 'Language', fr: 'Langue' },
      },
      maxRows: languages.length - 1,
    },
  }
}
