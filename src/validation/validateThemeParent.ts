import type { RelationshipFieldSingleValidation } from 'payload'

import { translate } from '../utilities/translate.ts'
import { idOf, idTypeOf, isIdLike } from '../utilities/idOf.ts'
import { wrongTypeMessage } from './findWrongTypedField.ts'

const maxDepth = 20

/** Refuses a parent that is the theme itself or one of its descendants (a cycle in the tree). */
export const validateThemeParent =
  (themesSlug: string): RelationshipFieldSingleValidation =>
  async (value, { id, req }) => {
    let parentId = idOf(value)
    if (parentId === null || id === undefined) {
      return true
    }
    if (!isIdLike(parentId, idTypeOf(req))) {
      return wrongTypeMessage(req, { message: { key: 'plugin-ambassadors:inputWrongType', vars: { expected: 'plugin-ambassadors:inputTypeId' } }, path: '' })
    }
    for (let depth = 0; parentId !== null && depth < maxDepth; depth++) {
      if (String(parentId) === String(id)) {
        return translate(req, 'plugin-ambassadors:parentCycle')
      }
      const parent = await req.payload.findByID({
        id: parentId,
        collection: themesSlug,
        depth: 0,
        disableErrors: true,
        req,
        select: { parent: true },
      })
      parentId = idOf(parent?.parent)
    }
    return true
  }
