import type { CollectionBeforeOperationHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import { countParameters, isBadCount, isBodyShapeWrong, maxBodyDepth } from '../errors/classifyInputError.ts'
import { findUnsupportedJsonQuery } from '../validation/findUnsupportedJsonQuery.ts'
import { findWrongTypedField, textTypeError, wrongTypeMessage } from '../validation/findWrongTypedField.ts'
import { idTypeOf } from '../utilities/idOf.ts'
import { translate } from '../utilities/translate.ts'

/** A 400 whose first error says what is wrong (Payload's ValidationError would say "invalid field: body"). */
const refusal = (message: string, path: string) => new APIError(message, 400, { errors: [{ message, path }] }, true)

/**
 * Runs before anything reads the input. A `where` asking a JSON field for what PostgreSQL cannot do
 * with it (a text search on the whole column) is refused naming the field and the operator. A REST
 * create or update sent without a body gets an empty object (Payload would fail with a TypeError before
 * validation): the usual 400 then names the missing fields. A body that is not a JSON object, or a field
 * value (or an auth collection's password) of a type the field cannot hold, is refused with a 400 naming
 * the field, before the plugin's validators and hooks (and the database) see it. A negative or
 * non-integer `page`/`limit` is refused rather than sent to the database.
 */
export const ensureOperationData: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const where = (args as { where?: unknown }).where
  const unsupported = where
    ? findUnsupportedJsonQuery(collection.flattenedFields, where, (slug) => req.payload.collections[slug]?.config.flattenedFields)
    : undefined
  if (unsupported) {
    throw refusal(translate(req, 'plugin-ambassadors:inputQueryUnsupported', unsupported), 'where')
  }
  if (operation === 'read' || operation === 'readDistinct') {
    for (const [name, min] of countParameters) {
      if (isBadCount((args as Record<string, unknown>)[name], min)) {
        throw refusal(translate(req, 'plugin-ambassadors:inputParameterInvalid', { parameter: name }), name)
      }
    }
    return args
  }
  if (operation !== 'create' && operation !== 'update') {
    return args
  }
  if (args.data === undefined || args.data === null) {
    return { ...args, data: {} }
  }
  if (isBodyShapeWrong(args.data)) {
    throw refusal(translate(req, 'plugin-ambassadors:inputBodyInvalid', { depth: maxBodyDepth }), 'body')
  }
  const fieldError = (text: string, path: string) =>
    new ValidationError({ collection: collection.slug, errors: [{ message: text, path }], req }, req.t)
  const data = args.data as Record<string, unknown>
  const wrong = findWrongTypedField(collection.flattenedFields, data, idTypeOf(req))
  if (wrong) {
    throw fieldError(wrongTypeMessage(req, wrong), wrong.path)
  }
  // Not a field of the collection: Payload hashes it, and a non-string throws in node:crypto (a 500).
  const passwordError = collection.auth ? textTypeError(data.password, req) : undefined
  if (passwordError) {
    throw fieldError(passwordError, 'password')
  }
  return args
}
