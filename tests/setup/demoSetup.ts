import type { TestProject } from 'vitest/node'

import type { DemoPorts } from '../helpers/startDemoServer.ts'

import { takeDemoSnapshot } from '../helpers/demoSnapshot.ts'
import { startDemoServer } from '../helpers/startDemoServer.ts'

/** What the browser tests need of the one demo of the run. */
export type SharedDemo = {
  baseUrl: string
  /** The demo's database, to put the seeded records back before each test file. */
  databaseUrl: string
  /** The demo's combined output (next dev's request log among it). */
  logFile: string
  mailUrl: string
  ports: DemoPorts
}

declare module 'vitest' {
  export interface ProvidedContext {
    demo: SharedDemo
  }
}

/**
 * The browser tests' demo: started once for the run (`npm run dev`'s launcher on free ports, seeded,
 * compiled by next dev as pages are first asked for), its seeded records kept in a snapshot that each
 * test file restores first (tests/e2e/adminActions.ts, `useDemoAndBrowser`).
 */
export default async function setup(project: TestProject) {
  const server = await startDemoServer()
  try {
    const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${server.ports.pg}/${process.env.DEMO_DB_NAME || 'ambassadeurs'}`
    await takeDemoSnapshot(databaseUrl)
    // next dev compiles the admin's one route on its first request: once here, not inside a test's timeout.
    await fetch(`${server.baseUrl}/admin/login`, { signal: AbortSignal.timeout(600_000) }).then((response) => response.text())
    project.provide('demo', {
      baseUrl: server.baseUrl,
      databaseUrl,
      logFile: server.logFile,
      mailUrl: server.mailUrl,
      ports: server.ports,
    })
  } catch (err) {
    await server.stop()
    throw err
  }
  return () => server.stop()
}
