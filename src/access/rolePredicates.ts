import type { Access } from 'payload'

import type { Role } from '../types.ts'

import { hasRole } from './hasRole.ts'

/** An access predicate that allows users holding the role. */
export const createRolePredicate =
  (role: Role, usersSlug: string): Access =>
  ({ req }) =>
    hasRole(req.user, role, usersSlug)

/** The role predicates of one users collection: `isAdmin`, `isEditor`, `isReferent`, `isSignedIn`. */
export const createRolePredicates = (usersSlug: string) => ({
  isAdmin: createRolePredicate('admin', usersSlug),
  isEditor: createRolePredicate('editor', usersSlug),
  isReferent: createRolePredicate('referent', usersSlug),
  /** Any user of the users collection with at least one role. */
  isStaff: ((args) =>
    hasRole(args.req.user, 'admin', usersSlug) ||
    hasRole(args.req.user, 'editor', usersSlug) ||
    hasRole(args.req.user, 'referent', usersSlug)) as Access,
})

export type RolePredicates = ReturnType<typeof createRolePredicates>
