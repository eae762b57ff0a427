export { translations } from '../translations/index.ts'
export type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../translations/index.ts'
