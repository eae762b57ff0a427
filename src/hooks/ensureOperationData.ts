import type { CollectionBeforeOperationHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import { countParameters, isBadCount, isBodyShapeWrong, maxBodyDepth } from '../errors/classifyInputError.ts'
import { findWrongTypedField, wrongTypeMessage } from '../validation/findWrongTypedField.ts'
import { idTypeOf } from '../utilities/idOf.ts'
import { translate } from '../utilities/translate.ts'

/**
 * Runs before anything reads the input. A REST create or update sent without a body gets an empty
 * object (Payload would fail with a TypeError before validation): the usual 400 then names the missing
 * fields. A body that is not a JSON object, or a field value of a type the field cannot hold, is refused
 * with a 400 naming the field, before the plugin's validators and hooks (and the database) see it. A
 * negative or non-integer `page`/`limit` is refused rather than sent to the database.
 */
export const ensureOperationData: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'read' || operation === 'readDistinct') {
    for (const [name, min] of countParameters) {
      if (isBadCount((args as Record<string, unknown>)[name], min)) {
        const text = translate(req, 'plugin-ambassadors:inputParameterInvalid', { parameter: name })
        throw new APIError(text, 400, { errors: [{ message: text, path: name }] }, true)
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
  const message = (text: string, path: string) =>
    new ValidationError({ collection: collection.slug, errors: [{ message: text, path }], req }, req.t)
  if (isBodyShapeWrong(args.data)) {
    throw message(translate(req, 'plugin-ambassadors:inputBodyInvalid', { depth: maxBodyDepth }), 'body')
  }
  const idType = idTypeOf(req)
  const wrong = findWrongTypedField(collection.flattenedFields, args.data as Record<string, unknown>, idType)
  if (wrong) {
    throw message(wrongTypeMessage(req, wrong), wrong.path)
  }
  return args
}
