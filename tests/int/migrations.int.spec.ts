/**
 * The committed migrations (demo/migrations) describe the schema the plugin builds: development pushes the
 * schema, production applies the migrations, and a column missing from them only shows in production.
 * drizzle-kit compares the latest snapshot with the schema, as `payload migrate:create` does.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/initTestPayload.ts'

import { drizzle, type NodePgClient } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import { inject } from 'vitest'

import { migrations } from '../../demo/migrations/index.ts'
import { createTestDatabase } from '../helpers/createTestDatabase.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  pushSchema: (schema: unknown, db: unknown) => Promise<{ statementsToExecute: string[] }>
}
type DrizzleAdapter = { drizzle: unknown; requireDrizzleKit: () => DrizzleKit; schema: unknown }

const migrationsDir = path.resolve(import.meta.dirname, '../../demo/migrations')

let t: TestPayload

beforeAll(async () => {
  t = await initTestPayload('migrations')
})

afterAll(async () => {
  await t?.teardown()
})

describe('migrations', () => {
  it('should describe the whole schema in the committed migrations', async () => {
    const latest = fs.readdirSync(migrationsDir).filter((file) => file.endsWith('.json')).sort().at(-1)!
    const before = JSON.parse(fs.readFileSync(path.join(migrationsDir, latest), 'utf8'))
    const adapter = t.payload.db as unknown as DrizzleAdapter
    const kit = adapter.requireDrizzleKit()
    const statements = await kit.generateMigration(before, await kit.generateDrizzleJson(adapter.schema))
    expect(statements).toEqual([])
  })

  it('should build, from an empty database, exactly the schema the plugin pushes', async () => {
    const database = await createTestDatabase(inject('databaseUrl'), 'migrations_apply')
    const pool = new pg.Pool({ connectionString: database.url, max: 1 })
    try {
      const db = drizzle({ client: pool as unknown as NodePgClient })
      for (const migration of migrations) {
        await migration.up({ db, payload: t.payload, req: {} } as unknown as Parameters<typeof migration.up>[0])
      }
      // drizzle-kit reports a few statements even on a database it pushed itself (numeric defaults, foreign
      // keys whose names PostgreSQL cut at 63 characters): the migrated database must leave exactly those.
      const adapter = t.payload.db as unknown as DrizzleAdapter
      const kit = adapter.requireDrizzleKit()
      const afterMigrations = await kit.pushSchema(adapter.schema, db)
      const afterPush = await kit.pushSchema(adapter.schema, adapter.drizzle)
      expect([...afterMigrations.statementsToExecute].sort()).toEqual([...afterPush.statementsToExecute].sort())
    } finally {
      await pool.end()
      await database.drop()
    }
  })
})
