import { en } from './en.ts'
import { fr } from './fr.ts'

export const translations = { en, fr }

export type AmbassadorsLanguage = keyof typeof translations

// English, like Payload's own i18n default: the plugin's language when nothing names one it speaks.
export const fallbackLanguage: AmbassadorsLanguage = 'en'

/** A language the plugin speaks: `value` when it is one, else `fallbackLanguage`. */
export const toLanguage = (value: unknown): AmbassadorsLanguage =>
  value === 'en' || value === 'fr' ? value : fallbackLanguage

export type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from './en.ts'
