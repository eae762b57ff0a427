import type { Payload } from 'payload'

import type { AudienceMember } from '../newsletter/selection.ts'

import { getPool } from '../database/pool.ts'
import { leaseMs } from './states.ts'
import { tableOf } from './tables.ts'

type Id = number | string

export type RecipientRow = { email: string; firstName: null | string; id: number; status: string }
/** A row claimed to send, with its ambassador as they are at the claim (null once deleted: the row is detached). */
export type ClaimedRow = { ambassador: null | RecipientRow; ambassadorId: null | number; attempts: number; id: number; segment: string }
export type Outcome = { error?: string; id: number; messageId?: string; retryAt?: Date; status: 'failed' | 'retry' | 'sent' | 'suppressed' | 'uncertain' }

type ClaimSqlRow = { ambassador_id: null | number; ambassador_status: null | string; attempts: string; email: null | string; first_name: null | string; id: number; segment: string }

const toClaimedRow = (row: ClaimSqlRow): ClaimedRow => ({
  ambassador: row.email === null || row.ambassador_id === null ? null : { email: row.email, firstName: row.first_name, id: row.ambassador_id, status: row.ambassador_status ?? 'deleted' },
  ambassadorId: row.ambassador_id,
  attempts: Number(row.attempts ?? 0),
  id: row.id,
  segment: row.segment,
})

