import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { translate } from '../utilities/translate.ts'
import { textTypeError } from './findWrongTypedField.ts'

/** True for an absolute http(s) URL with a host; anything else (javascript:, mailto:, relative) fails. */
export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
}

export const validateHttpUrl: TextFieldSingleValidation = (value, options) => {
  const typeError = textTypeError(value, options.req)
  if (typeError) {
    return typeError
  }
  const base = text(value, options)
  if (base !== true || !value) {
    return base
  }
  return isHttpUrl(value) || translate(options.req, 'plugin-ambassadors:linkInvalid')
}
