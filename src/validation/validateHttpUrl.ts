import { createTextValidator } from './createTextValidator.ts'

/** True for an absolute http(s) URL with a host; anything else (javascript:, mailto:, relative) fails. */
export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
}

export const validateHttpUrl = createTextValidator(isHttpUrl, 'plugin-ambassadors:linkInvalid')
