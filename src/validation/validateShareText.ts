import type { TextareaFieldValidation } from 'payload'

import { textarea } from 'payload/shared'

import { shareTextLimits } from '../defaults.ts'
import { translate } from '../utilities/translate.ts'

const networkNames: Record<keyof typeof shareTextLimits, string> = {
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  other: 'Other',
  x: 'X',
}

/** A share text must fit the network of its row; length is counted in Unicode code points. */
export const validateShareText: TextareaFieldValidation = (value, options) => {
  const base = textarea(value, options)
  if (base !== true || !value) {
    return base
  }
  const network = (options.siblingData as { network?: keyof typeof shareTextLimits } | undefined)
    ?.network
  const max = network ? shareTextLimits[network] : undefined
  const length = [...value].length
  if (!network || max === undefined || length <= max) {
    return true
  }
  return translate(options.req, 'plugin-ambassadors:shareTextTooLong', {
    length,
    max,
    network: networkNames[network],
  })
}
