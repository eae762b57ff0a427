import type { DateFieldValidation } from 'payload'

import { date } from 'payload/shared'

import { translate } from '../utilities/translate.ts'

/** A date field that must not come before its sibling `startField`. */
export const validateEndAfterStart =
  (startField: string): DateFieldValidation =>
  (value, options) => {
    const base = date(value, options)
    if (base !== true || !value) {
      return base
    }
    const start = (options.siblingData as Record<string, unknown> | undefined)?.[startField]
    if (!start) {
      return true
    }
    return (
      new Date(value).getTime() >= new Date(start as string).getTime() ||
      translate(options.req, 'plugin-ambassadors:endBeforeStart')
    )
  }
