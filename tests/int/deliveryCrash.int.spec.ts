import type { SmtpPool } from '../../src/delivery/smtp/createSmtpPool.ts'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'
import type { RecordingSmtpSink } from '../helpers/startRecordingSmtpSink.ts'
import type { SpawnedWorker } from '../helpers/spawnDeliveryWorker.ts'

import { getPool } from '../../src/database/pool.ts'
import { createDeliverySql } from '../../src/delivery/deliverySql.ts'
import { startDeliveryWorker } from '../../src/plugins/startDeliveryWorker.ts'
import { openStates } from '../../src/delivery/states.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { buildFreshIssue } from '../helpers/buildFreshIssue.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { spawnDeliveryWorker } from '../helpers/spawnDeliveryWorker.ts'
import { startRecordingSmtpSink } from '../helpers/startRecordingSmtpSink.ts'

/** Small batches and windows, so that kills land in every phase; a kill leaves at most the rows in flight uncertain. */
const settings = { batchSize: 100, connections: 3, windowSize: 20, windowsInFlight: 2 }
const inFlight = settings.windowSize * settings.windowsInFlight
/** Short, so that a restarted worker takes back a killed one's rows within seconds, and well above a batch's time. */
const leaseMs = 4000
const ambassadorCount = 2000

/** A worker's last line, without the usage figures it reports (`done sent {…}`). */
const lastLineOf = (stdout: string) => stdout.trim().split('\n').at(-1)?.replace(/ \{.*\}$/, '')

let t: TestPayload
let api: ApiClient
let f: AccessFixtures
let sink: RecordingSmtpSink
let databaseUrl: string
const children = new Set<SpawnedWorker>()

/** Mulberry32: a small seeded PRNG, so that a failing seed can be run again. */
const seededRandom = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const spawnWorker = (name: string, issueId: number) => {
  const worker = spawnDeliveryWorker({ databaseUrl, issueId, leaseMs, name, settings, smtpPort: sink.port })
  children.add(worker)
  void worker.exited.then(() => children.delete(worker))
  return worker
}

/** Kills `worker` once the sink has `count` of its messages, a few random milliseconds later (mid-window or not). */
const killAfter = async (worker: SpawnedWorker, count: number, random: () => number) => {
  await Promise.race([
    sink.waitUntil(() => sink.countFrom(worker.name) >= count),
    worker.exited.then((exit) => Promise.reject(new Error(`worker ${worker.name} ended (${exit.code ?? exit.signal}) before ${count} messages: ${exit.stderr.slice(-2000)}`))),
  ])
  await sleep(Math.floor(random() * 40))
  return worker.kill()
}

const buildIssue = () => buildFreshIssue({ api, f, payload: t.payload })

/** The editor's approval: freezes the audience, and the workers start. */
const sendIssue = async (issueId: number) => {
  const sent = await api.rest('POST', `/newsletter-issues/${issueId}/send`, { body: {}, token: f.editor.token })
  expect([sent.status, sent.body.status, sent.body.audience]).toEqual([200, 'sending', ambassadorCount + 1])
}

type DeliveryRow = { ambassador_id: number; email: string; message_id: null | string; status: string }

/**
 * What the database and the sink say once the workers are done: the audience, each row's state, and
 * every message the sink accepted for the issue.
 */
const outcomeOf = async (issueId: number) => {
  const pool = getPool(t.payload)
  const rows = (
    await pool.query<DeliveryRow>(
      `SELECT d.ambassador_id, a.email, d.message_id, d.status FROM newsletter_deliveries d JOIN ambassadors a ON a.id = d.ambassador_id WHERE d.issue_id = $1`,
      [issueId],
    )
  ).rows
  const eligible = (await pool.query<{ id: number }>(`SELECT id FROM ambassadors WHERE status = 'active' ORDER BY id`)).rows.map((row) => row.id)
  const issue = (await pool.query<{ counts_sent: number; status: string }>(`SELECT status, counts_sent::int AS counts_sent FROM newsletter_issues WHERE id = $1`, [issueId])).rows[0]
  const mails = sink.accepted.filter((mail) => mail.messageId.startsWith(`<newsletter-${issueId}-`))
  const counts = rows.reduce<Record<string, number>>((all, row) => ({ ...all, [row.status]: (all[row.status] ?? 0) + 1 }), {})
  return { counts, eligible, issue, mails, rows }
}

