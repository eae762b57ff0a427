import type { PayloadRequest } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'

import { fallbackLanguage, translations } from '../translations/index.ts'

/**
 * A plugin message in the request's language. Falls back to the plugin's `fallbackLanguage` when the request carries no i18n
 * (a bare Local API call) so a validation message is never empty.
 */
export const translate = (
  req: Partial<Pick<PayloadRequest, 'i18n' | 't'>> | undefined,
  key: AmbassadorsTranslationKey,
  vars: Record<string, number | string> = {},
): string => {
  if (req?.t) {
    return (req.t as (k: string, v?: Record<string, unknown>) => string)(key, vars)
  }
  const [, name] = key.split(':') as [string, keyof (typeof translations)['en']['plugin-ambassadors']]
  return Object.entries(vars).reduce(
    (message, [variable, value]) => message.replaceAll(`{{${variable}}}`, String(value)),
    translations[fallbackLanguage]['plugin-ambassadors'][name],
  )
}
