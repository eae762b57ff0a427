import { dkimVerify } from 'mailauth'
import { generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { getPool } from '../../src/database/pool.ts'
import { startDeliveryWorker } from '../../src/plugins/startDeliveryWorker.ts'
import { createSmtpPool } from '../../src/delivery/smtp/createSmtpPool.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { buildFreshIssue } from '../helpers/buildFreshIssue.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { startScriptedSmtpServer } from '../helpers/startScriptedSmtpServer.ts'
import { startSmtpServer } from '../helpers/startSmtpServer.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures
let smtp: Awaited<ReturnType<typeof startScriptedSmtpServer>>
let staffMail: Awaited<ReturnType<typeof startSmtpServer>>

const transportTo = (port: number) => createSmtpPool({ connections: 3, url: `smtp://127.0.0.1:${port}` })

const from = '"Ambassadeurs Ardelys" <programme@ambassadeurs.example>'

const createAmbassadors = (locals: string[]) =>
  Promise.all(
    locals.map((local) =>
      t.payload.create({
        collection: 'ambassadors',
        data: { email: `${local}@test.example`, firstName: local, regionNetwork: f.networkA.id, status: 'active' } as never,
      }),
    ),
  )

const deliveriesOf = async (issue: number | string) =>
  (
    await getPool(t.payload).query<{ email: string; status: string }>(
      `SELECT a.email, d.status FROM newsletter_deliveries d JOIN ambassadors a ON a.id = d.ambassador_id WHERE d.issue_id = $1 ORDER BY a.email`,
      [issue],
    )
  ).rows

/** A new issue (see buildFreshIssue), then the editor's send: the audience is frozen. */
const buildAndSend = async () => {
  const issueId = await buildFreshIssue({ api, f, payload: t.payload })
  const sent = await api.rest('POST', `/newsletter-issues/${issueId}/send`, { body: {}, token: f.editor.token })
  expect([sent.status, sent.body.status]).toEqual([200, 'sending'])
  return { audience: sent.body.audience as number, issueId }
}

beforeAll(async () => {
  smtp = await startScriptedSmtpServer({ bounce: 550, drop: 'drop', refused: 503, temp421: 421, temp451: 451 })
  staffMail = await startSmtpServer()
  t = await initTestPayload('delivery', { smtpUrl: staffMail.url })
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
})

afterAll(async () => {
  await t?.teardown()
  await smtp?.stop()
  await staffMail?.stop()
})

describe('the delivery engine', () => {
  it('should end each scripted answer in its state, then finish the issue once the retries go through', async () => {
    await createAmbassadors(['ok1', 'ok2', 'ok3', 'temp421', 'temp451', 'bounce', 'refused', 'drop'])
    const { audience, issueId } = await buildAndSend()
    expect(audience).toBe(9) // the eight above and Claire from the fixtures
    const transport = transportTo(smtp.port)
    const worker = startDeliveryWorker({ autoStart: false, from, payload: t.payload, transport, windowSize: 4 })
    await worker.runOnce()
    const states = Object.fromEntries((await deliveriesOf(issueId)).map((row) => [row.email.split('@')[0], row.status]))
    expect(states).toEqual({
      bounce: 'failed',
      'claire.martin': 'sent',
      drop: 'uncertain',
      ok1: 'sent',
      ok2: 'sent',
      ok3: 'sent',
      refused: 'failed',
      temp421: 'retry',
      temp451: 'retry',
    })
    const bounced = await t.payload.find({ collection: 'ambassadors', where: { email: { equals: 'bounce@test.example' } } })
    expect(bounced.docs[0]?.status).toBe('bounced')
    expect((await t.payload.findByID({ collection: 'newsletter-issues', id: issueId })).status).toBe('sending')
    // The server recovers; the retry time comes.
    smtp.script.temp421 = 'accept'
    smtp.script.temp451 = 'accept'
    await getPool(t.payload).query(`UPDATE newsletter_deliveries SET retry_at = now() - interval '1 second' WHERE issue_id = $1 AND status = 'retry'`, [issueId])
    await worker.runOnce()
    const issue = await t.payload.findByID({ collection: 'newsletter-issues', id: issueId })
    expect([issue.status, (issue as { counts?: { sent: number } }).counts?.sent]).toEqual(['sent', 6])
    const receivedBy = smtp.accepted.map((mail) => mail.to.split('@')[0]).sort()
    expect(receivedBy).toEqual(['claire.martin', 'ok1', 'ok2', 'ok3', 'temp421', 'temp451'])
    await worker.stop()
    await transport.close()
  })

  it('should send each ambassador one message with three workers at once, and honour an unsubscribe made during the send', async () => {
    smtp.accepted.length = 0
    const extra = await createAmbassadors(Array.from({ length: 60 }, (_, index) => `many${index}`))
    await t.payload.update({ collection: 'ambassadors', data: { status: 'active' } as never, where: { email: { in: ['bounce@test.example'] } } })
    const { issueId } = await buildAndSend()
    await t.payload.update({ collection: 'ambassadors', data: { status: 'unsubscribed' } as never, id: extra[0]!.id })
    const transports = [transportTo(smtp.port), transportTo(smtp.port), transportTo(smtp.port)]
    const workers = transports.map((transport) =>
      startDeliveryWorker({ autoStart: false, batchSize: 7, from, payload: t.payload, transport, windowSize: 3 }),
    )
    await Promise.all(workers.map((worker) => worker.runOnce()))
    const rows = await deliveriesOf(issueId)
    const byStatus = rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row.status]: (counts[row.status] ?? 0) + 1 }), {})
    const recipients = smtp.accepted.map((mail) => mail.to)
    expect(new Set(recipients).size).toBe(recipients.length)
    expect(byStatus.sent).toBe(recipients.length)
    expect(rows.find((row) => row.email === 'many0@test.example')?.status).toBe('suppressed')
    expect(recipients).not.toContain('many0@test.example')
    // Sent + failed + uncertain + suppressed + retry = everyone frozen.
    expect(Object.values(byStatus).reduce((sum, count) => sum + count, 0)).toBe(rows.length)
    await Promise.all(workers.map((worker) => worker.stop()))
    await Promise.all(transports.map((transport) => transport.close()))
  })

  it('should carry the List headers and a stable Message-ID in every message', async () => {
    const mail = smtp.accepted[0]!
    const head = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'))
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m)
    expect(head).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/api\/ambassadors\/unsubscribe\?token=[^>]+>/m)
    expect(head).toMatch(/^Content-Type: multipart\/alternative;/m)
    expect(mail.messageId).toMatch(/^<newsletter-\d+-\d+@localhost>$/)
  })

  it('should DKIM-sign every message when a key is configured, verified by a real verifier', async () => {
    smtp.accepted.length = 0
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const publicDer = publicKey.export({ format: 'der', type: 'spki' }).toString('base64')
    const transport = createSmtpPool({
      dkim: { domainName: 'ambassadeurs.example', keySelector: 'news', privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() },
      url: `smtp://127.0.0.1:${smtp.port}`,
    })
    const { issueId } = await buildAndSend()
    const worker = startDeliveryWorker({ autoStart: false, from, payload: t.payload, transport })
    await worker.runOnce()
    expect((await t.payload.findByID({ collection: 'newsletter-issues', id: issueId })).status).toBe('sent')
    const txt: Record<string, string[][]> = { 'news._domainkey.ambassadeurs.example': [[`v=DKIM1; k=rsa; p=${publicDer}`]] }
    const mail = smtp.accepted[0]!
    const result = await dkimVerify(mail.raw, { resolver: async (name: string) => txt[name] ?? [] })
    const signature = result.results[0]
    expect([signature?.status?.result, signature?.signingDomain]).toEqual(['pass', 'ambassadeurs.example'])
    expect((signature as { signingHeaders?: { keys?: string } } | undefined)?.signingHeaders?.keys).toMatch(/List-Unsubscribe-Post/i)
    // A message altered on the way no longer passes.
    const tampered = await dkimVerify(mail.raw.replace('List-Unsubscribe=One-Click', 'List-Unsubscribe=Two-Click'), { resolver: async (name: string) => txt[name] ?? [] })
    expect(tampered.results[0]?.status?.result).not.toBe('pass')
    await worker.stop()
    await transport.close()
  })

  it('should thank the referent whose suggestion the sent issue carried, once', async () => {
    await t.payload.create({
      collection: 'content-items',
      data: { _status: 'published', network: f.networkA.id, stage: 'approved', submittedBy: f.referentA.id, themes: [f.theme.id], title: 'Suggestion de Lyon' } as never,
    })
    const before = staffMail.received.length
    const { issueId } = await buildAndSend()
    const transport = transportTo(smtp.port)
    const workers = [0, 1].map(() => startDeliveryWorker({ autoStart: false, from, payload: t.payload, transport }))
    await Promise.all(workers.map((worker) => worker.runOnce()))
    await workers[0]!.runOnce()
    expect((await t.payload.findByID({ collection: 'newsletter-issues', id: issueId })).status).toBe('sent')
    const thanks = staffMail.received.slice(before).filter((mail) => mail.envelopeTo.includes(f.referentA.email))
    expect(thanks.map((mail) => mail.parsed.subject)).toEqual(['Votre suggestion est dans la newsletter'])
    expect(thanks[0]!.parsed.text).toContain('Suggestion de Lyon')
    await Promise.all(workers.map((worker) => worker.stop()))
    await transport.close()
  })

  it('should pause a send that keeps failing, with the reason, and let an editor resume it', async () => {
    const failing = await startScriptedSmtpServer({ '*': 503 })
    const transport = transportTo(failing.port)
    await createAmbassadors(Array.from({ length: 6 }, (_, index) => `failing${index}`))
    const { issueId } = await buildAndSend()
    const worker = startDeliveryWorker({ autoStart: false, from, maxConsecutiveErrors: 3, payload: t.payload, transport, windowSize: 2 })
    await worker.runOnce()
    const paused = (await t.payload.findByID({ collection: 'newsletter-issues', id: issueId })) as unknown as { pauseReason: string; status: string }
    expect([paused.status, paused.pauseReason]).toEqual(['paused', expect.stringMatching(/^4 échecs d'envoi consécutifs|^3 échecs d'envoi consécutifs/)])
    const counts = (await api.rest('GET', `/newsletter-issues/${issueId}/progress`, { token: f.editor.token })).body.counts
    expect(counts.pending).toBeGreaterThan(0)
    const resume = await api.rest('POST', `/newsletter-issues/${issueId}/resume`, { token: f.editor.token })
    expect(resume.status).toBe(200)
    await worker.stop()
    await transport.close()
    await failing.stop()
  })

  it('should pause, resume and cancel only from the states they apply to', async () => {
    const { issueId } = await buildAndSend()
    const pause = await api.rest('POST', `/newsletter-issues/${issueId}/pause`, { token: f.editor.token })
    const pauseAgain = await api.rest('POST', `/newsletter-issues/${issueId}/pause`, { token: f.editor.token })
    const resume = await api.rest('POST', `/newsletter-issues/${issueId}/resume`, { token: f.editor.token })
    const cancel = await api.rest('POST', `/newsletter-issues/${issueId}/cancel`, { token: f.editor.token })
    const sendCancelled = await api.rest('POST', `/newsletter-issues/${issueId}/send`, { token: f.editor.token })
    const referent = await api.rest('POST', `/newsletter-issues/${issueId}/pause`, { token: f.referentA.token })
    const progress = await api.rest('GET', `/newsletter-issues/${issueId}/progress`, { token: f.editor.token })
    expect([pause.status, pauseAgain.status, resume.status, cancel.status, sendCancelled.status, referent.status]).toEqual([200, 409, 200, 200, 409, 403])
    expect(progress.body).toMatchObject({ counts: { pending: expect.any(Number) }, status: 'cancelled' })
  })
})

