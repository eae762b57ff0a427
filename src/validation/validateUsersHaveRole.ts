import type { RelationshipFieldManyValidation } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'
import type { Role } from '../types.ts'

import { translate } from '../utilities/translate.ts'

/** Every user chosen in a hasMany relationship must hold one of `roles`. */
export const validateUsersHaveRole =
  ({
    message,
    roles,
    usersSlug,
  }: {
    message: AmbassadorsTranslationKey
    roles: Role[]
    usersSlug: string
  }): RelationshipFieldManyValidation =>
  async (value, { req }) => {
    const ids = (value ?? []).map((item) =>
      item && typeof item === 'object' && 'value' in item ? item.value : item,
    ) as (number | string)[]
    if (!ids.length) {
      return true
    }
    const { docs } = await req.payload.find({
      collection: usersSlug,
      depth: 0,
      limit: ids.length,
      pagination: false,
      req,
      select: { roles: true },
      where: { and: [{ id: { in: ids } }, { roles: { in: roles } }] },
    })
    return docs.length === new Set(ids.map(String)).size || translate(req, message)
  }
