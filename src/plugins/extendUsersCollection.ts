import type { CollectionConfig } from 'payload'

import type { RolePredicates } from '../access/rolePredicates.ts'
import type { SanitizedAmbassadorsOptions } from '../options.ts'

import { accessOr } from '../access/composeAccess.ts'
import { isSelf } from '../access/isSelf.ts'
import { hiddenFromReferents } from '../access/rolePredicates.ts'
import { createUserFields } from '../fields/createUserFields.ts'
import { createConfirmEmailEndpoints } from '../collections/Users/endpoints/confirmEmail.ts'
import { assignAdminToFirstUser } from '../hooks/assignAdminToFirstUser.ts'
import { queueEmailConfirmation } from '../hooks/queueEmailConfirmation.ts'
import { trackVerifiedEmail } from '../hooks/trackVerifiedEmail.ts'

/**
 * Adds roles, name and language to the host's auth collection, titled by `name` unless the host set
 * `useAsTitle`; and the verified address test sends go to, with its confirmation link and page. Access rules fill only the operations
 * the host left to Payload's default ("any signed-in user"); the host's own rules win.
 */
export const extendUsersCollection = (
  users: CollectionConfig,
  { enabled, jobsQueue, programmeName, slugs, usersAccess }: Pick<
    SanitizedAmbassadorsOptions,
    'enabled' | 'jobsQueue' | 'programmeName' | 'slugs' | 'usersAccess'
  >,
  { isAdmin, isStaff }: RolePredicates,
): CollectionConfig => {
  const existingNames = new Set(users.fields.map((field) => ('name' in field ? field.name : undefined)))
  const pluginFields = createUserFields({ isAdmin, usersSlug: users.slug }).filter(
    (field) => !('name' in field) || !existingNames.has(field.name),
  )
  const access = users.access ?? {}
  return {
    ...users,
    // People appear by name in the admin (submitter, assignee, history) unless the host chose a title.
    admin: {
      ...users.admin,
      hidden: users.admin?.hidden ?? hiddenFromReferents(slugs.users),
      useAsTitle: users.admin?.useAsTitle ?? 'name',
    },
    access: usersAccess
      ? {
          ...access,
          admin: access.admin ?? isStaff,
          create: access.create ?? isAdmin,
          delete: access.delete ?? isAdmin,
          read: access.read ?? isStaff,
          unlock: access.unlock ?? isAdmin,
          update: access.update ?? accessOr(isAdmin, isSelf(slugs.users)),
        }
      : access,
    endpoints: [
      ...(enabled ? createConfirmEmailEndpoints({ programmeName, usersSlug: users.slug }) : []),
      ...(users.endpoints || []),
    ],
    fields: [...users.fields, ...pluginFields],
    hooks: {
      ...users.hooks,
      afterChange: [...(enabled ? [queueEmailConfirmation({ jobsQueue })] : []), ...(users.hooks?.afterChange ?? [])],
      beforeChange: [...(enabled ? [trackVerifiedEmail({ isAdmin })] : []), ...(users.hooks?.beforeChange ?? [])],
      beforeValidate: [
        ...(enabled ? [assignAdminToFirstUser] : []),
        ...(users.hooks?.beforeValidate ?? []),
      ],
    },
  }
}
