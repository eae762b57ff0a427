import type { UIFieldServerComponent } from 'payload'

import type { IssuePreviewSegment } from './index.client.tsx'

import { IssuePreviewClient } from './index.client.tsx'

export type IssuePreviewServerProps = {
  slugs: { ambassadors: string; referentNetworks: string; themes: string }
}

type StoredSegmentLike = {
  audience?: unknown
  businessLineNetwork?: unknown
  key?: unknown
  language?: unknown
  regionNetwork?: unknown
  themes?: unknown
}

type Id = number | string

const isId = (value: unknown): value is Id => typeof value === 'number' || (typeof value === 'string' && value !== '')

const idsOf = (value: unknown): Id[] => (Array.isArray(value) ? value.filter(isId) : [])

/**
 * The issue's preview, in its edit view (not on the create view: there is nothing to preview yet). Reads,
 * with the user's own access, the names of the segments' networks and themes; the client searches the
 * ambassadors to preview as and fetches the rendered email from the issue's `preview` endpoint.
 */
export const IssuePreview: UIFieldServerComponent = async (props) => {
  const { collectionSlug, data, id, payload, req } = props
  const { slugs } = props as unknown as IssuePreviewServerProps
  if (!id || !req.user) {
    return null
  }
  const stored = (Array.isArray(data?.segments) ? data.segments : []) as StoredSegmentLike[]
  const networkIds = [...new Set(stored.flatMap((segment) => [segment.regionNetwork, segment.businessLineNetwork]).filter(isId))]
  const themeIds = [...new Set(stored.flatMap((segment) => idsOf(segment.themes)))]
  const namesOf = async (collection: string, ids: Id[]) => {
    if (ids.length === 0) {
      return new Map<string, string>()
    }
    const { docs } = await payload.find({
      collection,
      depth: 0,
      limit: ids.length,
      overrideAccess: false,
      pagination: false,
      req,
      select: { name: true },
      where: { id: { in: ids } },
    })
    return new Map(docs.map((doc) => [String(doc.id), String(doc.name ?? doc.id)]))
  }
  const [networkNames, themeNames] = await Promise.all([namesOf(slugs.referentNetworks, networkIds), namesOf(slugs.themes, themeIds)])
  const nameOf = (names: Map<string, string>, value: unknown) => (isId(value) ? (names.get(String(value)) ?? String(value)) : null)
  const segments: IssuePreviewSegment[] = stored
    .filter((segment) => typeof segment.key === 'string' && segment.key !== '')
    .map((segment) => ({
      audience: typeof segment.audience === 'number' ? segment.audience : 0,
      key: String(segment.key),
      language: typeof segment.language === 'string' ? segment.language : 'fr',
      networks: [nameOf(networkNames, segment.regionNetwork), nameOf(networkNames, segment.businessLineNetwork)].filter(
        (name): name is string => name !== null,
      ),
      themes: idsOf(segment.themes).map((theme) => nameOf(themeNames, theme) ?? String(theme)),
    }))
    // The largest audiences first: the segments most readers get.
    .sort((a, b) => b.audience - a.audience)
  const apiUrl = `${payload.config.serverURL ?? ''}${payload.config.routes.api}`
  return (
    <IssuePreviewClient
      ambassadorsUrl={`${apiUrl}/${slugs.ambassadors}`}
      endpoint={`${apiUrl}/${collectionSlug}/${encodeURIComponent(String(id))}`}
      segments={segments}
    />
  )
}
