import type { TestProject } from 'vitest/node'

import net from 'node:net'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres.mjs'

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
 * throwaway data directory. Each test file then creates and drops a database of its own.
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
    server: (process.env.TEST_PG_PORT ? Promise.resolve(Number(process.env.TEST_PG_PORT)) : findFreePort()).then(
      (port) =>
        startEmbeddedPostgres({
          dataDir: path.resolve('.test-data', `postgres-${process.pid}`),
          database: 'postgres',
          persistent: false,
          port,
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
