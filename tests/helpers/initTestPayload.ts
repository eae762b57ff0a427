import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'
import { inject } from 'vitest'

import type { DemoConfigArgs } from '../../demo/buildDemoConfig.ts'

import { buildDemoConfig } from '../../demo/buildDemoConfig.ts'
import { createTestDatabase } from './createTestDatabase.ts'

type PgPool = {
  _clients: { on: (event: 'error', listener: () => void) => void }[]
  end: () => Promise<void>
  on: (event: 'error', listener: () => void) => void
}

export type TestPayload = {
  config: SanitizedConfig
  payload: Payload
  teardown: () => Promise<void>
}

/**
 * Boots the demo host (users, media, the plugin) on a database of its own, built fresh for the file,
 * with no seed and no jobs runner. Call `teardown` in `afterAll`.
 */
export const initTestPayload = async (
  label: string,
  args: Partial<Pick<DemoConfigArgs, 'extend' | 'plugin' | 'smtpEnv' | 'smtpUrl'>> = {},
): Promise<TestPayload> => {
  const database = await createTestDatabase(inject('databaseUrl'), label)
  const config = await buildDemoConfig({
    ...args,
    databaseUrl: database.url,
    logLevel: (process.env.TEST_LOG_LEVEL as 'silent' | undefined) ?? 'silent',
    secret: 'test-secret-not-for-production',
    serverURL: 'http://localhost:3000',
  })
  const payload = await getPayload({ config })
  return {
    config,
    payload,
    teardown: async () => {
      await payload.destroy()
      // Payload's destroy() leaves the pg pool open, with one client the adapter never releases after
      // start-up: silence the connections' errors, drop the database (which ends them), then the pool.
      const pool = (payload.db as unknown as { pool: PgPool }).pool
      pool.on('error', () => {})
      for (const client of pool._clients) {
        client.on('error', () => {})
      }
      await database.drop()
      void pool.end().catch(() => {})
    },
  }
}
