import type { PayloadRequest } from 'payload'

import type { Role } from '../types.ts'

import { hasRole, isOnlyReferent } from './hasRole.ts'

/**
 * A yes/no rule on the signed-in user. It fits both collection access (`Access`) and field access
 * (`FieldAccess`), and composes with `accessOr`/`accessAnd`.
 */
export type RolePredicate = (args: { req: Pick<PayloadRequest, 'user'> }) => boolean

/** A predicate that allows users holding any of the roles. */
export const createRolePredicate =
  (allowed: readonly Role[], usersSlug: string): RolePredicate =>
  ({ req }) =>
    allowed.some((role) => hasRole(req.user, role, usersSlug))

/** The role groups of one users collection. */
export const createRolePredicates = (usersSlug: string) => ({
  isAdmin: createRolePredicate(['admin'], usersSlug),
  isEditor: createRolePredicate(['editor'], usersSlug),
  /** Editors and admins: the people who manage content and decide on suggestions. */
  isEditorOrAdmin: createRolePredicate(['admin', 'editor'], usersSlug),
  isReferent: createRolePredicate(['referent'], usersSlug),
  /** Any user of the users collection holding at least one of the plugin's roles. */
  isStaff: createRolePredicate(['admin', 'editor', 'referent'], usersSlug),
})

export type RolePredicates = ReturnType<typeof createRolePredicates>

/**
 * `admin.hidden` for collections a referent has nothing to do with in the admin (the activity log, read
 * in each item's history; the users, read as names): hidden from their navigation and dashboard only.
 */
export const hiddenFromReferents =
  (usersSlug: string) =>
  ({ user }: { user: { collection?: string; roles?: unknown } | null }): boolean =>
    isOnlyReferent(user, usersSlug)

