import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { randomUUID } from 'node:crypto'

import type { BuildSettings } from '../newsletter/buildIssue.ts'
import type { CompiledSegment } from '../newsletter/render/index.ts'
import type { NewsletterRecipient } from '../newsletter/types.ts'
import type { SmtpPool } from './smtp/createSmtpPool.ts'

import { withAdvisoryLock } from '../database/advisoryLock.ts'
import { signToken } from '../newsletter/tokens.ts'
import { buildSegmentMessage } from './buildMessage.ts'
import { classifySmtpError } from './classifySmtpError.ts'
import { createDeliverySql, type ClaimedRow, type Outcome } from './deliverySql.ts'
import { freezeAudience } from './freezeAudience.ts'
import { notifyPause } from './notifyPause.ts'
import { thankReferents } from './thankReferents.ts'
import { createWindowFeed } from './windowFeed.ts'
import { leaseMs as defaultLeaseMs, maxAttempts, retryDelayMs } from './states.ts'

export type DeliveryWorkerOptions = {
  /** Rows claimed at once (one lease). @default 500 */
  batchSize?: number
  /** `From:` of the newsletter, e.g. `"Ambassadeurs Ardelys" <programme@ardelys.example>`. */
  from: string
  /** How long the rows a worker claims stay its own, in ms (well above the time a batch takes): after a crash, other workers take them back once it has run out. @default 120000 */
  leaseMs?: number
  /** Consecutive failed hand-overs after which the issue is paused for an editor. @default 50 */
  maxConsecutiveErrors?: number
  payload: Payload
  /** How often an idle worker looks for work, in ms. @default 1000 */
  pollMs?: number
  /** Start the polling loop at once; `false` leaves the passes to `runOnce` (tests). @default true */
  autoStart?: boolean
  /** Most messages per hour and per second, all workers together (checked in the database). */
  ratePerHour?: number
  ratePerSecond?: number
  /** The SMTP pool the newsletter goes through (`createSmtpPool`): pipelined, TLS, AUTH, DKIM. */
  transport: SmtpPool
  /** Messages handed to the SMTP pool at once, as one window (marked, sent, recorded together). @default 50 */
  windowSize?: number
  /**
   * Windows under way at once, so the pool never waits for a window's bookkeeping: a crash leaves at most
   * `windowsInFlight × windowSize` rows `uncertain`. @default 2
   */
  windowsInFlight?: number
}

/**
 * What the worker reads of the plugin's settings: the newsletter's (to freeze an issue's emails) and the
 * slugs of the collections it writes to and notifies from.
 */
export type DeliveryWorkerSettings = BuildSettings & { slugs: { users: string } }

