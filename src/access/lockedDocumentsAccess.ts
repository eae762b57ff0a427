import type { Access, PayloadRequest, Where } from 'payload'

import type { RolePredicate } from './rolePredicates.ts'
import type { DocumentTarget } from './mayAccessDocument.ts'

import { idOf, isSameId } from '../utilities/idOf.ts'
import { isIdOf, mayAccessDocument } from './mayAccessDocument.ts'

/** Payload's own slug for document locks (fixed, and not exported by `payload`). */
export const lockedDocumentsSlug = 'payload-locked-documents'

type LockData = { document?: unknown; globalSlug?: unknown; user?: unknown }

/** `{ relationTo, value }`, the shape of the lock's polymorphic `document` and `user` fields. */
const toPolymorphic = (value: unknown): null | { id: unknown; relationTo: string } =>
  value && typeof value === 'object' && 'relationTo' in value && 'value' in value
    ? { id: idOf((value as { value: unknown }).value), relationTo: String((value as { relationTo: unknown }).relationTo) }
    : null

const isCurrentUser = (req: PayloadRequest, value: unknown): boolean => {
  const user = toPolymorphic(value)
  return Boolean(req.user && user && user.relationTo === req.user.collection && isSameId(user.id, req.user.id))
}

/** What the lock is on, or `null` when the data names nothing valid. */
const toTarget = (req: PayloadRequest, data: LockData): DocumentTarget | null => {
  const document = toPolymorphic(data.document)
  if (document) {
    return isIdOf(req, document.relationTo, document.id) ? { collection: document.relationTo, id: document.id } : null
  }
  return typeof data.globalSlug === 'string' && data.globalSlug ? { global: data.globalSlug } : null
}

const ownLocks = (req: PayloadRequest): Where => ({
  and: [{ 'user.relationTo': { equals: req.user!.collection } }, { 'user.value': { equals: req.user!.id } }],
})

/**
 * Access rules for Payload's `payload-locked-documents`, which Payload opens to every signed-in user and
 * does not let a config change. A lock is taken in one's own name on a document one may update; it is
 * seen by those who may read its document (and its owner); its owner (or an admin) removes it. Payload's
 * admin takes and refreshes locks through its database adapter, so these rules only bind the API.
 */
export const createLockedDocumentsAccess = ({ isAdmin }: { isAdmin: RolePredicate }) => {
  const create: Access<LockData> = async ({ data, req }) => {
    if (!req.user) {
      return false
    }
    if (!data) {
      // Asked without data: the admin's permission map.
      return true
    }
    const target = toTarget(req, data)
    return Boolean(target && isCurrentUser(req, data.user) && (await mayAccessDocument(req, target, 'update')))
  }

  const update: Access<LockData> = async ({ data, id, req }) => {
    if (!req.user) {
      return false
    }
    if (isAdmin({ req })) {
      return true
    }
    if (data?.user !== undefined && !isCurrentUser(req, data.user)) {
      return false
    }
    const isRetargeted = data?.document !== undefined || data?.globalSlug !== undefined
    if (isRetargeted) {
      const target = data ? toTarget(req, data) : null
      if (!target || !(await mayAccessDocument(req, target, 'update'))) {
        return false
      }
    }
    if (id === undefined) {
      return data ? ownLocks(req) : true
    }
    // Taking over someone's lock is Payload's "take over" button: open to whoever may update the document.
    const lock = isIdOf(req, lockedDocumentsSlug, id)
      ? await req.payload.db.findOne<LockData & { id: number | string }>({
          collection: lockedDocumentsSlug,
          req,
          where: { id: { equals: id } },
        })
      : null
    const target = lock ? toTarget(req, lock) : null
    return Boolean(target && (await mayAccessDocument(req, target, 'update')))
  }

  const remove: Access = ({ req }) => (!req.user ? false : isAdmin({ req }) ? true : ownLocks(req))

  const read: Access = async ({ req }) => {
    if (!req.user) {
      return false
    }
    if (isAdmin({ req })) {
      return true
    }
    const visible: Where[] = [ownLocks(req)]
    const scoped: { slug: string; where: Where }[] = []
    for (const collection of req.payload.config.collections) {
      if (collection.lockDocuments === false) {
        continue
      }
      const result = await collection.access.read({ req })
      if (result === true) {
        visible.push({ 'document.relationTo': { equals: collection.slug } })
      } else if (result && typeof result === 'object') {
        scoped.push({ slug: collection.slug, where: result })
      }
    }
    for (const global of req.payload.config.globals) {
      if (global.lockDocuments !== false && (await global.access.read({ req })) === true) {
        visible.push({ globalSlug: { equals: global.slug } })
      }
    }
    if (scoped.length) {
      // Locks are few (one per open editor): resolve the scoped collections' locked ids, not their documents.
      const { docs: locks } = await req.payload.db.find<LockData & { id: number | string }>({
        collection: lockedDocumentsSlug,
        limit: 0,
        pagination: false,
        req,
        // PostgreSQL's adapter matches `relationTo` with `equals` only.
        where: { or: scoped.map(({ slug }) => ({ 'document.relationTo': { equals: slug } })) },
      })
      for (const { slug, where } of scoped) {
        const lockedIds = locks
          .map((lock) => toPolymorphic(lock.document))
          .filter((document) => document?.relationTo === slug)
          .map((document) => document!.id)
        if (!lockedIds.length) {
          continue
        }
        const { docs } = await req.payload.find({
          collection: slug,
          depth: 0,
          limit: 0,
          overrideAccess: true,
          pagination: false,
          req,
          select: {},
          where: { and: [{ id: { in: lockedIds } }, where] },
        })
        if (docs.length) {
          visible.push({
            and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { in: docs.map(({ id }) => id) } }],
          })
        }
      }
    }
    return { or: visible }
  }

  return { create, delete: remove, read, update }
}
