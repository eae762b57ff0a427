import type { Payload } from 'payload'

/** Absolute link to a document's edit view in the admin (needs `serverURL` for emails to work). */
export const adminDocumentUrl = (payload: Payload, collection: string, id: number | string): string =>
  `${payload.getAdminURL()}/collections/${collection}/${id}`

/** Absolute link to the admin's dashboard, where editors land on their inbox. */
export const adminHomeUrl = (payload: Payload): string => payload.getAdminURL()
