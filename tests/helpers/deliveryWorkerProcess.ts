// A delivery worker in a process of its own, for the crash tests (tests/helpers/spawnDeliveryWorker.ts
// starts it): boots the demo host on DATABASE_URL, sends through the plugin's SMTP pool to 127.0.0.1:SMTP_PORT
// introducing itself as WORKER_NAME, and exits once ISSUE_ID is sent or paused, on SIGTERM, or when its
// parent goes away (stdin closes). Prints `ready` once it polls for work and `done <status> <usage>` at the
// end, usage being JSON: CPU since ready (ms), peak RSS and RSS once ready (MB) of this process. BATCH_SIZE, WINDOW_SIZE,
// WINDOWS_IN_FLIGHT and SMTP_CONNECTIONS set the engine (its defaults when unset; the bench runs them).
// Run as the repository's scripts are: node --conditions=development --import tsx.
import { getPayload } from 'payload'

import { buildDemoConfig } from '../../demo/buildDemoConfig.ts'
import { getPool } from '../../src/database/pool.ts'
import { createSmtpPool } from '../../src/delivery/smtp/createSmtpPool.ts'
import { startDeliveryWorker } from '../../src/plugins/startDeliveryWorker.ts'

const required = (name: string) => {
  const value = process.env[name]
  if (!value) {
    throw new Error(`deliveryWorkerProcess: ${name} is not set`)
  }
  return value
}

const databaseUrl = required('DATABASE_URL')
const issueId = Number(required('ISSUE_ID'))
const smtpPort = Number(required('SMTP_PORT'))
const name = required('WORKER_NAME')
const leaseMs = Number(process.env.LEASE_MS || 120_000)
const optionalInt = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined)
const batchSize = optionalInt('BATCH_SIZE')
const windowSize = optionalInt('WINDOW_SIZE')
const windowsInFlight = optionalInt('WINDOWS_IN_FLIGHT')

const config = await buildDemoConfig({
  databaseUrl,
  logLevel: 'error',
  secret: 'test-secret-not-for-production',
  serverURL: 'http://localhost:3000',
})
const payload = await getPayload({ config })
const transport = createSmtpPool({ connections: optionalInt('SMTP_CONNECTIONS') ?? 5, name, url: `smtp://127.0.0.1:${smtpPort}` })
const worker = startDeliveryWorker({
  autoStart: true,
  ...(batchSize ? { batchSize } : {}),
  from: '"Ambassadeurs Ardelys" <programme@ambassadeurs.example>',
  leaseMs,
  payload,
  pollMs: 100,
  transport,
  ...(windowSize ? { windowSize } : {}),
  ...(windowsInFlight ? { windowsInFlight } : {}),
})
const cpuAtReady = process.cpuUsage()
const rssAtReadyMb = process.memoryUsage.rss() / 2 ** 20
// The largest V8 heap and off-heap memory (Buffers) seen while it works, sampled every 100 ms.
const peaks = { arrayBuffersMb: 0, heapMb: 0 }
setInterval(() => {
  const { arrayBuffers, heapUsed } = process.memoryUsage()
  peaks.heapMb = Math.max(peaks.heapMb, heapUsed / 2 ** 20)
  peaks.arrayBuffersMb = Math.max(peaks.arrayBuffersMb, arrayBuffers / 2 ** 20)
}, 100).unref()
process.stdout.write('ready\n')

let isStopping = false
const stop = async (status: string) => {
  if (isStopping) {
    return
  }
  isStopping = true
  await worker.stop()
  await transport.close()
  const cpu = process.cpuUsage(cpuAtReady)
  const usage = { cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, rssAtReadyMb, ...peaks }
  process.stdout.write(`done ${status} ${JSON.stringify(usage)}\n`)
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.stdin.on('close', () => {
  // The parent is gone (its database may be too): stop, and do not linger if stopping hangs.
  setTimeout(() => process.exit(1), 5000).unref()
  void stop('orphaned')
})
process.stdin.resume()

const issueStatus = async () =>
  (await getPool(payload).query<{ status: string }>('SELECT status FROM newsletter_issues WHERE id = $1', [issueId])).rows[0]?.status
while (!isStopping) {
  const status = await issueStatus().catch(() => undefined)
  if (status === 'sent' || status === 'paused') {
    await stop(status)
  }
  await new Promise((resolve) => setTimeout(resolve, 100))
}
