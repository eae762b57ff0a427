import type { EmailFieldValidation } from 'payload'

import { email } from 'payload/shared'

import { normalizeEmail } from '../utilities/normalizeEmail.ts'
import { translate } from '../utilities/translate.ts'

/**
 * Payload's email check, then a case-insensitive uniqueness check with a clear message. The unique
 * index on the normalised column stays the guard against two concurrent creates.
 */
export const validateUniqueEmail =
  (collection: string): EmailFieldValidation =>
  async (value, options) => {
    const base = email(value, options)
    if (base !== true || !value) {
      return base === true ? base : translate(options.req, 'plugin-ambassadors:emailInvalid')
    }
    const { totalDocs } = await options.req.payload.count({
      collection,
      req: options.req,
      where: {
        and: [
          { email: { equals: normalizeEmail(value) } },
          ...(options.id !== undefined ? [{ id: { not_equals: options.id } }] : []),
        ],
      },
    })
    return totalDocs === 0 || translate(options.req, 'plugin-ambassadors:emailTaken')
  }
