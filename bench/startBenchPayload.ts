import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { buildDemoConfig } from '../demo/buildDemoConfig.ts'
import { createTestDatabase } from '../tests/helpers/createTestDatabase.ts'

type PgClient = { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
type PgPool = PgClient & { _clients: PgClient[] }

export type BenchPayload = {
  config: SanitizedConfig
  payload: Payload
  /** Ends Payload's connections and drops the database; safe after a failed start-up too. */
  stop: () => Promise<void>
}

/**
 * The demo host (no seed, no jobs runner) on a throwaway database of the server in `serverUrl`, with
 * Payload's logger at `warn` so the figures are not buried in request logs.
 */
export const startBenchPayload = async (serverUrl: string): Promise<BenchPayload> => {
  const database = await createTestDatabase(serverUrl, 'bench')
  let payload: Payload | undefined
  const stop = async () => {
    const pool = (payload?.db as unknown as { pool?: PgPool } | undefined)?.pool
    await payload?.destroy()
    if (pool) {
      // The adapter keeps one client checked out for good, so pool.end() alone would wait forever:
      // end every connection ourselves (errors from ones already closing are expected).
      pool.on('error', () => {})
      await Promise.allSettled(
        pool._clients.map((client) => {
          client.on('error', () => {})
          return client.end()
        }),
      )
    }
    await database.drop()
  }
  try {
    const config = await buildDemoConfig({
      databaseUrl: database.url,
      logLevel: 'warn',
      secret: 'bench-secret-not-for-production',
    })
    payload = await getPayload({ config })
    return { config, payload, stop }
  } catch (err) {
    await stop().catch(() => {})
    throw err
  }
}
