import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'deliveryWorkerProcess.ts')
const rootDir = path.resolve(path.dirname(entry), '..', '..')

export type WorkerExit = { code: null | number; signal: NodeJS.Signals | null; stderr: string; stdout: string }

export type SpawnedWorker = {
  /** Resolves when the process has ended, however it ended. */
  exited: Promise<WorkerExit>
  /** SIGKILL: no handler runs, no connection is closed cleanly. Resolves once the process is gone. */
  kill: () => Promise<WorkerExit>
  name: string
  /** Resolves once the worker polls for work; rejects when it ends before. */
  ready: Promise<void>
}

export type SpawnDeliveryWorkerArgs = {
  databaseUrl: string
  issueId: number | string
  leaseMs: number
  /** The EHLO name the worker's SMTP connections introduce themselves with: the sink counts by it. */
  name: string
  smtpPort: number
  /** The engine's settings (its defaults when absent). */
  settings?: { batchSize?: number; connections?: number; windowSize?: number; windowsInFlight?: number }
  /**
   * The same worker compiled to JavaScript (bench/buildDeliveryWorker.ts), run by plain `node` with the
   * plugin from dist/, as a host runs it in production; under tsx from the sources when absent.
   */
  compiledEntry?: string
}

/**
 * Starts tests/helpers/deliveryWorkerProcess.ts in a process of its own, as the repository's scripts run
 * (`node --conditions=development --import tsx`), or its compiled bundle. Its schema is already in the
 * database: it does not push.
 */
export const spawnDeliveryWorker = ({ compiledEntry, databaseUrl, issueId, leaseMs, name, settings = {}, smtpPort }: SpawnDeliveryWorkerArgs): SpawnedWorker => {
  // Compiled, with lexical's production builds: its default `node` entries load them behind a top-level
  // await, which on Node 20 now and then leaves the module graph unsettled (exit 13, nothing printed).
  const args = compiledEntry ? ['--conditions=production', compiledEntry] : ['--conditions=development', '--import', 'tsx', entry]
  const child = spawn(process.execPath, args, {
    cwd: rootDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      ISSUE_ID: String(issueId),
      LEASE_MS: String(leaseMs),
      PAYLOAD_MIGRATING: 'true',
      SMTP_PORT: String(smtpPort),
      WORKER_NAME: name,
      ...Object.fromEntries(
        Object.entries({ BATCH_SIZE: settings.batchSize, SMTP_CONNECTIONS: settings.connections, WINDOW_SIZE: settings.windowSize, WINDOWS_IN_FLIGHT: settings.windowsInFlight })
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => [key, String(value)]),
      ),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  const exited = new Promise<WorkerExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, stderr, stdout }))
  })
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8')
      if (/^ready$/m.test(stdout)) {
        resolve()
      }
    })
    void exited.then((exit) => reject(new Error(`worker ${name} ended before it was ready (${exit.code ?? exit.signal}): ${exit.stderr.slice(-2000)}`)))
  })
  ready.catch(() => undefined)
  return {
    exited,
    kill: () => {
      child.kill('SIGKILL')
      return exited
    },
    name,
    ready,
  }
}
