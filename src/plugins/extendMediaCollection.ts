import type { CollectionConfig } from 'payload'

import type { RolePredicates } from '../access/rolePredicates.ts'

import { accessOr } from '../access/composeAccess.ts'
import { isOwnUpload } from '../access/isOwnUpload.ts'
import { createUploadedByField } from '../fields/createUploadedByField.ts'

/**
 * Gives the host's upload collection an owner (`uploadedBy`) and the plugin's rules for the operations
 * the host left to Payload's default ("any signed-in user"): staff upload, referents change and delete
 * only their own files, editors and admins all. Reading is the host's: content images go into emails,
 * so the host keeps it public.
 */
export const extendMediaCollection = (
  media: CollectionConfig,
  usersSlug: string,
  { isEditorOrAdmin, isStaff }: RolePredicates,
): CollectionConfig => {
  const access = media.access ?? {}
  const hasOwner = media.fields.some((field) => 'name' in field && field.name === 'uploadedBy')
  const mayManage = accessOr(isEditorOrAdmin, isOwnUpload(usersSlug))
  return {
    ...media,
    access: {
      ...access,
      create: access.create ?? isStaff,
      delete: access.delete ?? mayManage,
      update: access.update ?? mayManage,
    },
    fields: hasOwner ? media.fields : [...media.fields, createUploadedByField(usersSlug)],
  }
}
