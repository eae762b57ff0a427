import type { CollectionBeforeValidateHook } from 'payload'

/**
 * The first account created in an empty users collection (Payload's "create first user" screen)
 * becomes an admin when it names no role (roles are stripped from anonymous writes); otherwise nobody
 * could ever grant one.
 */
export const assignAdminToFirstUser: CollectionBeforeValidateHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  const hasRoles = Array.isArray(data?.roles) && data.roles.length > 0
  if (operation !== 'create' || !data || req.user || hasRoles) {
    return data
  }
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
