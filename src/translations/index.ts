import { en } from './en.ts'
import { fr } from './fr.ts'

export const translations = { en, fr }

export type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from './en.ts'
