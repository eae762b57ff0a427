import type { Field, FieldHook } from 'payload'

/** Stamps the uploader on create, unless a trusted Local API call (no user) names one. */
const stampUploader =
  (usersSlug: string): FieldHook =>
  ({ operation, req, value }) =>
    operation === 'create' && req.user?.collection === usersSlug ? req.user.id : value

/**
 * Who uploaded the file: the owner in the media access rules. Set by the plugin on create; nobody
 * writes it through the API.
 */
export const createUploadedByField = (usersSlug: string): Field => ({
  name: 'uploadedBy',
  type: 'relationship',
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [stampUploader(usersSlug)] },
  index: true,
  label: { en: 'Uploaded by', fr: 'Importé par' },
  relationTo: usersSlug,
})
