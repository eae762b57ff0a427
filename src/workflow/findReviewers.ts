import type { DocumentId } from '../utilities/idOf.ts'
import type { PayloadRequest } from 'payload'

import { idsOf } from '../utilities/idOf.ts'
import { isIdLike } from '../validation/findWrongTypedField.ts'


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
  const idType = req.payload.db.defaultIDType === 'text' ? 'text' : 'number'
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
