import type { CollectionBeforeChangeHook } from 'payload'

import type { RolePredicate } from '../access/rolePredicates.ts'

import { normalizeEmail } from '../utilities/normalizeEmail.ts'

/**
 * Keeps the address test sends go to (`verifiedEmail`). An account's address at its creation is verified
 * (created by an admin, the first-user screen or a seed: whoever creates it vouches for it), and so is an
 * address an admin (or trusted code, with no user) sets: an admin could as well create an account with it.
 * An address a user gives themselves stays unverified until confirmed from its mailbox (see
 * `queueEmailConfirmation`); meanwhile test sends keep going to the former verified address.
 */
export const trackVerifiedEmail =
  ({ isAdmin }: { isAdmin: RolePredicate }): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    const email = typeof data.email === 'string' ? data.email : undefined
    if (operation === 'create') {
      return email ? { ...data, verifiedEmail: normalizeEmail(email) } : data
    }
    const isTrusted = !req.user || isAdmin({ req })
    const current = typeof originalDoc?.email === 'string' ? originalDoc.email : ''
    const isChanged = email !== undefined && normalizeEmail(email) !== normalizeEmail(current)
    const hasNone = !originalDoc?.verifiedEmail
    return isTrusted && (isChanged || hasNone) ? { ...data, verifiedEmail: normalizeEmail(email ?? current) } : data
  }
