import type { EmailLanguage } from '../../emails/emailTypes.ts'

import { formatEmailDateTime } from '../../emails/formatEmailDate.ts'

/** When an upcoming event starts, as every email writes a moment ("jeudi 7 janvier 2027 à 12:30"), or null. */
export const formatEventStart = (start: string, language: EmailLanguage, timeZone: string): null | string =>
  formatEmailDateTime(start, language, timeZone)
