import type { PayloadRequest } from 'payload'

const contextKey = 'ambassadorsOwnNetworkIds'

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
  const cached = req.context[contextKey] as Record<string, (number | string)[]> | undefined
  const cacheKey = `${req.user.collection}:${req.user.id}`
  const hit = cached?.[cacheKey]
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
  req.context[contextKey] = { ...(cached ?? {}), [cacheKey]: ids }
  return ids
}
