import type { Payload } from 'payload'
import type { Transporter } from 'nodemailer'

import nodemailer from 'nodemailer'
import { performance } from 'node:perf_hooks'

import type { CompiledSegment } from '../../src/newsletter/render/index.ts'
import type { NewsletterRecipient } from '../../src/newsletter/types.ts'
import type { ProcessMeasure } from '../measureProcess.ts'
import type { SinkStats, SmtpSink } from '../smtpSinkProcess.ts'
import type { Scenario } from './types.ts'

import { getPool } from '../../src/database/pool.ts'
import { buildSegmentMessage } from '../../src/delivery/buildMessage.ts'
import { spawnDeliveryWorker } from '../../tests/helpers/spawnDeliveryWorker.ts'
import { tableOf } from '../../src/delivery/tables.ts'
import { renderForRecipient } from '../../src/newsletter/render/index.ts'
import { signToken } from '../../src/newsletter/tokens.ts'
import { collectGarbage, measureProcess } from '../measureProcess.ts'
import { sendPipelined } from '../rawSmtpClient.ts'
import { seedSendAudience } from '../seedSendAudience.ts'
import { sendJson } from '../sendJson.ts'
import { startSmtpSink } from '../smtpSinkProcess.ts'
import { roundFigure, summarizeLatencies } from '../stats.ts'

const recipients = 100_000
/** Connections of the pooled transport (the demo's default) and of the raw client alike. */
const connections = 5
/** The naive design is measured on every tenth recipient and extrapolated, unless BENCH_SEND_NAIVE_FULL=1. */
const naiveFull = process.env.BENCH_SEND_NAIVE_FULL === '1'
const naiveCount = naiveFull ? recipients : 10_000
/** Naive sends in flight at once (as many as the engine's default window). */
const naiveInFlight = 50
/** Distinct prebuilt messages per segment for the limit's client (cycled; same sizes as the engine's). */
const limitMessagesPerSegment = 5
const from = '"Ambassadeurs Ardelys" <programme@ambassadeurs.example>'
const envelopeFrom = 'programme@ambassadeurs.example'

/** Optional engine settings to compare (the engine's defaults when unset). */
const positiveInt = (name: string) => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : undefined
}

const log = (message: string) => console.log(`[bench]   ${message}`)
const seconds = (ms: number) => roundFigure(ms / 1000, 2)
const perMessage = (ms: number, count: number) => roundFigure(ms / count, 3)

type DeliveryRow = { email: string; firstName: null | string; id: number; segment: string }

/** Every frozen recipient of the issue, in delivery order, with the compiled emails. */
const loadIssue = async (payload: Payload, issueId: number | string) => {
  const pool = getPool(payload)
  const deliveries = tableOf(payload, 'newsletter-deliveries')
  const ambassadors = tableOf(payload, 'ambassadors')
  const issues = tableOf(payload, 'newsletter-issues')
  const [rows, issue] = await Promise.all([
    pool.query<{ email: string; first_name: null | string; id: number; segment: string }>(
      `SELECT a.id, a.email, a.first_name, d.segment FROM ${deliveries} d JOIN ${ambassadors} a ON a.id = d.ambassador_id
       WHERE d.issue_id = $1 ORDER BY d.id`,
      [issueId],
    ),
    pool.query<{ compiled: Record<string, CompiledSegment>; status: string }>(`SELECT compiled, status FROM ${issues} WHERE id = $1`, [issueId]),
  ])
  const counts = await pool.query<{ count: string; status: string }>(
    `SELECT status, count(*) FROM ${deliveries} WHERE issue_id = $1 GROUP BY status ORDER BY status`,
    [issueId],
  )
  return {
    compiled: issue.rows[0]!.compiled,
    counts: Object.fromEntries(counts.rows.map((row) => [row.status, Number(row.count)])),
    rows: rows.rows.map((row): DeliveryRow => ({ email: row.email, firstName: row.first_name, id: row.id, segment: row.segment })),
    status: issue.rows[0]!.status,
  }
}

/** The recipient as the engine builds it: the same two signed tokens. */
const recipientOf = (row: DeliveryRow, secret: string): NewsletterRecipient => ({
  ambassadorId: row.id,
  email: row.email,
  ...(row.firstName ? { firstName: row.firstName } : {}),
  preferencesToken: signToken('preferences', { ambassador: row.id }, secret),
  unsubscribeToken: signToken('unsubscribe', { ambassador: row.id }, secret),
})

