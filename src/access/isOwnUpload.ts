import type { Access } from 'payload'

/** The uploads the signed-in user of the users collection uploaded (their `uploadedBy`). */
export const isOwnUpload =
  (usersSlug: string): Access =>
  ({ req }) =>
    req.user?.collection === usersSlug ? { uploadedBy: { equals: req.user.id } } : false
