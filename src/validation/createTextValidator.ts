import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'

import { translate } from '../utilities/translate.ts'
import { textTypeError } from './findWrongTypedField.ts'

/**
 * A text field's validator: the type checked first (a value that is not text gets its own message), then
 * Payload's own text rules, then `check` on a non-empty value (`true`, or the message to show).
 */
export const validateTextWith =
  (check: (value: string, options: Parameters<TextFieldSingleValidation>[1]) => string | true): TextFieldSingleValidation =>
  (value, options) => {
    const typeError = textTypeError(value, options.req)
    if (typeError) {
      return typeError
    }
    const base = text(value, options)
    if (base !== true || !value) {
      return base
    }
    return check(value, options)
  }

/** A text field's validator (see `validateTextWith`) refusing a value `isValid` rejects with the message `key`. */
export const createTextValidator = (isValid: (value: string) => boolean, key: AmbassadorsTranslationKey): TextFieldSingleValidation =>
  validateTextWith((value, options) => isValid(value) || translate(options.req, key))
