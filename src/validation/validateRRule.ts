import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { translate } from '../utilities/translate.ts'
import { textTypeError } from './findWrongTypedField.ts'
import { parseCadenceRule } from '../calendar/parseCadenceRule.ts'

export const validateRRule: TextFieldSingleValidation = (value, options) => {
  const typeError = textTypeError(value, options.req)
  if (typeError) {
    return typeError
  }
  const base = text(value, options)
  if (base !== true || !value) {
    return base
  }
  const check = parseCadenceRule(value)
  if (check.ok) {
    return true
  }
  return check.reason === 'tooFrequent'
    ? translate(options.req, 'plugin-ambassadors:rruleTooFrequent')
    : translate(options.req, 'plugin-ambassadors:rruleInvalid', { reason: check.detail })
}
