import type { PayloadRequest } from 'payload'

import type { Role } from '../types.ts'

type UserLike = PayloadRequest['user']

/** True when the user is signed in to the given auth collection and holds the role. */
export const hasRole = (user: UserLike, role: Role, usersSlug: string): boolean => {
  if (!user || user.collection !== usersSlug) {
    return false
  }
  const roles = (user as { roles?: unknown }).roles
  return Array.isArray(roles) && roles.includes(role)
}