/** Every invariant of a send that survived crashes: nothing lost, nothing twice, nothing left open, counts that add up. */
const expectNothingLostNorDuplicated = async (issueId: number, { kills }: { kills: number }) => {
  const { counts, eligible, issue, mails, rows } = await outcomeOf(issueId)
  const byEmail = new Map(rows.map((row) => [row.email, row]))
  const messageIdOf = (ambassadorId: number) => `<newsletter-${issueId}-${ambassadorId}@localhost>`
  const recipients = mails.map((mail) => mail.to)
  const received = new Set(recipients)

  // Each eligible ambassador has exactly one row, and none is left pending, held or waiting for a retry.
  expect(rows.map((row) => row.ambassador_id).sort((a, b) => a - b)).toEqual(eligible)
  expect(rows.filter((row) => (openStates as readonly string[]).includes(row.status))).toEqual([])
  expect((counts.sent ?? 0) + (counts.failed ?? 0) + (counts.uncertain ?? 0) + (counts.suppressed ?? 0)).toBe(eligible.length)
  expect(issue).toEqual({ counts_sent: counts.sent, status: 'sent' })
  // A kill leaves at most the windows it was handing over uncertain.
  expect(counts.uncertain ?? 0).toBeLessThanOrEqual(kills * inFlight)
  // Uncertain rows are never re-sent automatically: no one got the message twice.
  expect(recipients.filter((to, index) => recipients.indexOf(to) !== index)).toEqual([])
  // Every `sent` row reached the mail server; nothing reached anyone whose row says it was not handed over.
  expect(rows.filter((row) => row.status === 'sent' && !received.has(row.email))).toEqual([])
  expect(mails.filter((mail) => !['sent', 'uncertain'].includes(byEmail.get(mail.to)?.status ?? ''))).toEqual([])
  // The Message-ID is the issue's and the ambassador's, in the sink and on the row.
  expect(mails.filter((mail) => mail.messageId !== messageIdOf(byEmail.get(mail.to)?.ambassador_id ?? 0))).toEqual([])
  expect(rows.filter((row) => row.status === 'sent' && row.message_id !== messageIdOf(row.ambassador_id))).toEqual([])
  return { counts, mails }
}

beforeAll(async () => {
  sink = await startRecordingSmtpSink()
  t = await initTestPayload('delivery_crash')
  databaseUrl = getPool(t.payload).options.connectionString!
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
  // 2,000 active ambassadors of region A, in one statement (the Local API would take a minute).
  await getPool(t.payload).query(
    `INSERT INTO ambassadors (email, first_name, status, region_network_id)
     SELECT 'ambassador' || n || '@crash.example', 'Ambassadeur ' || n, 'active', $1 FROM generate_series(1, $2::int) AS n`,
    [f.networkA.id, ambassadorCount],
  )
})

afterEach(async () => {
  await Promise.all([...children].map((child) => child.kill()))
})

afterAll(async () => {
  await t?.teardown()
  await sink?.stop()
})

describe('the delivery engine when its workers are killed', () => {
  it.each([11, 29, 83])(
    'should lose and duplicate nothing when its one worker is killed three times at random points (seed %i)',
    async (seed) => {
      const random = seededRandom(seed)
      const issueId = await buildIssue()
      await sendIssue(issueId)
      const kills = 3
      for (let run = 0; run < kills; run++) {
        const worker = spawnWorker(`seed${seed}-run${run}`, issueId)
        await killAfter(worker, 1 + Math.floor(random() * 300), random)
      }
      const last = await spawnWorker(`seed${seed}-last`, issueId).exited
      expect([last.code, lastLineOf(last.stdout)]).toEqual([0, 'done sent'])
      const { counts } = await expectNothingLostNorDuplicated(issueId, { kills })
      console.info(`seed ${seed}: ${JSON.stringify(counts)}`)
    },
    120_000,
  )

  it('should share the issue among three workers killed at random, and lose and duplicate nothing', async () => {
    const random = seededRandom(5)
    const issueId = await buildIssue()
    const first = [0, 1, 2].map((slot) => spawnWorker(`three-w${slot}`, issueId))
    // All three poll before the issue is sent, so each takes a share from the start.
    await Promise.all(first.map((worker) => worker.ready))
    await sendIssue(issueId)
    // Two of the three, picked at random, are killed once they have sent a random number of messages.
    const spared = Math.floor(random() * first.length)
    const victims = first.filter((_, slot) => slot !== spared)
    const replacements: SpawnedWorker[] = []
    for (const victim of victims) {
      await killAfter(victim, 1 + Math.floor(random() * 150), random)
      replacements.push(spawnWorker(`${victim.name}-again`, issueId))
    }
    const exits = await Promise.all([first[spared]!, ...replacements].map((worker) => worker.exited))
    expect(exits.map((exit) => [exit.code, lastLineOf(exit.stdout)])).toEqual([
      [0, 'done sent'],
      [0, 'done sent'],
      [0, 'done sent'],
    ])
    const { counts } = await expectNothingLostNorDuplicated(issueId, { kills: victims.length })
    const perWorker = first.map((worker) => sink.countFrom(worker.name))
    expect(perWorker.filter((count) => count === 0)).toEqual([])
    console.info(`three workers: ${JSON.stringify(counts)}, sent by the first three ${perWorker.join('/')}`)
  }, 120_000)
})

