import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { firstFrozenChange, isContentFrozen } from '../delivery/frozenContent.ts'
import { toLanguage } from '../translations/index.ts'
import { translate } from '../utilities/translate.ts'

/** Request-context key the plugin's own writes carry (the build, the nightly archive). */
const systemWriteKey = 'ambassadorsSystemWrite'

/**
 * Once an issue's audience is frozen (sending, paused, sent, or cancelled after the freeze), its content
 * is what the emails were made of: a change to any of it is refused with a 409 naming the field, whoever
 * asks (REST, GraphQL, the admin, the Local API). The engine's own status moves and counters go through
 * its SQL and never reach this hook.
 */
export const freezeIssueContent: CollectionBeforeChangeHook = ({ collection, context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || context?.[systemWriteKey] === true || !isContentFrozen(originalDoc)) {
    return data
  }
  const field = firstFrozenChange(data, originalDoc ?? {})
  if (!field) {
    return data
  }
  const label = collection.flattenedFields.find((candidate) => candidate.name === field)?.label
  const name = label && typeof label === 'object' ? (label as Record<string, string>)[toLanguage(req.i18n?.language)] : field
  const message = translate(req, 'plugin-ambassadors:issueFrozenField', { field: name ?? field })
  throw new APIError(message, 409, { errors: [{ message, path: field }] }, true)
}
