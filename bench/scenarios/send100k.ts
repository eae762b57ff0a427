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
import { createSmtpPool } from '../../src/delivery/smtp/createSmtpPool.ts'
import { spawnDeliveryWorker } from '../../tests/helpers/spawnDeliveryWorker.ts'
import { tableOf } from '../../src/delivery/tables.ts'
import { renderForRecipient } from '../../src/newsletter/render/index.ts'
import { signToken } from '../../src/newsletter/tokens.ts'
import { buildDeliveryWorker } from '../buildDeliveryWorker.ts'
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
/** Distinct prebuilt messages per segment for the limit and the two clients (cycled; same sizes as the engine's). */
const prebuiltPerSegment = 5
/**
 * Messages handed to either client at once: as many as the engine has under way with its defaults
 * (two windows of 50), so the clients are compared at the engine's own load.
 */
const clientInFlight = 100
const from = '"Ambassadeurs Ardelys" <programme@ambassadeurs.example>'
const envelopeFrom = 'programme@ambassadeurs.example'

/** Optional engine settings to compare (the engine's defaults when unset). */
const positiveInt = (name: string) => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : undefined
}

const log = (message: string) => console.log(`[bench]   ${message}`)
/** The own client and nodemailer take turns over this many slices of the audience (4 unless set). */
const clientRounds = positiveInt('BENCH_SEND_CLIENT_ROUNDS') ?? 4
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
 * 1. The engine as production runs it: a delivery worker in a process of its own, compiled JavaScript
 *    under plain `node` (bench/buildDeliveryWorker.ts: tests/helpers/deliveryWorkerProcess.ts bundled with
 *    the demo host, the plugin from dist/; the demo host booted, `startDeliveryWorker` polling, the
 *    plugin's SMTP pool), already running; the audience frozen by `POST …/:id/send` in this process (the
 *    web server's part); timed until the issue is marked `sent` (its `sent_at`, set by the statement that
 *    records the last row). The worker reports its own CPU since it was ready and its peak RSS.
 */
