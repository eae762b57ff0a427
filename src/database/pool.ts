import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * The PostgreSQL pool of `@payloadcms/db-postgres` (its type augments Payload's database adapter).
 * The only place the plugin reaches below the Local API: the advisory locks and, later, the delivery
 * engine's batch SQL go through here.
 */
export const getPool = (payload: Payload): PostgresAdapter['pool'] => {
  const { pool } = payload.db
  if (!pool) {
    throw new Error('[payload-plugin-ambassadors] needs the @payloadcms/db-postgres adapter (payload.db.pool)')
  }
  return pool
}
