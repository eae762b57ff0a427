import type { PayloadRequest } from 'payload'

import type { CalendarPhase } from '../calendar/types.ts'
import type { BuildSettings } from '../newsletter/buildIssue.ts'
import type { Segment } from '../newsletter/selection.ts'

import { loadAudience, loadThemes } from '../newsletter/loadBuildInputs.ts'
import { candidateOf, idOf } from '../newsletter/candidateOf.ts'
import { itemsForSegment, segmentAudience } from '../newsletter/selection.ts'

type Id = number | string

/** One distinct email of a send: the ambassadors who get it, its items, and a segment to render it for. */
export type AudienceGroup = { ambassadors: Id[]; items: string[]; representative: Segment }

/**
 * Who an issue sent at `sendDate` goes to, as the freeze writes it: the eligible ambassadors (active,
 * phase started, frequency allowing), segmented, each segment's items chosen from the issue's, and the
 * segments that get the same items in the same language grouped as one email. Segments that get no item
 * get no email. The send's confirmation counts the same groups, so the number it announces is the one
 * the freeze writes.
 */
export const planAudience = async (req: PayloadRequest, settings: BuildSettings, issue: Record<string, unknown>, sendDate: string): Promise<AudienceGroup[]> => {
  const { payload } = req
  const itemIds = ((issue.contentItems as unknown[]) ?? []).map(idOf).filter((id) => id !== null)
  const [members, themes, itemDocs, networks, withCalendar] = await Promise.all([
    loadAudience(req, settings, sendDate),
    loadThemes(req, settings),
    payload.find({ collection: settings.slugs.contentItems, depth: 0, limit: 0, overrideAccess: true, pagination: false, req, where: { id: { in: itemIds } } }),
    payload.find({ collection: settings.slugs.referentNetworks, depth: 0, limit: 0, overrideAccess: true, pagination: false, req }),
    // The calendar's phases decide who has started; read through the issue's own relationship.
    payload.findByID({ collection: settings.slugs.newsletterIssues, depth: 1, disableErrors: true, id: issue.id as Id, overrideAccess: true, req, select: { calendar: true } }),
  ])
  const calendar = (withCalendar as { calendar?: unknown } | null)?.calendar
  const phases = (typeof calendar === 'object' && calendar !== null ? (calendar as { phases?: CalendarPhase[] }).phases : undefined) ?? []
  const kinds = new Map(networks.docs.map((network) => [String(network.id), (network as { kind?: string }).kind]))
  const order = new Map(itemIds.map((id, index) => [String(id), index]))
  const pool = itemDocs.docs
    .map((doc) => candidateOf(doc as Record<string, unknown>, (network) => kinds.get(String(network))))
    .sort((a, b) => (order.get(String(a.id)) ?? 0) - (order.get(String(b.id)) ?? 0))
  const { segments } = segmentAudience(members, { phases, sendDate })

  const groups = new Map<string, AudienceGroup>()
  for (const segment of segments) {
    const items = itemsForSegment(pool, segment, { cap: settings.itemsPerIssue, themes }).map((item) => String(item.id))
    if (items.length === 0) {
      continue
    }
    const key = `${segment.language}|${items.join(',')}`
    const group = groups.get(key) ?? { ambassadors: [], items, representative: segment }
    group.ambassadors.push(...segment.ambassadors)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** How many ambassadors an issue sent now would go to: the rows the freeze would write. */
export const countAudience = async (req: PayloadRequest, settings: BuildSettings, issue: Record<string, unknown>): Promise<number> =>
  (await planAudience(req, settings, issue, new Date().toISOString())).reduce((sum, group) => sum + group.ambassadors.length, 0)
