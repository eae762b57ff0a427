import type { DocumentId } from '../utilities/idOf.ts'
import type { PayloadRequest } from 'payload'

import { idOf, idsOf, idTypeOf, isIdLike, isSameId } from '../utilities/idOf.ts'


export type Reviewers = {
  /** Editors of the item's network and themes; the admins when there are none. */
  ids: DocumentId[]
  /** True when the network (and themes) name no editor and the item falls back to the admins. */
  isFallbackToAdmins: boolean
}

/** Who reviews an item: its network's editors plus the editors its themes name, else the admins. */
export const findReviewers = async ({
  networkId,
  req,
  slugs,
  themeIds,
}: {
  networkId: DocumentId | null | undefined
  req: PayloadRequest
  slugs: { referentNetworks: string; themes: string; users: string }
  themeIds: DocumentId[]
}): Promise<Reviewers> => {
  // Runs before validation: an ID that cannot exist never reaches the database (validation refuses it).
  const idType = idTypeOf(req)
  const validThemeIds = themeIds.filter((id) => isIdLike(id, idType))
  const [network, themes] = await Promise.all([
    networkId && isIdLike(networkId, idType)
      ? req.payload.findByID({
          collection: slugs.referentNetworks,
          depth: 0,
          disableErrors: true,
          id: networkId,
          req,
          select: { editors: true },
        })
      : null,
    validThemeIds.length
      ? req.payload.find({
          collection: slugs.themes,
          depth: 0,
          limit: validThemeIds.length,
          pagination: false,
          req,
          select: { editors: true },
          where: { id: { in: validThemeIds } },
        })
      : { docs: [] },
  ])
  const editorIds = [...idsOf(network?.editors), ...themes.docs.flatMap((theme) => idsOf(theme.editors))]
  const unique = [...new Map(editorIds.map((id) => [String(id), id])).values()]
  if (unique.length) {
    return { ids: unique, isFallbackToAdmins: false }
  }
  const { docs: admins } = await req.payload.find({
    collection: slugs.users,
    depth: 0,
    pagination: false,
    req,
    select: {},
    where: { roles: { in: ['admin'] } },
  })
  return { ids: admins.map((admin) => admin.id), isFallbackToAdmins: true }
}

/** True when the signed-in user of `req` is one of the reviewers of an item in `networkId` with `themes`. */
export const isReviewerOf = async ({
  networkId,
  req,
  slugs,
  themes,
}: {
  networkId: unknown
  req: PayloadRequest
  slugs: { referentNetworks: string; themes: string; users: string }
  themes: unknown
}): Promise<boolean> => {
  const userId = req.user?.id
  if (userId === undefined) {
    return false
  }
  const { ids } = await findReviewers({ networkId: idOf(networkId), req, slugs, themeIds: idsOf(themes) })
  return ids.some((id) => isSameId(id, userId))
}
