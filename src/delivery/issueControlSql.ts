import type { Payload } from 'payload'

import { getPool } from '../database/pool.ts'
import { tableOf } from './tables.ts'

type Id = number | string

/**
 * The SQL behind the editors' controls of a send (pause, resume, cancel, retry the uncertain) and its
 * progress view: the issue's status moved atomically, the rows counted per state, the pace and the
 * latest errors. The workers' own statements are in deliverySql.ts.
 */
export const createIssueControlSql = (payload: Payload, slugs: { newsletterDeliveries: string; newsletterIssues: string }) => {
  const pool = () => getPool(payload)
  const deliveries = tableOf(payload, slugs.newsletterDeliveries)
  const issues = tableOf(payload, slugs.newsletterIssues)
  const issueStatusType = `"enum_${issues.slice(1, -1)}_status"`

  return {
    /** Counts per state, for the progress view and the issue's counters. */
    counts: async (issue: Id) => {
      const { rows } = await pool().query<{ count: string; status: string }>(
        `SELECT status, count(*) FROM ${deliveries} WHERE issue_id = $1 GROUP BY status`,
        [issue],
      )
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)])) as Record<string, number>
    },

    /** Moves the issue from one of `from` to `to` atomically; false when it was in another state. */
    transition: async (issue: Id, from: string[], to: string) =>
      ((await pool().query(
        `UPDATE ${issues} SET status = $3::text::${issueStatusType}, pause_reason = CASE WHEN $3::text = 'paused' THEN pause_reason ELSE NULL END,
           updated_at = now()
         WHERE id = $1 AND status::text = ANY($2::text[]) RETURNING id`,
        [issue, from, to],
      )).rowCount ?? 0) > 0,

    /** Rows left uncertain go back to work: an editor's decision, after checking with the mail server. */
    retryUncertain: async (issue: Id) =>
      (await pool().query(
        `UPDATE ${deliveries} SET status = 'pending', handed_over_at = NULL, updated_at = now() WHERE issue_id = $1 AND status = 'uncertain'`,
        [issue],
      )).rowCount ?? 0,

    /** The latest errors, for the progress view. */
    lastErrors: async (issue: Id, limit = 10) =>
      (await pool().query<{ error: string; status: string; updated_at: Date }>(
        `SELECT last_error AS error, status, updated_at FROM ${deliveries}
         WHERE issue_id = $1 AND last_error IS NOT NULL AND status <> 'suppressed' ORDER BY updated_at DESC LIMIT $2`,
        [issue, limit],
      )).rows,

    /**
     * The messages of this issue sent in the last minute, and the seconds from the first of them to now:
     * the stretch the current pace is measured over.
     */
    recentSends: async (issue: Id) => {
      const row = (await pool().query<{ count: string; seconds: null | string }>(
        `SELECT count(*), extract(epoch FROM now() - min(sent_at)) AS seconds FROM ${deliveries}
         WHERE issue_id = $1 AND status = 'sent' AND sent_at > now() - interval '1 minute'`,
        [issue],
      )).rows[0]
      return { count: Number(row?.count ?? 0), seconds: Number(row?.seconds ?? 0) }
    },
  }
}
