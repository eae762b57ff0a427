import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { translate } from '../utilities/translate.ts'

export const validateHexColor: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true || !value) {
    return base
  }
  return /^#[0-9a-f]{6}$/i.test(value) || translate(options.req, 'plugin-ambassadors:colorInvalid')
}
