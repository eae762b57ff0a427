import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { translate } from '../utilities/translate.ts'

export const validateThemeSlug: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true || !value) {
    return base
  }
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || translate(options.req, 'plugin-ambassadors:slugInvalid')
}