/** The SQL of the delivery engine: every statement the workers run, on the typed pool. */
export const createDeliverySql = (payload: Payload, slugs: { ambassadors: string; newsletterDeliveries: string; newsletterIssues: string }) => {
  const pool = () => getPool(payload)
  const deliveries = tableOf(payload, slugs.newsletterDeliveries)
  const issues = tableOf(payload, slugs.newsletterIssues)
  const ambassadors = tableOf(payload, slugs.ambassadors)
  const ambassadorRels = `"${ambassadors.slice(1, -1)}_rels"`
  const statusType = `"enum_${deliveries.slice(1, -1)}_status"`
  const ambassadorStatusType = `"enum_${ambassadors.slice(1, -1)}_status"`

  const claimSql = `WITH picked AS (
       SELECT id FROM ${deliveries}
       WHERE issue_id = $1 AND (status = 'pending' OR (status = 'retry' AND retry_at <= now()))
       ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE ${deliveries} d SET status = 'sending', lease_owner = $3,
         lease_until = now() + ($4::int * interval '1 millisecond'), handed_over_at = NULL, updated_at = now()
       FROM picked WHERE d.id = picked.id
       RETURNING d.id, d.ambassador_id, d.segment, d.attempts
     )
     SELECT c.id, c.ambassador_id, c.segment, c.attempts, a.email, a.first_name, a.status::text AS ambassador_status
     FROM claimed c LEFT JOIN ${ambassadors} a ON a.id = c.ambassador_id ORDER BY c.id`

  return {
    /** Issues being sent now, and scheduled issues whose time has come (to freeze). */
    activeIssues: async () =>
      (await pool().query<{ id: number; status: string }>(
        `SELECT id, status FROM ${issues} WHERE status = 'sending' OR (status = 'scheduled' AND scheduled_at <= now()) ORDER BY id`,
      )).rows,

    /**
     * Who may receive an issue sent on `sendDate`: active ambassadors with their networks, preferred themes
     * and whether a monthly one was already sent an issue this (UTC) month. One statement, no documents:
     * the freeze reads 100,000 of them.
     */
    audience: async (sendDate: string): Promise<AudienceMember[]> =>
      (await pool().query<{ business_line_network_id: null | number; frequency: AudienceMember['frequency']; id: number; language: null | string; phase: AudienceMember['phase']; region_network_id: null | number; served: boolean; status: string; themes: number[] }>(
        `SELECT a.id, a.language::text AS language, a.region_network_id, a.business_line_network_id, a.frequency::text AS frequency,
           a.phase::text AS phase, a.status::text AS status,
           COALESCE((SELECT array_agg(r.themes_id ORDER BY r."order") FROM ${ambassadorRels} r
                     WHERE r.parent_id = a.id AND r.path = 'themes' AND r.themes_id IS NOT NULL), '{}') AS themes,
           (a.frequency = 'monthly' AND EXISTS (SELECT 1 FROM ${deliveries} d
              WHERE d.ambassador_id = a.id AND d.status = 'sent' AND d.sent_at >= $1::timestamptz)) AS served
         FROM ${ambassadors} a WHERE a.status = 'active' ORDER BY a.id`,
        [`${sendDate.slice(0, 7)}-01T00:00:00.000Z`],
      )).rows.map((row) => ({
        businessLineNetwork: row.business_line_network_id,
        frequency: row.frequency ?? 'twice-monthly',
        id: row.id,
        language: row.language ?? 'fr',
        lastIssueMonth: row.served ? sendDate.slice(0, 7) : null,
        phase: row.phase ?? null,
        regionNetwork: row.region_network_id,
        status: row.status,
        themes: row.themes,
      })),

    /** The issue's status alone: polled between windows, so never the (large) compiled emails. */
    statusOf: async (issue: Id) =>
      (await pool().query<{ status: string }>(`SELECT status FROM ${issues} WHERE id = $1`, [issue])).rows[0]?.status,

    compiledOf: async (issue: Id) =>
      (await pool().query<{ compiled: unknown; status: string }>(`SELECT compiled, status FROM ${issues} WHERE id = $1`, [issue])).rows[0],

    /**
     * Rows whose worker stopped holding them: back to work when the message had not been handed over,
     * `uncertain` when it was (it may have been delivered: never re-sent automatically).
     */
    reapExpiredLeases: async (issue?: Id) =>
      (await pool().query(
        // Locked in id order, as every statement on held rows does.
        // Without an issue: those of the issues a send may have left rows held in (through the
        // (issue, status) index, never a scan of every delivery ever made).
        `WITH expired AS (
           SELECT d.id FROM ${deliveries} d
           WHERE d.issue_id IN (SELECT id FROM ${issues} WHERE ($1::int IS NULL AND status IN ('sending', 'paused', 'cancelled')) OR id = $1)
             AND d.status = 'sending' AND d.lease_until < now()
           ORDER BY d.id FOR UPDATE OF d SKIP LOCKED
         )
         UPDATE ${deliveries} d SET
           status = (CASE WHEN d.handed_over_at IS NULL THEN 'pending' ELSE 'uncertain' END)::${statusType},
           last_error = CASE WHEN d.handed_over_at IS NULL THEN d.last_error ELSE 'The worker stopped while the message was being handed over: it may have been delivered.' END,
           lease_owner = NULL, lease_until = NULL, updated_at = now()
         FROM expired WHERE d.id = expired.id`,
        [issue ?? null],
      )).rowCount ?? 0,

    /**
     * Takes up to `size` rows to send, exclusively (`FOR UPDATE SKIP LOCKED`), under a lease of `lease` ms,
     * with each ambassador's address, first name and status as they are now: an unsubscribe or a bounce
     * since the freeze is honoured at the claim.
     */
    claim: async (issue: Id, owner: string, size: number, lease: number = leaseMs): Promise<ClaimedRow[]> =>
      (await pool().query<ClaimSqlRow>(claimSql, [issue, size, owner, lease])).rows.map(toClaimedRow),

    /**
     * The rows about to be handed to the mail server: from now on a crash leaves them `uncertain`. Returns
     * the ids still held by `owner`: a row whose lease ran out may have been taken back by another worker.
     */
    markHandedOver: async (ids: number[], owner: string): Promise<number[]> =>
      (await pool().query<{ id: number }>(
        // Rows locked in id order, as `record` and `renewLease` do: windows under way at once never deadlock.
        `WITH win AS (SELECT id FROM ${deliveries} WHERE id = ANY($1::int[]) AND lease_owner = $2 AND status = 'sending' ORDER BY id FOR UPDATE)
         UPDATE ${deliveries} d SET handed_over_at = now() FROM win WHERE d.id = win.id RETURNING d.id`,
        [ids, owner],
      )).rows.map((row) => row.id),

    /** Every row this worker holds keeps its lease: a slow mail server does not let a live worker's batch expire. */
    renewLease: async (owner: string, lease: number = leaseMs) => {
      await pool().query(
        `WITH held AS (SELECT id FROM ${deliveries} WHERE lease_owner = $1 AND status = 'sending' ORDER BY id FOR UPDATE)
         UPDATE ${deliveries} d SET lease_until = now() + ($2::int * interval '1 millisecond') FROM held WHERE d.id = held.id`,
        [owner, lease],
      )
    },

    /** Rows claimed but not tried (the issue was paused or cancelled meanwhile): back to work. */
    release: async (ids: number[], owner: string) => {
      if (ids.length > 0) {
        await pool().query(
          `WITH held AS (
             SELECT id FROM ${deliveries} WHERE id = ANY($1::int[]) AND lease_owner = $2 AND status = 'sending' AND handed_over_at IS NULL
             ORDER BY id FOR UPDATE
           )
           UPDATE ${deliveries} d SET status = 'pending', lease_owner = NULL, lease_until = NULL, updated_at = now() FROM held WHERE d.id = held.id`,
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
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS v(id, status, message_id, error, retry_at),
           (SELECT id FROM ${deliveries} WHERE id = ANY($1::int[]) AND lease_owner = $6 ORDER BY id FOR UPDATE) AS locked
         WHERE d.id = v.id AND d.id = locked.id`,
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

    /**
     * Updates the issue's counters and marks it `sent` once no row is pending, held or waiting for a
     * retry. Answers true to the one caller whose statement first made it `sent` (for the thank-you
     * emails: not again when uncertain rows sent later finish it a second time).
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
      // `sent_at` is kept from the first time: rows retried later (the uncertain ones) do not make it a new send.
      const { rows } = await pool().query<{ first: boolean }>(
        `WITH before AS (SELECT sent_at FROM ${issues} WHERE id = $1)
         UPDATE ${issues} i SET status = 'sent', sent_at = COALESCE(i.sent_at, now()), updated_at = now()
         WHERE i.id = $1 AND i.status = 'sending'
           AND NOT EXISTS (SELECT 1 FROM ${deliveries} WHERE issue_id = i.id AND status IN ('pending', 'sending', 'retry'))
         RETURNING (SELECT sent_at FROM before) IS NULL AS first`,
        [issue],
      )
      return rows[0]?.first === true
    },

    /** How many ambassadors each frozen email reached: the referents' thank-you names only what went out. */
    sentPerSegment: async (issue: Id) =>
      new Map(
        (await pool().query<{ count: string; segment: string }>(
          `SELECT segment, count(*) FROM ${deliveries} WHERE issue_id = $1 AND status = 'sent' GROUP BY segment`,
          [issue],
        )).rows.map((row) => [row.segment, Number(row.count)]),
      ),

    /** Pauses a send that keeps failing, with the reason the editors read. */
    pause: async (issue: Id, reason: string) =>
      ((await pool().query(
        `UPDATE ${issues} SET status = 'paused', pause_reason = $2, updated_at = now() WHERE id = $1 AND status = 'sending' RETURNING id`,
        [issue, reason],
      )).rowCount ?? 0) > 0,

    /**
     * Takes up to `size` rows as `claim` does, but no more than the rate limits allow: what was sent in
     * the last second and hour (all issues, all workers) plus the rows held under a live lease count
     * against them. Counted and claimed in one transaction under an advisory lock, so workers claiming at
     * once cannot each take the whole allowance. Answers `null` when the limits allow nothing yet.
     */
    claimWithinLimits: async (
      issue: Id,
      owner: string,
      size: number,
      { lease = leaseMs, perHour, perSecond }: { lease?: number; perHour?: number; perSecond?: number },
    ): Promise<ClaimedRow[] | null> => {
      const client = await pool().connect()
      try {
        await client.query('BEGIN')
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('payload-plugin-ambassadors:rate-limits'))`)
        const { rows } = await client.query<{ held: string; hour: string; second: string }>(
          `SELECT count(*) FILTER (WHERE status = 'sent' AND sent_at > now() - interval '1 second') AS second,
             count(*) FILTER (WHERE status = 'sent') AS hour, count(*) FILTER (WHERE status = 'sending') AS held
           FROM ${deliveries}
           WHERE (status = 'sent' AND sent_at > now() - interval '1 hour') OR (status = 'sending' AND lease_until > now())`,
        )
        const held = Number(rows[0]!.held)
        const allowed = Math.min(
          size,
          perSecond ? perSecond - Number(rows[0]!.second) - held : size,
          perHour ? perHour - Number(rows[0]!.hour) - held : size,
        )
        const claimed = allowed > 0 ? (await client.query(claimSql, [issue, allowed, owner, lease])).rows.map(toClaimedRow) : null
        await client.query('COMMIT')
        return claimed
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
  }
}

export type DeliverySql = ReturnType<typeof createDeliverySql>
