import type { Payload } from 'payload'

import { getPool } from '../database/pool.ts'
import { leaseMs } from './states.ts'
import { tableOf } from './tables.ts'

type Id = number | string

export type ClaimedRow = { ambassadorId: number; attempts: number; id: number; segment: string }
export type RecipientRow = { email: string; firstName: null | string; id: number; status: string }
export type Outcome = { error?: string; id: number; messageId?: string; retryAt?: Date; status: 'failed' | 'retry' | 'sent' | 'suppressed' | 'uncertain' }

/** The SQL of the delivery engine: every statement the workers run, on the typed pool. */
export const createDeliverySql = (payload: Payload, slugs: { ambassadors: string; newsletterDeliveries: string; newsletterIssues: string }) => {
  const pool = () => getPool(payload)
  const deliveries = tableOf(payload, slugs.newsletterDeliveries)
  const issues = tableOf(payload, slugs.newsletterIssues)
  const ambassadors = tableOf(payload, slugs.ambassadors)
  const statusType = `"enum_${deliveries.slice(1, -1)}_status"`
  const ambassadorStatusType = `"enum_${ambassadors.slice(1, -1)}_status"`
  const issueStatusType = `"enum_${issues.slice(1, -1)}_status"`

  return {
    /** Issues being sent now, and scheduled issues whose time has come (to freeze). */
    activeIssues: async () =>
      (await pool().query<{ id: number; status: string }>(
        `SELECT id, status FROM ${issues} WHERE status = 'sending' OR (status = 'scheduled' AND scheduled_at <= now()) ORDER BY id`,
      )).rows,

    /** The issue's status alone: polled between windows, so never the (large) compiled emails. */
    statusOf: async (issue: Id) =>
      (await pool().query<{ status: string }>(`SELECT status FROM ${issues} WHERE id = $1`, [issue])).rows[0]?.status,

    compiledOf: async (issue: Id) =>
      (await pool().query<{ compiled: unknown; status: string }>(`SELECT compiled, status FROM ${issues} WHERE id = $1`, [issue])).rows[0],

    /**
     * Rows whose worker stopped holding them: back to work when the message was never handed over,
     * `uncertain` when it was (it may have been delivered: never re-sent automatically).
     */
    reapExpiredLeases: async (issue: Id) =>
      (await pool().query(
        `UPDATE ${deliveries} SET
           status = (CASE WHEN handed_over_at IS NULL THEN 'pending' ELSE 'uncertain' END)::${statusType},
           last_error = CASE WHEN handed_over_at IS NULL THEN last_error ELSE 'The worker stopped while the message was being handed over: it may have been delivered.' END,
           lease_owner = NULL, lease_until = NULL, updated_at = now()
         WHERE issue_id = $1 AND status = 'sending' AND lease_until < now()`,
        [issue],
      )).rowCount ?? 0,

    /** Takes up to `size` rows to send, exclusively (`FOR UPDATE SKIP LOCKED`), under a lease of `lease` ms. */
    claim: async (issue: Id, owner: string, size: number, lease: number = leaseMs): Promise<ClaimedRow[]> =>
      (await pool().query<{ ambassador_id: number; attempts: string; id: number; segment: string }>(
        `WITH picked AS (
           SELECT id FROM ${deliveries}
           WHERE issue_id = $1 AND (status = 'pending' OR (status = 'retry' AND retry_at <= now()))
           ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED
         )
         UPDATE ${deliveries} d SET status = 'sending', lease_owner = $3,
           lease_until = now() + ($4::int * interval '1 millisecond'), handed_over_at = NULL, updated_at = now()
         FROM picked WHERE d.id = picked.id
         RETURNING d.id, d.ambassador_id, d.segment, d.attempts`,
        [issue, size, owner, lease],
      )).rows.map((row) => ({ ambassadorId: row.ambassador_id, attempts: Number(row.attempts ?? 0), id: row.id, segment: row.segment })),

    recipients: async (ids: number[]): Promise<RecipientRow[]> =>
      (await pool().query<{ email: string; first_name: null | string; id: number; status: string }>(
        `SELECT id, email, first_name, status FROM ${ambassadors} WHERE id = ANY($1::int[])`,
        [ids],
      )).rows.map((row) => ({ email: row.email, firstName: row.first_name, id: row.id, status: row.status })),

    /**
     * The rows about to be handed to the mail server: from now on a crash leaves them `uncertain`. Returns
     * the ids still held by `owner`: a row whose lease ran out may have been taken back by another worker.
     */
    markHandedOver: async (ids: number[], owner: string, lease: number = leaseMs): Promise<number[]> =>
      (await pool().query<{ id: number; window: boolean }>(
        // The window is marked, and the whole batch this worker still holds gets its lease renewed, so a
        // slow mail server does not let the rest of the batch expire while the worker is alive.
        `UPDATE ${deliveries} SET
           handed_over_at = CASE WHEN id = ANY($1::int[]) THEN now() ELSE handed_over_at END,
           lease_until = now() + ($3::int * interval '1 millisecond')
         WHERE lease_owner = $2 AND status = 'sending'
         RETURNING id, id = ANY($1::int[]) AS window`,
        [ids, owner, lease],
      )).rows.filter((row) => row.window).map((row) => row.id),

    /** Rows claimed but not tried (the issue was paused or cancelled meanwhile): back to work. */
    release: async (ids: number[], owner: string) => {
      if (ids.length > 0) {
        await pool().query(
          `UPDATE ${deliveries} SET status = 'pending', lease_owner = NULL, lease_until = NULL, updated_at = now()
           WHERE id = ANY($1::int[]) AND lease_owner = $2 AND status = 'sending' AND handed_over_at IS NULL`,
          [ids, owner],
        )
      }
    },

    /** Outcomes of one window, in one statement; a row another worker took back is left alone. */
    record: async (outcomes: Outcome[], owner: string) => {
      if (outcomes.length === 0) {
        return
      }
      await pool().query(
        `UPDATE ${deliveries} d SET
           status = v.status::${statusType},
           message_id = COALESCE(v.message_id, d.message_id),
           sent_at = CASE WHEN v.status = 'sent' THEN now() ELSE d.sent_at END,
           last_error = v.error, retry_at = v.retry_at,
           attempts = CASE WHEN v.status = 'suppressed' THEN d.attempts ELSE COALESCE(d.attempts, 0) + 1 END,
           lease_owner = NULL, lease_until = NULL, handed_over_at = CASE WHEN v.status = 'retry' THEN NULL ELSE d.handed_over_at END,
           updated_at = now()
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS v(id, status, message_id, error, retry_at)
         WHERE d.id = v.id AND d.lease_owner = $6`,
        [
          outcomes.map((outcome) => outcome.id),
          outcomes.map((outcome) => outcome.status),
          outcomes.map((outcome) => outcome.messageId ?? null),
          outcomes.map((outcome) => outcome.error?.slice(0, 1000) ?? null),
          outcomes.map((outcome) => outcome.retryAt?.toISOString() ?? null),
          owner,
        ],
      )
    },

    /** Addresses that do not exist (5.1.1): no further email. */
    markBounced: async (ids: number[]) => {
      if (ids.length > 0) {
        await pool().query(`UPDATE ${ambassadors} SET status = 'bounced'::${ambassadorStatusType}, updated_at = now() WHERE id = ANY($1::int[])`, [ids])
      }
    },

    /** Counts per state, for the progress view and the issue's counters. */
    counts: async (issue: Id) => {
      const { rows } = await pool().query<{ count: string; status: string }>(
        `SELECT status, count(*) FROM ${deliveries} WHERE issue_id = $1 GROUP BY status`,
        [issue],
      )
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)])) as Record<string, number>
    },

    /**
     * Updates the issue's counters and marks it `sent` once no row is pending, held or waiting for a
     * retry. Answers true to the one caller whose statement made it `sent` (for the thank-you emails).
     */
    completeIfDone: async (issue: Id): Promise<boolean> => {
      await pool().query(
        `UPDATE ${issues} i SET
           counts_sent = (SELECT count(*) FROM ${deliveries} WHERE issue_id = i.id AND status = 'sent'),
           counts_failed = (SELECT count(*) FROM ${deliveries} WHERE issue_id = i.id AND status IN ('failed', 'uncertain')),
           updated_at = now()
         WHERE i.id = $1`,
        [issue],
      )
      const { rowCount } = await pool().query(
        `UPDATE ${issues} i SET status = 'sent', sent_at = now(), updated_at = now()
         WHERE i.id = $1 AND i.status = 'sending'
           AND NOT EXISTS (SELECT 1 FROM ${deliveries} WHERE issue_id = i.id AND status IN ('pending', 'sending', 'retry'))
         RETURNING i.id`,
        [issue],
      )
      return (rowCount ?? 0) > 0
    },

    /** Pauses a send that keeps failing, with the reason the editors read. */
    pause: async (issue: Id, reason: string) =>
      ((await pool().query(
        `UPDATE ${issues} SET status = 'paused', pause_reason = $2, updated_at = now() WHERE id = $1 AND status = 'sending' RETURNING id`,
        [issue, reason],
      )).rowCount ?? 0) > 0,

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

    /** Messages sent in the last minute for this issue: the current pace. */
    sentLastMinute: async (issue: Id) =>
      Number((await pool().query<{ count: string }>(
        `SELECT count(*) FROM ${deliveries} WHERE issue_id = $1 AND status = 'sent' AND sent_at > now() - interval '1 minute'`,
        [issue],
      )).rows[0]?.count ?? 0),

    /** Messages sent in the last second and the last hour, all issues, all workers: the rate limits. */
    recentlySent: async () =>
      (await pool().query<{ hour: string; second: string }>(
        `SELECT count(*) FILTER (WHERE sent_at > now() - interval '1 second') AS second, count(*) AS hour
         FROM ${deliveries} WHERE status = 'sent' AND sent_at > now() - interval '1 hour'`,
      )).rows.map((row) => ({ hour: Number(row.hour), second: Number(row.second) }))[0]!,
  }
}

export type DeliverySql = ReturnType<typeof createDeliverySql>