describe('the delivery engine under rate limits', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  /** Messages sent in the last hour by every worker, all issues (what the hourly limit counts). */
  const sentThisHour = async () =>
    Number((await getPool(t.payload).query<{ count: string }>(`SELECT count(*) FROM newsletter_deliveries WHERE status = 'sent' AND sent_at > now() - interval '1 hour'`)).rows[0]!.count)

  it('should hold the hourly limit across a restart, counting what every worker sent', async () => {
    await createAmbassadors(Array.from({ length: 6 }, (_, index) => `hourly${index}`))
    const { audience, issueId } = await buildAndSend()
    expect(audience).toBeGreaterThan(3)
    const limit = (await sentThisHour()) + 3
    const transport = transportTo(smtp.port)
    const first = startDeliveryWorker({ autoStart: false, from, payload: t.payload, ratePerHour: limit, transport })
    const firstPass = first.runOnce()
    await expect.poll(sentThisHour, { timeout: 10_000 }).toBe(limit)
    await sleep(500)
    await first.stop()
    await firstPass
    // A worker started afresh with the same limit finds it reached in the database: it sends nothing.
    const second = startDeliveryWorker({ autoStart: false, from, payload: t.payload, ratePerHour: limit, transport })
    const secondPass = second.runOnce()
    await sleep(800)
    await second.stop()
    await secondPass
    expect(await sentThisHour()).toBe(limit)
    expect((await deliveriesOf(issueId)).filter((row) => row.status === 'pending').length).toBeGreaterThan(0)
    await api.rest('POST', `/newsletter-issues/${issueId}/cancel`, { token: f.editor.token })
    await transport.close()
  })

  it('should never send more than the per-second limit in any second, with two windows in flight', async () => {
    await createAmbassadors(Array.from({ length: 12 }, (_, index) => `persecond${index}`))
    const { issueId } = await buildAndSend()
    const startedAt = new Date()
    const transport = transportTo(smtp.port)
    const worker = startDeliveryWorker({ autoStart: false, batchSize: 10, from, payload: t.payload, ratePerSecond: 4, transport, windowSize: 1, windowsInFlight: 2 })
    const pass = worker.runOnce()
    await sleep(2600)
    await worker.stop()
    await pass
    const times = (
      await getPool(t.payload).query<{ at: string }>(
        `SELECT (extract(epoch FROM sent_at) * 1000)::bigint AS at FROM newsletter_deliveries WHERE status = 'sent' AND sent_at >= $1 ORDER BY sent_at`,
        [startedAt],
      )
    ).rows.map((row) => Number(row.at))
    // At most 4 sent within any second, and the send kept going (about 4 a second).
    expect(Math.max(...times.map((at) => times.filter((other) => other > at - 1000 && other <= at).length))).toBeLessThanOrEqual(4)
    expect(times.length).toBeGreaterThanOrEqual(8)
    await api.rest('POST', `/newsletter-issues/${issueId}/cancel`, { token: f.editor.token })
    await transport.close()
  })
})