const runEngine = async ({ apiUrl, compiledEntry, editorToken, issueId, payload, sink }: {
  apiUrl: string
  compiledEntry: string
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
  const worker = spawnDeliveryWorker({ compiledEntry, databaseUrl, issueId, leaseMs: 120_000, name: 'bench-engine', settings, smtpPort: sink.port })
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

/** One prebuilt message: the engine's chunks (what its pool is handed) and the same bytes in one Buffer. */
type Prebuilt = { chunks: Buffer[]; data: Buffer }

/**
 * The engine's own messages, built before any clock by its own `buildSegmentMessage` for the first
 * `prebuiltPerSegment` recipients of each segment: message `index` of the send is one of its segment's,
 * cycled, addressed (envelope) to that row's recipient. The sizes and the bytes are the engine's.
 */
const prebuildMessages = ({ compiled, rows, secret }: { compiled: Record<string, CompiledSegment>; rows: DeliveryRow[]; secret: string }) => {
  const rings = new Map<string, Prebuilt[]>()
  for (const row of rows) {
    const ring = rings.get(row.segment) ?? []
    if (ring.length < prebuiltPerSegment) {
      const { chunks } = buildSegmentMessage(compiled[row.segment]!, recipientOf(row, secret), { from, to: row.email })
      ring.push({ chunks, data: Buffer.concat(chunks) })
      rings.set(row.segment, ring)
    }
  }
  return (index: number): Prebuilt & { to: string } => {
    const row = rows[index]!
    const ring = rings.get(row.segment)!
    return { ...ring[index % ring.length]!, to: row.email }
  }
}
type MessageAt = ReturnType<typeof prebuildMessages>

/** nodemailer's pooled SMTP transport on `connections` connections, kept open for every message (not 100 each). */
const nodemailerPool = (port: number) =>
  nodemailer.createTransport({ host: '127.0.0.1', ignoreTLS: true, maxConnections: connections, maxMessages: Infinity, pool: true, port })

/** Runs `send(index)` for every index of [start, end) with `inFlight` under way at once. */
const sendInFlight = async (start: number, end: number, inFlight: number, send: (index: number) => Promise<unknown>) => {
  let next = start
  const lane = async () => {
    while (next < end) {
      await send(next++)
    }
  }
  await Promise.all(Array.from({ length: inFlight }, lane))
}

/** 2. The physical limit: the prebuilt messages through a minimal pipelined client. */
const runLimit = async ({ messageAt, sink, total }: { messageAt: MessageAt; sink: SmtpSink; total: number }) => {
  await sink.reset()
  const { measure, result: sent } = await measureProcess(() =>
    sendPipelined({
      connections,
      messageAt: (index) => {
        const { data, to } = messageAt(index)
        return { data, from: envelopeFrom, to }
      },
      port: sink.port,
      total,
    }),
  )
  const sinkStats = await sink.stats()
  expectReceived(sinkStats, total, 'limit')
  return { measure, sent, sinkStats }
}

/**
 * The two SMTP clients the engine could send through, each handed the same prebuilt messages: the
 * plugin's own pool (`createSmtpPool`, what the engine uses: the engine's chunks) and nodemailer's pooled
 * SMTP transport (`pool: true`, `raw` with `envelope`: the same bytes in one Buffer, the form it takes).
 * Each sends `[start, end)` over `connections` connections it opens and closes within the clock.
 */
const clients = {
  nodemailer: async ({ end, messageAt, port, start }: ClientArgs) => {
    const transport = nodemailerPool(port)
    try {
      await sendInFlight(start, end, clientInFlight, (index) => {
        const { data, to } = messageAt(index)
        return transport.sendMail({ envelope: { from: envelopeFrom, to }, raw: data })
      })
    } finally {
      transport.close()
    }
  },
  own: async ({ end, messageAt, port, start }: ClientArgs) => {
    const pool = createSmtpPool({ connections, name: 'bench-own-client', url: `smtp://127.0.0.1:${port}` })
    try {
      await sendInFlight(start, end, clientInFlight, (index) => {
        const { chunks, to } = messageAt(index)
        return pool.send({ from: envelopeFrom, to }, chunks)
      })
    } finally {
      await pool.close()
    }
  },
}
type ClientArgs = { end: number; messageAt: MessageAt; port: number; start: number }
type ClientName = keyof typeof clients
type ClientTotals = { count: number; cpuMs: number; sinkBytes: number; sinkBusyMs: number; sinkCpuMs: number; wallMs: number }

/**
 * 3. The clients compared, same sink, same connections, same messages in flight: the audience cut into
 *    `clientRounds` slices, each slice sent by one client then the other (who goes first alternates), so
 *    load from elsewhere on the machine falls on both alike; each client's figures add up over its slices
 *    and cover the whole audience once.
 */
const runClients = async ({ messageAt, sink, total }: { messageAt: MessageAt; sink: SmtpSink; total: number }) => {
  const totals: Record<ClientName, ClientTotals> = {
    nodemailer: { count: 0, cpuMs: 0, sinkBytes: 0, sinkBusyMs: 0, sinkCpuMs: 0, wallMs: 0 },
    own: { count: 0, cpuMs: 0, sinkBytes: 0, sinkBusyMs: 0, sinkCpuMs: 0, wallMs: 0 },
  }
  await collectGarbage()
  for (let round = 0; round < clientRounds; round++) {
    const start = Math.floor((total * round) / clientRounds)
    const end = Math.floor((total * (round + 1)) / clientRounds)
    const order: ClientName[] = round % 2 === 0 ? ['own', 'nodemailer'] : ['nodemailer', 'own']
    for (const name of order) {
      await sink.reset()
      const { measure } = await measureProcess(() => clients[name]({ end, messageAt, port: sink.port, start }))
      const sinkStats = await sink.stats()
      expectReceived(sinkStats, end - start, name)
      const sum = totals[name]
      sum.count += end - start
      sum.cpuMs += measure.cpuMs
      sum.wallMs += measure.wallMs
      sum.sinkBytes += sinkStats.bytes
      sum.sinkCpuMs += sinkStats.cpuMs
      sum.sinkBusyMs += sinkStats.elu * sinkStats.wallMs
    }
  }
  return totals
}

const describeClient = (what: string, { count, cpuMs, sinkBusyMs, sinkBytes, sinkCpuMs, wallMs }: ClientTotals) =>
  `${what}: ${count} messages in ${seconds(wallMs)} s (${Math.round(count / (wallMs / 1000))}/s) over ${clientRounds} slices, ` +
  `sender ${perMessage(cpuMs, count)} ms CPU/msg; sink ${perMessage(sinkCpuMs, count)} ms CPU/msg, ELU ${(sinkBusyMs / wallMs).toFixed(2)}, ` +
  `${(sinkBytes / count / 1024).toFixed(1)} KB/msg`

/** 4. The naive design: nodemailer builds every message from its HTML and text, one `sendMail` each. */
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
  const { measure } = await measureProcess(() =>
    sendInFlight(0, sample.length, naiveInFlight, async (index) => {
      const row = sample[index]!
      const message = renderForRecipient(compiled[row.segment]!, recipientOf(row, secret))
      await transport.sendMail({ from, headers: message.headers, html: message.html, subject: message.subject, text: message.text, to: row.email })
    }),
  )
  const sinkStats = await sink.stats()
  expectReceived(sinkStats, sample.length, 'naive')
  return { count: sample.length, measure, sinkStats }
}

/**
 * One newsletter to 100,000 ambassadors in 20 segments, against one smtp-server sink in a process of its
 * own, in the same run, every figure over the whole audience unless it says otherwise:
 * - `send_100k_s`: the engine, its worker compiled (see runEngine), audience freeze to the last row
 *   recorded; `sender_cpu_ms_per_msg` and `sender_peak_rss_mb` are that worker's (plus the freeze's CPU).
 * - `send_limit_100k_s`: the engine's messages, prebuilt (`prebuildMessages`), through a minimal pipelined
 *   client on `connections` connections: the physical limit on this machine.
 * - `send_own_client_100k_s`: the same prebuilt messages through the plugin's own SMTP pool
 *   (`createSmtpPool`, `connections` connections, `clientInFlight` messages handed to it at once): the
 *   client alone, no database, no building.
 * - `send_nodemailer_raw_100k_s`: the same prebuilt messages, the same way, through nodemailer's pooled
 *   SMTP transport (`pool: true`, `maxConnections` = `connections`, `raw` + `envelope`), the two clients
 *   taking turns over slices of the audience (`runClients`); `send_own_client_speedup` (bench/index.ts) is
 *   this over `send_own_client_100k_s`: what the own client buys over the stack's mail library.
 * - `send_naive_100k_s`: nodemailer building each message from its HTML and text (measured on 10,000 and
 *   extrapolated, `send_naive_extrapolated`).
 * `BENCH_SEND_BATCH_SIZE`, `BENCH_SEND_WINDOW_SIZE` and `BENCH_SEND_WINDOWS_IN_FLIGHT` change the engine's
 * settings; `BENCH_SEND_CLIENT_ROUNDS` the number of slices the clients take turns over (4).
 */
export const send100kScenario: Scenario = {
  label: 'send 100k (engine)',
  run: async ({ apiUrl, payload }) => {
    const compiledEntry = await buildDeliveryWorker(log)
    const sink = await startSmtpSink()
    // The naive design's transport: nodemailer's own pool, as many connections.
    const naiveTransport = nodemailerPool(sink.port)
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

      const engine = await runEngine({ apiUrl, compiledEntry, editorToken, issueId, payload, sink })
      const issue = await loadIssue(payload, issueId)
      if (issue.status !== 'sent' || issue.counts.sent !== recipients) {
        throw new Error(`engine: issue ${issue.status}, rows ${JSON.stringify(issue.counts)}`)
      }
      // The sender's CPU: the worker's since it was ready, and the freeze's in the web process.
      const senderCpuMs = engine.usage.cpuMs + engine.freeze.cpuMs
      log(
        `engine (compiled worker), freeze to last row: ${recipients} messages in ${seconds(engine.wallMs)} s (${Math.round(recipients / (engine.wallMs / 1000))}/s), ` +
          `sender ${perMessage(senderCpuMs, recipients)} ms CPU/msg (worker ${perMessage(engine.usage.cpuMs, recipients)}), ` +
          `worker peak RSS ${Math.round(engine.usage.peakRssMb)} MB (${Math.round(engine.usage.rssAtReadyMb)} MB once booted; at most ${Math.round(engine.usage.heapMb)} MB of V8 heap and ${Math.round(engine.usage.arrayBuffersMb)} MB of Buffers); sink ${perMessage(engine.sinkStats.cpuMs, recipients)} ms CPU/msg, ` +
          `ELU ${engine.sinkStats.elu.toFixed(2)}, ${(engine.sinkStats.bytes / recipients / 1024).toFixed(1)} KB/msg, ${engine.sinkStats.connections} new connection(s)`,
      )

      const messageAt = prebuildMessages({ compiled: issue.compiled, rows: issue.rows, secret: payload.secret })
      const limit = await runLimit({ messageAt, sink, total: recipients })
      log(describe('limit (raw pipelined client, prebuilt)', limit.sent, limit.measure, limit.sinkStats))

      const client = await runClients({ messageAt, sink, total: recipients })
      log(describeClient('own client (createSmtpPool, prebuilt)', client.own))
      log(describeClient('nodemailer pooled transport (raw + envelope, prebuilt)', client.nodemailer))

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
          send_worker_rss_at_ready_mb: Math.round(engine.usage.rssAtReadyMb),
          send_worker_peak_heap_mb: Math.round(engine.usage.heapMb),
          send_msg_kb: roundFigure(engine.sinkStats.bytes / recipients / 1024, 1),
          send_sink_cpu_ms_per_msg: perMessage(engine.sinkStats.cpuMs, recipients),
          send_sink_elu: roundFigure(engine.sinkStats.elu, 2),
          sender_cpu_ms_per_msg: perMessage(senderCpuMs, recipients),
          sender_peak_rss_mb: Math.round(engine.usage.peakRssMb),
          send_limit_100k_s: seconds(limit.measure.wallMs),
          send_limit_cpu_ms_per_msg: perMessage(limit.measure.cpuMs, limit.sent),
          send_limit_sink_elu: roundFigure(limit.sinkStats.elu, 2),
          send_own_client_100k_s: seconds(client.own.wallMs),
          send_own_client_cpu_ms_per_msg: perMessage(client.own.cpuMs, client.own.count),
          send_own_client_sink_elu: roundFigure(client.own.sinkBusyMs / client.own.wallMs, 2),
          send_nodemailer_raw_100k_s: seconds(client.nodemailer.wallMs),
          send_nodemailer_raw_cpu_ms_per_msg: perMessage(client.nodemailer.cpuMs, client.nodemailer.count),
          send_nodemailer_raw_sink_elu: roundFigure(client.nodemailer.sinkBusyMs / client.nodemailer.wallMs, 2),
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
