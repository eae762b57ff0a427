import type { DocumentId } from '../utilities/idOf.ts'
import type { PayloadRequest } from 'payload'

import { idsOf } from '../utilities/idOf.ts'


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
  const [network, themes] = await Promise.all([
    networkId
      ? req.payload.findByID({
          collection: slugs.referentNetworks,
          depth: 0,
          disableErrors: true,
          id: networkId,
          req,
          select: { editors: true },
        })
      : null,
    themeIds.length
      ? req.payload.find({
          collection: slugs.themes,
          depth: 0,
          limit: themeIds.length,
          pagination: false,
          req,
          select: { editors: true },
          where: { id: { in: themeIds } },
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
