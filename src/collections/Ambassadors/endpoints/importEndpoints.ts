import type { Endpoint } from 'payload'

import type { AmbassadorEndpointArgs } from './index.ts'

/** The CSV import of ambassadors (editors and admins). */
export const createImportEndpoints = (_args: AmbassadorEndpointArgs): Endpoint[] => []
