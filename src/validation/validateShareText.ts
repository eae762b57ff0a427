import type { TextareaFieldValidation } from 'payload'

import { textarea } from 'payload/shared'

import { type SocialNetwork, shareTextLimits } from '../defaults.ts'
import { translate } from '../utilities/translate.ts'
import { textTypeError } from './findWrongTypedField.ts'


const networkNames: Record<SocialNetwork, string> = {
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  other: 'Other',
  x: 'X',
}

/**
 * How far a share text is over its network's limit, or `undefined` when it fits. Length is counted in
 * Unicode code points, so an accent or an emoji is one character, as the networks count them.
 */
export const findShareTextOverflow = (
  network: SocialNetwork | undefined,
  text: string,
): undefined | { length: number; max: number; network: string } => {
  const max = network ? shareTextLimits[network] : undefined
  const length = [...text].length
  return network && max !== undefined && length > max
    ? { length, max, network: networkNames[network] }
    : undefined
}

export const validateShareText: TextareaFieldValidation = (value, options) => {
  const typeError = textTypeError(value, options.req)
  if (typeError) {
    return typeError
  }
  const base = textarea(value, options)
  if (base !== true || !value) {
    return base
  }
  const network = (options.siblingData as { network?: SocialNetwork } | undefined)?.network
  const overflow = findShareTextOverflow(network, value)
  return overflow ? translate(options.req, 'plugin-ambassadors:shareTextTooLong', overflow) : true
}
