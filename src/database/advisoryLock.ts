import type { Payload } from 'payload'

import { getPool } from './pool.ts'

/** The advisory lock a jobs runner holds while it runs one queue. */
export const queueLockName = (queue: string): string => `payload-plugin-ambassadors:queue:${queue}`

/** The advisory lock held while an issue's audience is frozen (and, for a transaction, while it is deleted). */
export const freezeLockName = (issue: number | string): string => `payload-plugin-ambassadors:freeze:${issue}`

/**
 * Runs `work` only if this process can take the PostgreSQL session advisory lock named `name`;
 * returns `undefined` without running when another session (any worker, on any machine) holds it.
 * The lock dies with the connection, so a crashed worker never leaves it taken; a connection whose
 * unlock failed may still hold it, so it is destroyed rather than returned to the pool.
 */
export const withAdvisoryLock = async <T>(
  payload: Payload,
  name: string,
  work: () => Promise<T>,
): Promise<T | undefined> => {
  const client = await getPool(payload).connect()
  let isLocked = false
  let releaseError: Error | undefined
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
      [name],
    )
    isLocked = rows[0]?.locked === true
    return isLocked ? await work() : undefined
  } finally {
    if (isLocked) {
      releaseError = await client
        .query('SELECT pg_advisory_unlock(hashtext($1))', [name])
        .then(() => undefined, (err: unknown) => (err instanceof Error ? err : new Error(String(err))))
    }
    client.release(releaseError ?? false)
  }
}
