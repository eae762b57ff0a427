import type { RolePredicates } from '../access/rolePredicates.ts'
import type { SanitizedAmbassadorsOptions } from '../options.ts'

/** What a collection factory receives: the role predicates and the options it names. */
export type CollectionFactoryArgs<K extends keyof SanitizedAmbassadorsOptions = never> = Pick<
  SanitizedAmbassadorsOptions,
  K
> & { predicates: RolePredicates }

export const adminGroup = { en: 'Ambassador programme', fr: 'Programme ambassadeurs' }
export const deliveryGroup = { en: 'Newsletter', fr: 'Newsletter' }
