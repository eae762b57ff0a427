import type { Endpoint } from 'payload'

import type { RolePredicates } from '../../../access/rolePredicates.ts'
import type { AmbassadorsSlugMap } from '../../../types.ts'

import { createImportEndpoints } from './importEndpoints.ts'
import { createPublicPageEndpoints } from './publicPageEndpoints.ts'

export type AmbassadorEndpointArgs = { predicates: RolePredicates; slugs: AmbassadorsSlugMap }

/** The ambassadors collection's endpoints: the public preference and unsubscribe pages, the CSV import. */
export const createAmbassadorEndpoints = (args: AmbassadorEndpointArgs): Endpoint[] => [
  ...createPublicPageEndpoints(args),
  ...createImportEndpoints(args),
]
