import type { Access } from 'payload'

/** The signed-in user's own document in the users collection. */
export const isSelf =
  (usersSlug: string): Access =>
  ({ req }) =>
    req.user?.collection === usersSlug ? { id: { equals: req.user.id } } : false
