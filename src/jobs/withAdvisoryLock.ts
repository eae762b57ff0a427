import type { Payload } from 'payload'

type PgPool = {
  connect: () => Promise<{
    query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
    release: (destroy?: boolean) => void
  }>
}

/**
 * Runs `work` only if this process can take the PostgreSQL session advisory lock named `name`;
 * returns `undefined` without running when another session (any worker, on any machine) holds it.
 * The lock dies with the connection, so a crashed worker never leaves it taken.
 */
export const withAdvisoryLock = async <T>(
  payload: Payload,
  name: string,
  work: () => Promise<T>,
): Promise<T | undefined> => {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  if (!pool) {
    throw new Error('withAdvisoryLock needs the @payloadcms/db-postgres adapter (payload.db.pool)')
  }
  const client = await pool.connect()
  let isLocked = false
  try {
    const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [name])
    isLocked = rows[0]?.locked === true
    return isLocked ? await work() : undefined
  } finally {
    if (isLocked) {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]).catch(() => undefined)
    }
    client.release()
  }
}
