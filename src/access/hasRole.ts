import type { Role } from '../types.ts'

type UserLike = { collection?: string; id?: number | string; roles?: unknown } | null | undefined

/** True when the user is signed in to the given auth collection and holds the role. */
export const hasRole = (user: UserLike, role: Role, usersSlug: string): boolean =>
  Boolean(user) &&
  user!.collection === usersSlug &&
  Array.isArray(user!.roles) &&
  (user!.roles as unknown[]).includes(role)

/** A referent who is neither editor nor admin: the person who suggests content and decides nothing. */
export const isOnlyReferent = (user: UserLike, usersSlug: string): boolean =>
  hasRole(user, 'referent', usersSlug) && !hasRole(user, 'editor', usersSlug) && !hasRole(user, 'admin', usersSlug)