export type DeliveryWorker = {
  /** One pass: freeze what is due, then claim and send until nothing is left or the worker stops. */
  runOnce: () => Promise<number>
  /** Stops claiming, finishes what it holds. */
  stop: () => Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The newsletter's sending engine, for any number of processes on any number of machines sharing the
 * database: each claims batches of delivery rows with `FOR UPDATE SKIP LOCKED` under a lease (the next
 * batch while the current one's last windows are under way), hands them to the SMTP pool window by window
 * (marking each window first, so a crash leaves at most the windows in flight `uncertain` and every other
 * row goes back to work), and records the outcomes in one statement per window. It runs beside the jobs
 * queues, not behind their lock: every worker sends at once.
 */
export const createDeliveryWorker = (options: DeliveryWorkerOptions, settings: DeliveryWorkerSettings): DeliveryWorker => {
  const { from, payload, transport } = options
  const batchSize = options.batchSize ?? 500
  const windowSize = options.windowSize ?? 50
  const windowsInFlight = options.windowsInFlight ?? 2
  const leaseMs = options.leaseMs ?? defaultLeaseMs
  const maxConsecutiveErrors = options.maxConsecutiveErrors ?? 50
  const owner = `${process.pid}-${randomUUID()}`
  const { slugs } = settings
  const sql = createDeliverySql(payload, slugs)
  const compiledCache = new Map<string, Record<string, CompiledSegment>>()
  let isStopping = false
  let consecutiveErrors = 0
  let running: Promise<unknown> = Promise.resolve()

  const freezeDue = async (issueId: number) => {
    await withAdvisoryLock(payload, `payload-plugin-ambassadors:freeze:${issueId}`, async () => {
      const req = await createLocalReq({}, payload)
      const issue = await payload.findByID({ collection: slugs.newsletterIssues, depth: 0, disableErrors: true, id: issueId, overrideAccess: true, req })
      if (issue && (issue as { status?: string }).status === 'scheduled') {
        await freezeAudience(req, settings, issue as Record<string, unknown>)
      }
    })
  }

  const compiledOf = async (issueId: number) => {
    const key = String(issueId)
    if (!compiledCache.has(key)) {
      compiledCache.set(key, ((await sql.compiledOf(issueId))?.compiled ?? {}) as Record<string, CompiledSegment>)
    }
    return compiledCache.get(key)!
  }

  const sendWindow = async (issueId: number, rows: ClaimedRow[], compiled: Record<string, CompiledSegment>): Promise<Outcome[]> => {
    const outcomes: Outcome[] = []
    const prepared: { ambassadorId: number; chunks: Buffer[]; messageId: string; row: ClaimedRow; to: string }[] = []
    for (const row of rows) {
      const { ambassador } = row
      const segment = compiled[row.segment]
      // Unsubscribed or bounced since the audience was frozen (as of the claim): honoured for the rest of the send.
      if (!ambassador || ambassador.status !== 'active' || !segment) {
        outcomes.push({ error: ambassador ? `ambassador ${ambassador.status}` : 'ambassador deleted', id: row.id, status: 'suppressed' })
        continue
      }
      const recipient: NewsletterRecipient = {
        ambassadorId: ambassador.id,
        email: ambassador.email,
        ...(ambassador.firstName ? { firstName: ambassador.firstName } : {}),
        preferencesToken: signToken('preferences', { ambassador: ambassador.id }, payload.secret),
        unsubscribeToken: signToken('unsubscribe', { ambassador: ambassador.id }, payload.secret),
      }
      prepared.push({ ...buildSegmentMessage(segment, recipient, { from, to: ambassador.email }), ambassadorId: ambassador.id, row, to: ambassador.email })
    }
    // Only the rows still ours: a row whose lease ran out while this worker was slow may be another's now.
    const held = new Set(prepared.length > 0 ? await sql.markHandedOver(prepared.map(({ row }) => row.id), owner) : [])
    const toSend = prepared.filter(({ row }) => held.has(row.id))
    const bounced: number[] = []
    await Promise.all(
      toSend.map(async ({ ambassadorId, chunks, messageId, row, to }) => {
        let messageSent = false
        try {
          await transport.send({ from: envelopeFrom(from), to }, chunks).catch((error: { messageSent?: boolean }) => {
            messageSent = error.messageSent === true
            throw error
          })
          outcomes.push({ id: row.id, messageId, status: 'sent' })
        } catch (error) {
          const outcome = classifySmtpError(error, { messageSent })
          const text = error instanceof Error ? error.message : String(error)
          if (outcome.status === 'retry' && row.attempts + 1 < maxAttempts) {
            outcomes.push({ error: text, id: row.id, retryAt: new Date(Date.now() + retryDelayMs(row.attempts + 1)), status: 'retry' })
          } else if (outcome.status === 'uncertain') {
            outcomes.push({ error: text, id: row.id, messageId, status: 'uncertain' })
          } else {
            if (outcome.status === 'failed' && outcome.suppress) {
              bounced.push(ambassadorId)
            }
            outcomes.push({ error: text, id: row.id, status: 'failed' })
          }
        }
      }),
    )
    await sql.record(outcomes, owner)
    await sql.markBounced(bounced)
    for (const outcome of outcomes) {
      consecutiveErrors = outcome.status === 'sent' || outcome.status === 'suppressed' ? 0 : consecutiveErrors + 1
    }
    if (consecutiveErrors >= maxConsecutiveErrors) {
      const last = outcomes.find((outcome) => outcome.error)?.error ?? ''
      const reason = `${consecutiveErrors} échecs d'envoi consécutifs (dernier : ${last}). Vérifiez le serveur SMTP puis reprenez l'envoi.`
      consecutiveErrors = 0
      if (await sql.pause(issueId, reason)) {
        await notifyPause(payload, { issue: issueId, issuesSlug: slugs.newsletterIssues, reason, usersSlug: slugs.users })
      }
    }
    return outcomes
  }

  const sendIssue = async (issueId: number) => {
    await sql.reapExpiredLeases(issueId)
    const compiled = await compiledOf(issueId)
    let sent = 0
    const isRateLimited = Boolean(options.ratePerHour || options.ratePerSecond)
    const feed = createWindowFeed({
      claim: async () => {
        // SIGTERM: nothing more is claimed, what is held is sent.
        if (isStopping || (await sql.statusOf(issueId)) !== 'sending') {
          return []
        }
        // A dead worker's rows come back at the next claim, not only at the next pass.
        await sql.reapExpiredLeases(issueId)
        if (!isRateLimited) {
          return sql.claim(issueId, owner, batchSize, leaseMs)
        }
        const rows = await sql.claimWithinLimits(issueId, owner, batchSize, { lease: leaseMs, perHour: options.ratePerHour, perSecond: options.ratePerSecond })
        if (!rows) {
          await sleep(200)
        }
        return rows
      },
      // Under rate limits, a batch is claimed only once the last is sent: the limits count what was sent.
      lowWater: isRateLimited ? 0 : windowsInFlight,
      onError: (error) => payload.logger.error({ err: error, msg: 'Delivery worker: claiming the next batch failed' }),
      windowSize,
    })
    // Every row this worker holds keeps its lease while it works, however long a window takes.
    const renewal = setInterval(() => {
      sql.renewLease(owner, leaseMs).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Delivery worker: renewing its lease failed' }))
    }, leaseMs / 4)
    const runWindows = async () => {
      for (let window = await feed.next(); window; window = await feed.next()) {
        // Paused or cancelled by an editor or by too many failures: what is not started goes back.
        if ((await sql.statusOf(issueId)) !== 'sending') {
          await sql.release([...window, ...(await feed.close())].map((row) => row.id), owner)
          return
        }
        const outcomes = await sendWindow(issueId, window, compiled)
        sent += outcomes.filter((outcome) => outcome.status === 'sent').length
      }
    }
    try {
      // Every runner ends before the rows left are released, even when one of them failed.
      const results = await Promise.allSettled(Array.from({ length: windowsInFlight }, runWindows))
      const failure = results.find((result) => result.status === 'rejected')
      if (failure) {
        throw failure.reason
      }
    } finally {
      clearInterval(renewal)
      await sql.release((await feed.close()).map((row) => row.id), owner)
    }
    if (await sql.completeIfDone(issueId)) {
      await thankReferents(payload, { issue: issueId, slugs })
    }
    return sent
  }

  const runOnce = async () => {
    let sent = 0
    // Dead workers' rows of every issue, cancelled and paused ones included, stop counting as held.
    await sql.reapExpiredLeases()
    for (const issue of await sql.activeIssues()) {
      if (isStopping) {
        break
      }
      if (issue.status === 'scheduled') {
        await freezeDue(issue.id)
      }
      sent += await sendIssue(issue.id)
    }
    return sent
  }

  const loop = async () => {
    while (!isStopping) {
      try {
        const sent = await runOnce()
        if (sent === 0) {
          await sleep(options.pollMs ?? 1000)
        }
      } catch (error) {
        payload.logger.error({ err: error, msg: 'Delivery worker: pass failed, retrying' })
        await sleep(options.pollMs ?? 1000)
      }
    }
  }
  if (options.autoStart !== false) {
    running = loop()
  }

  return {
    runOnce,
    stop: async () => {
      isStopping = true
      await running
    },
  }
}

/** The address part of a `From:` value, for the SMTP envelope. */
const envelopeFrom = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from
