import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { translate } from '../utilities/translate.ts'
import { textTypeError } from './findWrongTypedField.ts'

export const validateThemeSlug: TextFieldSingleValidation = (value, options) => {
  const typeError = textTypeError(value, options.req)
  if (typeError) {
    return typeError
  }
  const base = text(value, options)
  if (base !== true || !value) {
    return base
  }
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || translate(options.req, 'plugin-ambassadors:slugInvalid')
}
