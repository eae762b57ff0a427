import type { Payload, PayloadRequest } from 'payload'

import type { DocumentId as Id } from 'payload-plugin-ambassadors/types'

export type { Id }

/** What every seeding step receives: Payload and the request that carries the one transaction. */
export type SeedContext = { payload: Payload; req: PayloadRequest }

type CreateOptions = { draft?: boolean; locale?: string }

/** Creates one document inside the seed's transaction (access overridden) and answers its id. */
export const createDoc = async (
  { payload, req }: SeedContext,
  collection: string,
  data: Record<string, unknown>,
  options: CreateOptions = {},
): Promise<Id> => {
  const doc = await payload.create({ collection, data, depth: 0, req, ...options })
  return doc.id
}

/** Creates one document per spec, one after the other, and answers their ids by key. */
export const createEach = async <Spec extends { key: string }>(
  specs: readonly Spec[],
  create: (spec: Spec) => Promise<Id>,
): Promise<Record<Spec['key'], Id>> => {
  const ids = {} as Record<Spec['key'], Id>
  for (const spec of specs) {
    ids[spec.key as Spec['key']] = await create(spec)
  }
  return ids
}
