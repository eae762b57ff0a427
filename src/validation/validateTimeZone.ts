import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { translate } from '../utilities/translate.ts'
import { textTypeError } from './findWrongTypedField.ts'
import { isTimeZone } from '../utilities/isTimeZone.ts'

export const validateTimeZone: TextFieldSingleValidation = (value, options) => {
  const typeError = textTypeError(value, options.req)
  if (typeError) {
    return typeError
  }
  const base = text(value, options)
  if (base !== true || !value) {
    return base
  }
  return isTimeZone(value) || translate(options.req, 'plugin-ambassadors:timeZoneInvalid')
}
