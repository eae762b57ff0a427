export { fallbackLanguage, toLanguage, translations } from '../translations/index.ts'
export type { AmbassadorsLanguage, AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../translations/index.ts'