/** Fails the run when the sink did not get exactly what the sender says it sent. */
const expectReceived = (stats: SinkStats, expected: number, what: string) => {
  if (stats.messages !== expected || stats.errors > 0) {
    throw new Error(`${what}: the sink received ${stats.messages} messages (${stats.errors} errors), expected ${expected}`)
  }
}

const describe = (what: string, count: number, measure: ProcessMeasure, sink: SinkStats) =>
  `${what}: ${count} messages in ${seconds(measure.wallMs)} s (${Math.round(count / (measure.wallMs / 1000))}/s), ` +
  `sender ${perMessage(measure.cpuMs, count)} ms CPU/msg, ELU ${measure.elu.toFixed(2)}, peak RSS ${Math.round(measure.peakRssMb)} MB ` +
  `(${Math.round(measure.rssBeforeMb)} before); sink ${perMessage(sink.cpuMs, count)} ms CPU/msg, ELU ${sink.elu.toFixed(2)}, ` +
  `${(sink.bytes / count / 1024).toFixed(1)} KB/msg, ${sink.connections} new connection(s)`

/**
 * 1. The engine as production runs it: a delivery worker in a process of its own (tests/helpers/
 *    deliveryWorkerProcess.ts: the demo host booted, `startDeliveryWorker` polling, the plugin's SMTP
 *    pool), already running; the audience frozen by `POST …/:id/send` in this process (the web server's
 *    part); timed until the issue is marked `sent` (its `sent_at`, set by the statement that records the
 *    last row). The worker reports its own CPU since it was ready and its peak RSS.
 */
const runEngine = async ({ apiUrl, editorToken, issueId, payload, sink }: {
  apiUrl: string
  editorToken: string
  issueId: number | string
  payload: Payload
  sink: SmtpSink
}) => {
  const settings = {
    batchSize: positiveInt('BENCH_SEND_BATCH_SIZE'),
    connections,
    windowSize: positiveInt('BENCH_SEND_WINDOW_SIZE'),
    windowsInFlight: positiveInt('BENCH_SEND_WINDOWS_IN_FLIGHT'),
  }
  const databaseUrl = (payload.db as unknown as { poolOptions: { connectionString: string } }).poolOptions.connectionString
  const worker = spawnDeliveryWorker({ databaseUrl, issueId, leaseMs: 120_000, name: 'bench-engine', settings, smtpPort: sink.port })
  try {
    await worker.ready
    await sink.reset()
    await collectGarbage()
    const startedAt = Date.now()
    const frozen = await measureProcess(async () =>
      JSON.parse(
        await sendJson({ body: {}, expectStatus: 200, method: 'POST', token: editorToken, url: `${apiUrl}/newsletter-issues/${issueId}/send` }),
      ) as { audience: number; segments: number; status: string },
    )
    const freeze = frozen.measure
    if (frozen.result.status !== 'sending' || frozen.result.audience !== recipients) {
      throw new Error(`send: the audience froze as ${JSON.stringify(frozen.result)}, expected ${recipients} recipients`)
    }
    log(
      `audience frozen in ${seconds(freeze.wallMs)} s (${Math.round(freeze.cpuMs)} ms CPU, peak RSS of the web process ${Math.round(freeze.peakRssMb)} MB, ` +
        `V8 heap ${Math.round(freeze.peakHeapMb)} MB): ${frozen.result.audience} recipients, ${frozen.result.segments} segments`,
    )
    const exit = await worker.exited
    const done = /^done (\w+) (\{.*\})$/m.exec(exit.stdout)
    if (!done || done[1] !== 'sent') {
      throw new Error(`engine: the worker ended without the issue sent (${exit.code ?? exit.signal}): ${exit.stdout.slice(-500)} ${exit.stderr.slice(-2000)}`)
    }
    const usage = JSON.parse(done[2]!) as { arrayBuffersMb: number; cpuMs: number; heapMb: number; peakRssMb: number; rssAtReadyMb: number }
    const issues = tableOf(payload, 'newsletter-issues')
    const sentAt = (await getPool(payload).query<{ sent_at: Date }>(`SELECT sent_at FROM ${issues} WHERE id = $1`, [issueId])).rows[0]!.sent_at
    const wallMs = sentAt.getTime() - startedAt
    const sinkStats = await sink.stats()
    expectReceived(sinkStats, recipients, 'engine')
    return { freeze, sinkStats, usage, wallMs, deliveryMs: wallMs - freeze.wallMs }
  } finally {
    await worker.kill()
  }
}

