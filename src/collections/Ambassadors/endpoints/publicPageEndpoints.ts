import type { Endpoint } from 'payload'

import type { AmbassadorEndpointArgs } from './index.ts'

/** The ambassador's own pages, reached from links in the newsletter: preferences and unsubscribe. */
export const createPublicPageEndpoints = (_args: AmbassadorEndpointArgs): Endpoint[] => []
