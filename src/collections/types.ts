import type { RolePredicates } from '../access/rolePredicates.ts'
import type { SanitizedAmbassadorsOptions } from '../types.ts'

/** What every collection factory receives. */
export type CollectionFactoryArgs = {
  options: SanitizedAmbassadorsOptions
  predicates: RolePredicates
}

export const adminGroup = { en: 'Ambassador programme', fr: 'Programme ambassadeurs' }
export const deliveryGroup = { en: 'Newsletter', fr: 'Newsletter' }
