import type { PayloadRequest } from 'payload'

import type { BuildSettings } from '../newsletter/buildIssue.ts'
import type { CompiledSegment } from '../newsletter/render/index.ts'

import { getPool } from '../database/pool.ts'
import { loadSegmentContent } from '../newsletter/loadIssueContent.ts'
import { compileSegment } from '../newsletter/render/index.ts'
import { planAudience } from './planAudience.ts'
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
  const groups = await planAudience(req, settings, issue, new Date().toISOString())
  const compiled: Record<string, FrozenSegment> = {}
  const rows: [Id, string][] = []
  let index = 0
  for (const { ambassadors, items, representative } of groups) {
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
