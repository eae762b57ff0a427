import type { RelationshipFieldManyValidation } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'
import type { Role } from '../types.ts'

import { translate } from '../utilities/translate.ts'
import { idOf, idTypeOf, isIdLike } from '../utilities/idOf.ts'

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
    const raw: unknown[] = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
    const ids = raw.map((item) => (item && typeof item === 'object' && 'value' in item ? item.value : idOf(item)))
    if (!ids.every((id) => isIdLike(id, idTypeOf(req)))) {
      return translate(req, message)
    }
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
      where: { and: [{ id: { in: ids as (number | string)[] } }, { roles: { in: roles } }] },
    })
    return docs.length === new Set(ids.map(String)).size || translate(req, message)
  }
