import type { FieldHook } from 'payload'

import { normalizeEmail } from '../utilities/normalizeEmail.ts'

/** Stores addresses normalised so that uniqueness is case-insensitive at the database index. */
export const normalizeAmbassadorEmail: FieldHook = ({ value }) =>
  typeof value === 'string' ? normalizeEmail(value) : value
