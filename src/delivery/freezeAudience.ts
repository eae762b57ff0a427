import type { PayloadRequest } from 'payload'

import type { BuildSettings } from '../newsletter/buildIssue.ts'
import type { CompiledSegment } from '../newsletter/render/index.ts'

import { getPool } from '../database/pool.ts'
import { getPluginSettings } from '../plugins/customConfig.ts'
import { loadAudience, loadThemes } from '../newsletter/buildIssue.ts'
import { candidateOf, idOf } from '../newsletter/candidateOf.ts'
import { loadSegmentContent } from '../newsletter/loadIssueContent.ts'
import { compileSegment } from '../newsletter/render/index.ts'
import { itemsForSegment, segmentAudience } from '../newsletter/selection.ts'
import { tableOf } from './tables.ts'

type Id = number | string

/** Rows written per INSERT when the audience is frozen. */
const insertBatchSize = 5000

/** One frozen email, with the ids of the items it carries (what the referents' thank-you names). */
export type FrozenSegment = CompiledSegment & { items: string[] }

export type FreezeResult = { audience: number; segments: number; status: 'sending' | 'skipped' }

/**
 * Freezes an issue's audience and its emails: one delivery row per eligible ambassador (active, phase
 * started, frequency allowing; one row per ambassador, whose email is unique), written in batches of
 * thousands, each row naming the email it gets; and one compiled template per distinct email, stored on
 * the issue so that every worker sends exactly the same. The issue moves to `sending` in the same
 * transaction; rows already there are kept (`ON CONFLICT DO NOTHING`), so freezing twice adds nothing.
 */
export const freezeAudience = async (
  req: PayloadRequest,
  settings: BuildSettings,
  issue: Record<string, unknown>,
): Promise<FreezeResult> => {
  const { payload } = req
  const sendDate = new Date().toISOString()
  const calendarId = idOf(issue.calendar)
  const calendar = calendarId === null
    ? null
    : ((await payload.findByID({ collection: getPluginSettings(payload)?.slugs.editorialCalendars ?? 'editorial-calendars', depth: 0, disableErrors: true, id: calendarId, overrideAccess: true, req })) as { phases?: never[] } | null)
  const [members, themes, itemDocs, networks] = await Promise.all([
    loadAudience(req, settings, sendDate),
    loadThemes(req, settings),
    payload.find({
      collection: settings.slugs.contentItems,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { id: { in: ((issue.contentItems as unknown[]) ?? []).map(idOf).filter((id) => id !== null) } },
    }),
    payload.find({ collection: settings.slugs.referentNetworks, depth: 0, limit: 0, overrideAccess: true, pagination: false, req }),
  ])
  const kinds = new Map(networks.docs.map((network) => [String(network.id), (network as { kind?: string }).kind]))
  const order = new Map(((issue.contentItems as unknown[]) ?? []).map((id, index) => [String(idOf(id)), index]))
  const pool = itemDocs.docs
    .map((doc) => candidateOf(doc as Record<string, unknown>, (network) => kinds.get(String(network))))
    .sort((a, b) => (order.get(String(a.id)) ?? 0) - (order.get(String(b.id)) ?? 0))
  const { segments } = segmentAudience(members, { phases: calendar?.phases ?? [], sendDate })

  // Ambassadors who get the same items in the same language get the same email: one template each.
  const groups = new Map<string, { ambassadors: Id[]; items: string[]; representative: (typeof segments)[number] }>()
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
  const compiled: Record<string, FrozenSegment> = {}
  const rows: [Id, string][] = []
  let index = 0
  for (const { ambassadors, items, representative } of groups.values()) {
    const segmentId = `s${index++}`
    compiled[segmentId] = { ...(await compileSegment(await loadSegmentContent(req, settings, { issue, segment: representative }))), items }
    for (const ambassador of ambassadors) {
      rows.push([ambassador, segmentId])
    }
  }

  const deliveries = tableOf(payload, settings.slugs.newsletterDeliveries)
  const issues = tableOf(payload, settings.slugs.newsletterIssues)
  const client = await getPool(payload).connect()
  try {
    await client.query('BEGIN')
    for (let start = 0; start < rows.length; start += insertBatchSize) {
      const batch = rows.slice(start, start + insertBatchSize)
      await client.query(
        `INSERT INTO ${deliveries} (issue_id, ambassador_id, segment, status, attempts)
         SELECT $1, ambassador_id, segment, 'pending', 0 FROM unnest($2::int[], $3::text[]) AS t(ambassador_id, segment)
         ON CONFLICT (issue_id, ambassador_id) DO NOTHING`,
        [issue.id, batch.map(([ambassador]) => Number(ambassador)), batch.map(([, segment]) => segment)],
      )
    }
    const status = rows.length > 0 ? 'sending' : 'skipped'
    await client.query(
      `UPDATE ${issues} SET status = $2::text::"enum_${issues.slice(1, -1)}_status", compiled = $3::jsonb, audience_frozen_at = now(),
         counts_audience = $4, skip_reason = CASE WHEN $2::text = 'skipped' THEN $5 ELSE skip_reason END, updated_at = now()
       WHERE id = $1`,
      [issue.id, status, JSON.stringify(compiled), rows.length, "Personne à qui l'envoyer : aucun ambassadeur actif ne reçoit de contenu de cette édition."],
    )
    await client.query('COMMIT')
    return { audience: rows.length, segments: Object.keys(compiled).length, status }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
