import type { Payload } from 'payload'

import { tableOf } from '../delivery/tables.ts'
import { getPool } from './pool.ts'

/** At most `max` test sends per user in any `windowMs`. */
export type TestSendLimit = { max: number; windowMs: number }

/** Five test sends in ten minutes: enough to check a fix, too few to mail anyone at volume. */
export const testSendLimit: TestSendLimit = { max: 5, windowMs: 10 * 60_000 }

/**
 * Records one test send by `user`, unless `max` were made in the last `windowMs`: then answers the
 * milliseconds until one leaves the window. Counted and written in one transaction holding the user's row
 * (`FOR UPDATE`), on the database's clock, so requests at once, on any number of servers, share the limit.
 * The log (`testSends`, the times of the recent sends) lives on the user's row.
 */
export const recordTestSend = async (
  payload: Payload,
  { limit = testSendLimit, user, usersSlug }: { limit?: TestSendLimit; user: number | string; usersSlug: string },
): Promise<{ isAllowed: true } | { isAllowed: false; retryAfterMs: number }> => {
  const users = tableOf(payload, usersSlug)
  const client = await getPool(payload).connect()
  try {
    await client.query('BEGIN')
    const { rows } = await client.query<{ now: Date; test_sends: unknown }>(`SELECT test_sends, now() AS now FROM ${users} WHERE id = $1 FOR UPDATE`, [user])
    const now = rows[0]?.now.getTime() ?? Date.now()
    const logged = Array.isArray(rows[0]?.test_sends) ? (rows[0].test_sends as unknown[]) : []
    const recent = logged
      .map((value) => (typeof value === 'string' ? Date.parse(value) : Number.NaN))
      .filter((time) => time > now - limit.windowMs)
      .sort((a, b) => a - b)
    if (recent.length >= limit.max) {
      await client.query('ROLLBACK')
      return { isAllowed: false, retryAfterMs: recent[recent.length - limit.max]! + limit.windowMs - now }
    }
    const next = [...recent, now].map((time) => new Date(time).toISOString())
    await client.query(`UPDATE ${users} SET test_sends = $2::jsonb WHERE id = $1`, [user, JSON.stringify(next)])
    await client.query('COMMIT')
    return { isAllowed: true }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
