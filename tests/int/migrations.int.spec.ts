/**
 * The committed migrations (demo/migrations) describe the schema the plugin builds: development pushes the
 * schema, production applies the migrations, and a column missing from them only shows in production.
 * drizzle-kit compares the latest snapshot with the schema, as `payload migrate:create` does.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/initTestPayload.ts'

import { initTestPayload } from '../helpers/initTestPayload.ts'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}
type DrizzleAdapter = { requireDrizzleKit: () => DrizzleKit; schema: unknown }

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
})
