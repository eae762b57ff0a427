import type { TestProject } from 'vitest/node'

import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { removeEmbeddedPostgresData, startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres.mjs'
import { isProcessAlive } from '../../scripts/lib/isProcessAlive.mjs'

const testDataDir = path.resolve('.test-data')

/**
 * The data of runs that were killed (`postgres-<pid>` of a process that is gone) is removed, with the
 * server such a run may have left behind. As root, a data directory may be a link to the cluster
 * elsewhere (see scripts/lib/embeddedPostgres.mjs): that cluster goes too.
 */
const removeStaleServers = async () => {
  let entries: string[] = []
  try {
    entries = fs.readdirSync(testDataDir)
  } catch {
    return
  }
  for (const entry of entries) {
    const pid = Number(/^postgres-(\d+)$/.exec(entry)?.[1])
    if (!pid || pid === process.pid || isProcessAlive(pid)) continue
    await removeEmbeddedPostgresData(path.join(testDataDir, entry)).catch(() => undefined)
  }
}

/** A port nothing listens on now, so parallel test runs on one machine do not collide. */
const findFreePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

type TestServer = { stop: () => Promise<void>; url: string }

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

/**
 * One PostgreSQL for the whole run: DATABASE_URL when given, otherwise an embedded server with a
 * throwaway data directory (`.test-data/postgres-<pid>`; as root, when the postgres user cannot reach
 * this checkout, a link to a cluster under a root-owned directory: see scripts/lib/embeddedPostgres.mjs).
 * Each test file then creates and drops a database of its own.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('databaseUrl', process.env.DATABASE_URL)
    return
  }
  // Every project (unit, int, e2e) runs this setup: they share one server, stopped by the last one.
  const shared = globalThis as { ambassadorsTestPg?: { server: Promise<TestServer>; users: number } }
  shared.ambassadorsTestPg ??= {
    // Assigned synchronously (a promise), so projects set up concurrently still share one server.
    server: removeStaleServers()
      .then(() => (process.env.TEST_PG_PORT ? Number(process.env.TEST_PG_PORT) : findFreePort()))
      .then((port) =>
        startEmbeddedPostgres({
          dataDir: path.join(testDataDir, `postgres-${process.pid}`),
          database: 'postgres',
          persistent: false,
          port,
        }).catch((err: NodeJS.ErrnoException) => {
          // One clear line rather than a bare EADDRINUSE.
          if (err?.code === 'EADDRINUSE' && process.env.TEST_PG_PORT) {
            throw new Error(`TEST_PG_PORT=${port}: the port is already in use; set TEST_PG_PORT to another port or unset it (a free port is then picked)`)
          }
          throw err
        }),
      ),
    users: 0,
  }
  const state = shared.ambassadorsTestPg
  state.users++
  const server = await state.server
  project.provide('databaseUrl', server.url)
  return async () => {
    state.users--
    if (state.users === 0) {
      await server.stop()
    }
  }
}
