import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { timePattern } from '../calendar/recurrence.ts'
import { translate } from '../utilities/translate.ts'
import { textTypeError } from './findWrongTypedField.ts'

/** `HH:MM` on 24 hours. */
export const validateTimeOfDay: TextFieldSingleValidation = (value, options) => {
  const typeError = textTypeError(value, options.req)
  if (typeError) {
    return typeError
  }
  const base = text(value, options)
  if (base !== true || !value) {
    return base
  }
  return timePattern.test(value) || translate(options.req, 'plugin-ambassadors:timeOfDayInvalid')
}
