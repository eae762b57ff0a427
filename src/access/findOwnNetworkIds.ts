import type { PayloadRequest } from 'payload'

// Keyed by the request object: nested Local API calls replace `req.context`, the request stays.
const cache = new WeakMap<PayloadRequest, Map<string, (number | string)[]>>()

/**
 * The ids of the referent networks the signed-in user is a member of, read once per request
 * (access runs for every operation and every populated relationship).
 */
export const findOwnNetworkIds = async (
  req: PayloadRequest,
  networksSlug: string,
): Promise<(number | string)[]> => {
  if (!req.user) {
    return []
  }
  const cached = cache.get(req) ?? new Map<string, (number | string)[]>()
  const cacheKey = `${networksSlug}:${req.user.collection}:${req.user.id}`
  const hit = cached.get(cacheKey)
  if (hit) {
    return hit
  }
  const { docs } = await req.payload.find({
    collection: networksSlug,
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    select: {},
    where: { members: { equals: req.user.id } },
  })
  const ids = docs.map((doc) => doc.id)
  cache.set(req, cached.set(cacheKey, ids))
  return ids
}
