import type { FieldHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'

import { isOwnChoiceWrite } from '../access/isOwnChoiceWrite.ts'
import { toLanguage } from '../translations/index.ts'
import { translate } from '../utilities/translate.ts'

/*
 * Field hooks (`beforeValidate`) on what only the ambassador chooses. They run before Payload's field
 * access, which would drop a refused value silently: a person's attempt is refused out loud instead, with
 * a 403 naming the field, whichever way it arrives (REST, GraphQL, the admin, the Local API without
 * `overrideAccess`).
 */

type Labels = Record<string, { en: string; fr: string }>

/** A 403 naming the field, in Payload's error shape (`data.errors[i].path`), in the caller's language. */
const refusal = (req: PayloadRequest, path: string, key: AmbassadorsTranslationKey, vars?: Record<string, string>) => {
  const message = translate(req, key, vars)
  return new APIError(message, 403, { errors: [{ message, path }] }, true)
}

/** Writes that need no check: the plugin's own (pages, one-click, import) and the Local API with `overrideAccess`. */
const isTrusted = ({ overrideAccess, req }: { overrideAccess?: boolean; req: PayloadRequest }) =>
  overrideAccess === true || isOwnChoiceWrite(req)

/**
 * An ambassador's status, as a person may set it (REST, GraphQL, the admin, the Local API without
 * `overrideAccess`): a new ambassador is `pending`; an address may be marked `bounced` while pending or
 * active. Joining, leaving and rejoining are the ambassador's own; anything else is a 403 on `status`.
 */
export const guardAmbassadorStatus =
  (statusLabels: Labels): FieldHook =>
  ({ operation, overrideAccess, previousValue, req, value }) => {
    // A value that is no status at all is left to the field's own validation (a 400).
    if (isTrusted({ overrideAccess, req }) || typeof value !== 'string' || !Object.hasOwn(statusLabels, value) || value === previousValue) {
      return value
    }
    if (operation === 'create') {
      if (value === 'pending') return value
      throw refusal(req, 'status', 'plugin-ambassadors:consentStatusCreate')
    }
    if (value === 'bounced' && (previousValue === 'pending' || previousValue === 'active')) {
      return value
    }
    const language = toLanguage(req.i18n?.language)
    const label = (status: unknown) => statusLabels[String(status)]?.[language] ?? String(status)
    throw refusal(req, 'status', 'plugin-ambassadors:consentStatusChange', { from: label(previousValue), to: label(value) })
  }

const consentKeys = ['at', 'source', 'noticeVersion'] as const

const normalized = (key: (typeof consentKeys)[number], value: unknown): null | number | string => {
  if (value === undefined || value === null || value === '') return null
  if (key === 'at' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) return Date.parse(value)
  return typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value)
}

/**
 * The `consent` group (when, how, which notice) as a person may send it: unchanged, as the admin's form
 * sends it back, or not at all. A value given that differs from the stored one (a backdated date, another
 * source, one made up at creation) is a 403 naming the sub-field.
 */
export const guardConsentRecord: FieldHook = ({ overrideAccess, previousValue, req, value }) => {
  if (isTrusted({ overrideAccess, req }) || value === undefined || (value !== null && (typeof value !== 'object' || Array.isArray(value)))) {
    return value
  }
  const given = (value ?? { at: null, noticeVersion: null, source: null }) as Record<string, unknown>
  const stored = (previousValue ?? {}) as Record<string, unknown>
  const changed = consentKeys.find((key) => key in given && normalized(key, given[key]) !== normalized(key, stored[key]))
  if (changed) {
    throw refusal(req, `consent.${changed}`, 'plugin-ambassadors:consentRecordChange')
  }
  return value
}

/** The frequency is set once when a person adds the ambassador; after that, only the ambassador changes it. */
export const guardAmbassadorFrequency: FieldHook = ({ operation, overrideAccess, previousValue, req, value }) => {
  if (isTrusted({ overrideAccess, req }) || operation === 'create' || typeof value !== 'string' || value === previousValue) {
    return value
  }
  throw refusal(req, 'frequency', 'plugin-ambassadors:consentFrequencyChange')
}