/**
 * 2. The physical limit: the engine's messages (built by the engine's own `buildSegmentMessage`), prebuilt,
 *    through a minimal pipelined client.
 */
const runLimit = async ({ compiled, rows, secret, sink }: { compiled: Record<string, CompiledSegment>; rows: DeliveryRow[]; secret: string; sink: SmtpSink }) => {
  const prebuilt = new Map<string, Buffer[]>()
  for (const row of rows) {
    const ring = prebuilt.get(row.segment) ?? []
    if (ring.length < limitMessagesPerSegment) {
      ring.push(Buffer.concat(buildSegmentMessage(compiled[row.segment]!, recipientOf(row, secret), { from, to: row.email }).chunks))
      prebuilt.set(row.segment, ring)
    }
  }
  await sink.reset()
  const { measure, result: sent } = await measureProcess(() =>
    sendPipelined({
      connections,
      messageAt: (index) => {
        const row = rows[index]!
        const ring = prebuilt.get(row.segment)!
        return { data: ring[index % ring.length]!, from: envelopeFrom, to: row.email }
      },
      port: sink.port,
      total: rows.length,
    }),
  )
  const sinkStats = await sink.stats()
  expectReceived(sinkStats, rows.length, 'limit')
  return { measure, sent, sinkStats }
}

/** 3. The naive design: nodemailer builds every message from its HTML and text, one `sendMail` each. */
const runNaive = async ({ compiled, rows, secret, sink, transport }: {
  compiled: Record<string, CompiledSegment>
  rows: DeliveryRow[]
  secret: string
  sink: SmtpSink
  transport: Transporter
}) => {
  const step = Math.max(1, Math.floor(rows.length / naiveCount))
  const sample = rows.filter((_, index) => index % step === 0).slice(0, naiveCount)
  await sink.reset()
  const { measure } = await measureProcess(async () => {
    let next = 0
    const sender = async () => {
      while (next < sample.length) {
        const row = sample[next++]!
        const message = renderForRecipient(compiled[row.segment]!, recipientOf(row, secret))
        await transport.sendMail({ from, headers: message.headers, html: message.html, subject: message.subject, text: message.text, to: row.email })
      }
    }
    await Promise.all(Array.from({ length: naiveInFlight }, sender))
  })
  const sinkStats = await sink.stats()
  expectReceived(sinkStats, sample.length, 'naive')
  return { count: sample.length, measure, sinkStats }
}

/**
 * One newsletter to 100,000 ambassadors in 20 segments, three ways, against one smtp-server sink in a
 * process of its own, in the same run: the engine in a worker process (`send_100k_s`, audience freeze to
 * the last row recorded), the same messages prebuilt through a minimal pipelined client
 * (`send_limit_100k_s`, the physical limit on this machine), and nodemailer building each message
 * (`send_naive_100k_s`, measured on 10,000 and extrapolated). `BENCH_SEND_BATCH_SIZE`,
 * `BENCH_SEND_WINDOW_SIZE` and `BENCH_SEND_WINDOWS_IN_FLIGHT` change the engine's settings.
 */
