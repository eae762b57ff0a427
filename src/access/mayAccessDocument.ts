import type { PayloadRequest } from 'payload'

import type { DocumentId } from '../utilities/idOf.ts'

import { idTypeOf, isIdLike } from '../utilities/idOf.ts'

/** A document of a collection, or a global. */
export type DocumentTarget = { collection: string; id: DocumentId } | { global: string }

/** True when `id` has the shape the collection's IDs have (a number for serial IDs), so a query cannot fail on it. */
export const isIdOf = (req: PayloadRequest, collection: string, id: unknown): id is DocumentId => {
  if (typeof id !== 'number' && typeof id !== 'string') {
    return false
  }
  const type = req.payload.collections[collection]?.customIDType ?? idTypeOf(req)
  return isIdLike(id, type === 'number' ? 'number' : 'text')
}

/**
 * Whether the signed-in user may read or update one document, by its own collection's (or global's)
 * access rule: `true` allows, `false` refuses, a `Where` is checked against that document.
 */
export const mayAccessDocument = async (
  req: PayloadRequest,
  target: DocumentTarget,
  operation: 'read' | 'update',
): Promise<boolean> => {
  if ('global' in target) {
    const global = req.payload.config.globals.find(({ slug }) => slug === target.global)
    const access = global?.access[operation]
    return Boolean(global && access && (await access({ req })))
  }
  const collection = req.payload.collections[target.collection]
  if (!collection || !isIdOf(req, target.collection, target.id)) {
    return false
  }
  const result = await collection.config.access[operation]({ id: target.id, req })
  if (typeof result !== 'object' || result === null) {
    return Boolean(result)
  }
  const { totalDocs } = await req.payload.count({
    collection: target.collection,
    overrideAccess: true,
    req,
    where: { and: [{ id: { equals: target.id } }, result] },
  })
  return totalDocs > 0
}
