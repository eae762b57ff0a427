import type { Payload } from 'payload'

/** The confirmation endpoint's path on the users collection. */
export const confirmEmailPath = '/confirm-email'

/** The absolute URL of the confirmation page for `token` (serverURL, as the newsletter's links). */
export const confirmEmailUrl = (payload: Payload, usersSlug: string, token: string): string =>
  `${payload.config.serverURL || 'http://localhost:3000'}${payload.config.routes.api}/${usersSlug}${confirmEmailPath}?token=${encodeURIComponent(token)}`