export const send100kScenario: Scenario = {
  label: 'send 100k (engine)',
  run: async ({ apiUrl, payload }) => {
    const sink = await startSmtpSink()
    // The naive design's transport: nodemailer's own pool, as many connections.
    const naiveTransport = nodemailer.createTransport({ host: '127.0.0.1', ignoreTLS: true, maxConnections: connections, maxMessages: Infinity, pool: true, port: sink.port })
    try {
      let startedAt = performance.now()
      const { calendarId, editorToken } = await seedSendAudience(payload, recipients)
      log(`seeded ${recipients} ambassadors, 88 approved items and a calendar in ${seconds(performance.now() - startedAt)} s`)
      startedAt = performance.now()
      const built = JSON.parse(
        await sendJson({ body: { calendar: calendarId }, expectStatus: 201, method: 'POST', token: editorToken, url: `${apiUrl}/newsletter-issues/build` }),
      ) as { doc: { id: number | string } }
      const issueId = built.doc.id
      log(`issue ${issueId} built in ${seconds(performance.now() - startedAt)} s`)

      const engine = await runEngine({ apiUrl, editorToken, issueId, payload, sink })
      const issue = await loadIssue(payload, issueId)
      if (issue.status !== 'sent' || issue.counts.sent !== recipients) {
        throw new Error(`engine: issue ${issue.status}, rows ${JSON.stringify(issue.counts)}`)
      }
      // The sender's CPU: the worker's since it was ready, and the freeze's in the web process.
      const senderCpuMs = engine.usage.cpuMs + engine.freeze.cpuMs
      log(
        `engine, freeze to last row: ${recipients} messages in ${seconds(engine.wallMs)} s (${Math.round(recipients / (engine.wallMs / 1000))}/s), ` +
          `sender ${perMessage(senderCpuMs, recipients)} ms CPU/msg (worker ${perMessage(engine.usage.cpuMs, recipients)}), ` +
          `worker peak RSS ${Math.round(engine.usage.peakRssMb)} MB (${Math.round(engine.usage.rssAtReadyMb)} MB once booted; at most ${Math.round(engine.usage.heapMb)} MB of V8 heap and ${Math.round(engine.usage.arrayBuffersMb)} MB of Buffers); sink ${perMessage(engine.sinkStats.cpuMs, recipients)} ms CPU/msg, ` +
          `ELU ${engine.sinkStats.elu.toFixed(2)}, ${(engine.sinkStats.bytes / recipients / 1024).toFixed(1)} KB/msg, ${engine.sinkStats.connections} new connection(s)`,
      )

      const limit = await runLimit({ compiled: issue.compiled, rows: issue.rows, secret: payload.secret, sink })
      log(describe('limit (raw pipelined client, prebuilt)', limit.sent, limit.measure, limit.sinkStats))

      const naive = await runNaive({ compiled: issue.compiled, rows: issue.rows, secret: payload.secret, sink, transport: naiveTransport })
      log(describe('naive (nodemailer builds each message)', naive.count, naive.measure, naive.sinkStats))
      const naiveScale = recipients / naive.count
      if (!naiveFull) {
        log(`send_naive_100k_s is extrapolated ×${naiveScale} from ${naive.count} messages (BENCH_SEND_NAIVE_FULL=1 sends all ${recipients})`)
      }

      return {
        figures: {
          send_100k_s: seconds(engine.wallMs),
          send_100k_msgs_per_s: Math.round(recipients / (engine.wallMs / 1000)),
          send_freeze_s: seconds(engine.freeze.wallMs),
          send_freeze_cpu_s: seconds(engine.freeze.cpuMs),
          send_freeze_peak_rss_mb: Math.round(engine.freeze.peakRssMb),
          send_delivery_s: seconds(engine.deliveryMs),
          send_worker_cpu_ms_per_msg: perMessage(engine.usage.cpuMs, recipients),
          send_msg_kb: roundFigure(engine.sinkStats.bytes / recipients / 1024, 1),
          send_sink_cpu_ms_per_msg: perMessage(engine.sinkStats.cpuMs, recipients),
          send_sink_elu: roundFigure(engine.sinkStats.elu, 2),
          sender_cpu_ms_per_msg: perMessage(senderCpuMs, recipients),
          sender_peak_rss_mb: Math.round(engine.usage.peakRssMb),
          send_limit_100k_s: seconds(limit.measure.wallMs),
          send_limit_cpu_ms_per_msg: perMessage(limit.measure.cpuMs, limit.sent),
          send_limit_sink_elu: roundFigure(limit.sinkStats.elu, 2),
          send_naive_100k_s: seconds(naive.measure.wallMs * naiveScale),
          send_naive_cpu_ms_per_msg: perMessage(naive.measure.cpuMs, naive.count),
          send_naive_extrapolated: naiveFull ? 0 : 1,
        },
        summary: { ...summarizeLatencies([Number.NaN], engine.wallMs), cpuMsPerRequest: senderCpuMs / recipients },
      }
    } finally {
      naiveTransport.close()
      await sink.stop()
    }
  },
}
