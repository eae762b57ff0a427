import type { Endpoint } from 'payload'

import type { RolePredicates } from '../../../access/rolePredicates.ts'
import type { SanitizedAmbassadorsOptions } from '../../../options.ts'

import { createImportEndpoints } from './importEndpoints.ts'
import { createPublicPageEndpoints } from './publicPageEndpoints.ts'

export type AmbassadorEndpointArgs = Pick<SanitizedAmbassadorsOptions, 'previousSecrets' | 'programmeName' | 'slugs'> & {
  predicates: RolePredicates
}

/** The ambassadors collection's endpoints: the public preference and unsubscribe pages, the CSV import. */
export const createAmbassadorEndpoints = ({ predicates, previousSecrets, programmeName, slugs }: AmbassadorEndpointArgs): Endpoint[] => [
  ...createPublicPageEndpoints({ previousSecrets, programmeName, slugs }),
  ...createImportEndpoints({ predicates, slugs }),
]