describe('the delivery engine when a worker outlives its lease', () => {
  /** A worker whose mail server stalls on its first window until `release` is called. */
  const stallingWorker = (leaseMs: number) => {
    const handedTo: string[] = []
    let release = () => {}
    const stalled = new Promise<void>((resolve) => {
      release = resolve
    })
    const transport: SmtpPool = {
      close: async () => undefined,
      send: async ({ to }) => {
        handedTo.push(to)
        await stalled
        return '250 OK'
      },
    }
    const worker = startDeliveryWorker({ autoStart: false, batchSize: 4, from: '"Ambassadeurs" <programme@ambassadeurs.example>', leaseMs, payload: t.payload, transport, windowSize: 2, windowsInFlight: 1 })
    return { handedTo, release, worker }
  }
  const sql = () => createDeliverySql(t.payload, { ambassadors: 'ambassadors', newsletterDeliveries: 'newsletter-deliveries', newsletterIssues: 'newsletter-issues' })

  it('should keep its lease while a window takes longer than the lease, so no other worker takes its rows', async () => {
    const issueId = await buildIssue()
    await sendIssue(issueId)
    const slow = stallingWorker(200)
    const slowPass = slow.worker.runOnce()
    await expect.poll(() => slow.handedTo.length).toBe(2)
    await sleep(600)
    // Three leases long: the live worker renewed every row it holds, so there is nothing to reap.
    expect(await sql().reapExpiredLeases(issueId)).toBe(0)
    const held = await getPool(t.payload).query<{ count: number }>(
      `SELECT count(*)::int AS count FROM newsletter_deliveries WHERE issue_id = $1 AND status = 'sending' AND lease_until > now()`,
      [issueId],
    )
    expect(held.rows[0]!.count).toBe(4)
    // Stopped, it claims nothing more and sends what it holds: its four rows, sent once each.
    const stopped = slow.worker.stop()
    slow.release()
    await Promise.all([stopped, slowPass])
    const sent = await getPool(t.payload).query<{ count: number }>(
      `SELECT count(*)::int AS count FROM newsletter_deliveries WHERE issue_id = $1 AND status = 'sent'`,
      [issueId],
    )
    expect([slow.handedTo.length, new Set(slow.handedTo).size, sent.rows[0]!.count]).toEqual([4, 4, 4])
    await api.rest('POST', `/newsletter-issues/${issueId}/cancel`, { token: f.editor.token })
  })

  it('should not hand over rows another worker took back once its lease ran out', async () => {
    const issueId = await buildIssue()
    await sendIssue(issueId)
    const slow = stallingWorker(120_000)
    const slowPass = slow.worker.runOnce()
    await expect.poll(() => slow.handedTo.length).toBe(2)
    const firstWindow = [...slow.handedTo]
    // As if its process had frozen past its lease: its handed-over rows are reaped as uncertain, the two
    // it had not handed over yet taken by another worker, then the rest.
    const { rows } = await getPool(t.payload).query<{ taken: boolean }>(
      `UPDATE newsletter_deliveries SET
         status = (CASE WHEN handed_over_at IS NULL THEN 'sending' ELSE 'uncertain' END)::enum_newsletter_deliveries_status,
         lease_owner = CASE WHEN handed_over_at IS NULL THEN 'another-worker' END,
         lease_until = CASE WHEN handed_over_at IS NULL THEN now() + interval '1 hour' END
       WHERE issue_id = $1 AND status = 'sending' RETURNING handed_over_at IS NULL AS taken`,
      [issueId],
    )
    await sql().claim(issueId, 'another-worker', ambassadorCount)
    slow.release()
    await slowPass
    expect([rows.filter((row) => row.taken).length, slow.handedTo]).toEqual([2, firstWindow])
    await api.rest('POST', `/newsletter-issues/${issueId}/cancel`, { token: f.editor.token })
  })
})
