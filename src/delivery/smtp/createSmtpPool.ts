import type tls from 'node:tls'

import { createPrivateKey } from 'node:crypto'
import DKIM from 'nodemailer/lib/dkim'

import { SmtpConnection } from './smtpConnection.ts'
import { smtpError, type SmtpSendError } from './smtpErrors.ts'

export type SmtpPoolOptions = {
  /**
   * Refused connections in a row, none open, after which the messages waiting are handed back as not sent
   * (each then fails with the server's answer, to be retried later). @default 5
   */
  connectAttempts?: number
  /**
   * When the server refuses a connection (421 at the greeting, connection refused…) and none is open, the
   * wait before the next try, in ms, doubled at each refusal in a row. @default 1000
   */
  connectRetryMs?: number
  /**
   * Connections kept open to the server at most; messages queue and each connection takes the next. A
   * server that refuses some (a connection limit per client) gets only those it accepts. @default 5
   */
  connections?: number
  /** After a refused connection shrank the pool, how long before it tries one more, in ms. @default 60000 */
  growAfterMs?: number
  /**
   * Signs every message (RFC 6376, relaxed/relaxed, rsa-sha256) when set. `headerFieldNames`: the
   * colon-separated headers to sign; the default covers the List-* headers one-click unsubscribe needs.
   */
  dkim?: { domainName: string; headerFieldNames?: string; keySelector: string; privateKey: string }
  /**
   * Plain SMTP even when STARTTLS is offered (a relay on the same host). Cannot be set with `requireTLS`.
   * @default true for a server on 127.0.0.1, ::1 or localhost unless `requireTLS`, false otherwise
   */
  ignoreTLS?: boolean
  /** The name given in EHLO. @default 'localhost' */
  name?: string
  /** Refuse to send over a connection that is not encrypted. @default false */
  requireTLS?: boolean
  /** How long a silent server is waited for, in ms. @default 60000 */
  timeoutMs?: number
  /**
   * Extra TLS settings for `smtps://` and STARTTLS, e.g. `ca` (the PEM of a private or self-signed
   * certificate to trust) or `rejectUnauthorized: false`. The certificate is checked against the URL's host,
   * an IP address included.
   */
  tls?: tls.ConnectionOptions
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://user:pass@host:465` (TLS from the start). */
  url: string
}

/** The headers DKIM signs: the usual ones plus the List-* headers one-click unsubscribe relies on. */
export const dkimHeaderFieldNames =
  'From:Sender:Reply-To:Subject:Date:Message-ID:To:Cc:MIME-Version:Content-Type:Content-Transfer-Encoding:List-Id:List-Unsubscribe:List-Unsubscribe-Post'

export type SmtpPool = {
  /** Closes every connection (QUIT) once the messages under way are answered. */
  close: () => Promise<void>
  /**
   * Hands one message to the server: `chunks` are its RFC 5322 bytes, CRLF line ends, no line that starts
   * with a dot (the body is sent as is, not dot-stuffed). Resolves with the server's answer; rejects with
   * an error carrying `responseCode` and whether the message was handed over (`messageSent`).
   */
  send: (envelope: { from: string; to: string }, chunks: Buffer[]) => Promise<string>
}

type Job = { chunks: Buffer[]; from: string; isRetry?: boolean; reject: (error: SmtpSendError) => void; resolve: (response: string) => void; to: string }

const signWith = (dkim: NonNullable<SmtpPoolOptions['dkim']>) => {
  // A key that cannot sign is refused now: nodemailer's signer would send unsigned mail without a word.
  try {
    createPrivateKey(dkim.privateKey)
  } catch (error) {
    throw new Error(`createSmtpPool: the DKIM private key cannot be read (${(error as Error).message})`)
  }
  const signer = new DKIM({ ...dkim, headerFieldNames: dkim.headerFieldNames ?? dkimHeaderFieldNames })
  return async (chunks: Buffer[]): Promise<Buffer[]> => {
    const signed: Buffer[] = []
    for await (const chunk of signer.sign(Buffer.concat(chunks))) {
      signed.push(chunk as Buffer)
    }
    return signed
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Whether the pool leaves STARTTLS aside unless told otherwise (`ignoreTLS`'s default): for a server on this
 * machine (a relay on the same host), unless TLS is required. Hosts use it to set their other SMTP clients
 * (Payload's own mail) the same way.
 */
export const ignoresStartTlsByDefault = (url: string, { requireTLS = false }: { requireTLS?: boolean } = {}) =>
  !requireTLS && ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)

/**
 * The newsletter's SMTP client: a pool of connections that each send one message after another, with
 * the envelope pipelined (RFC 2920) when the server allows it, TLS (`smtps://` or STARTTLS), AUTH PLAIN
 * or LOGIN from the URL, and DKIM. Messages go out as the bytes they were built as: no MIME library, no
 * per-byte scan, one round trip per message on a pipelining server. A connection the server does not take
 * never costs a message: the message waits for another connection, the pool shrinks to the connections
 * the server accepts (backing off when it accepts none) and tries one more now and then.
 */
export const createSmtpPool = (options: SmtpPoolOptions): SmtpPool => {
  const url = new URL(options.url)
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`createSmtpPool: ${url.protocol} is not an SMTP URL (smtp:// or smtps://)`)
  }
  const requireTLS = options.requireTLS ?? false
  if (requireTLS && options.ignoreTLS) {
    throw new Error('createSmtpPool: requireTLS and ignoreTLS cannot both be set (TLS required, STARTTLS ignored)')
  }
  const secure = url.protocol === 'smtps:'
  const connectionOptions = {
    ...(url.username ? { auth: { pass: decodeURIComponent(url.password), user: decodeURIComponent(url.username) } } : {}),
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    ignoreTLS: options.ignoreTLS ?? ignoresStartTlsByDefault(options.url, { requireTLS }),
    name: options.name ?? 'localhost',
    port: Number(url.port || (secure ? 465 : 25)),
    requireTLS,
    secure,
    timeoutMs: options.timeoutMs ?? 60_000,
    ...(options.tls ? { tls: options.tls } : {}),
  }
  const size = options.connections ?? 5
  const connectAttempts = options.connectAttempts ?? 5
  const connectRetryMs = options.connectRetryMs ?? 1000
  const growAfterMs = options.growAfterMs ?? 60_000
  const sign = options.dkim ? signWith(options.dkim) : undefined
  const queue: Job[] = []
  const idle = Array.from({ length: size }, () => new SmtpConnection(connectionOptions))
  const busy = new Set<SmtpConnection>()
  const working = new Set<Promise<void>>()
  /** Connections the server is taking now: shrunk by a refusal, grown back one at a time. */
  let limit = size
  let refusedAt = 0
  let refusalsInARow = 0

  /**
   * A connection the server did not take: its message goes back first in line. With other connections
   * under way, the server is at its limit: this one retires and the pool shrinks to them. With none, the
   * server takes nobody now: wait longer and longer, and in the end hand the waiting messages back.
   */
  const onRefusedConnection = async (connection: SmtpConnection, job: Job, error: SmtpSendError): Promise<'retire' | 'retry'> => {
    queue.unshift(job)
    refusedAt = Date.now()
    const others = [...busy, ...idle].filter((other) => other !== connection && (busy.has(other) || other.isOpen)).length
    if (others > 0) {
      limit = Math.min(limit, others)
      return 'retire'
    }
    limit = 1
    refusalsInARow++
    if (refusalsInARow >= connectAttempts) {
      refusalsInARow = 0
      for (const waiting of queue.splice(0)) {
        waiting.reject(error)
      }
      return 'retire'
    }
    await sleep(connectRetryMs * 2 ** (refusalsInARow - 1))
    return 'retry'
  }

  const work = async (connection: SmtpConnection) => {
    let job = queue.shift()
    while (job) {
      // The next message rides behind this one's body (its envelope, in the same write) when the server pipelines.
      const following = connection.isOpen && connection.pipelines ? queue.shift() : undefined
      try {
        if (!connection.isOpen) {
          await connection.open()
          refusalsInARow = 0
        }
        let chunks = job.chunks
        if (sign) {
          chunks = await sign(job.chunks).catch((error: Error) => {
            // This message's envelope may be on the wire already, behind the previous body: the
            // connection cannot go on without its body.
            connection.discard()
            throw smtpError(`DKIM signing failed: ${error.message}`, { sent: false })
          })
        }
        job.resolve(await connection.send(job, chunks, following))
      } catch (error) {
        const failure = typeof (error as SmtpSendError).messageSent === 'boolean' ? (error as SmtpSendError) : smtpError((error as Error).message, { sent: false })
        const isConnectionLost = (error as { connectionLost?: boolean }).connectionLost === true
        if (failure.unavailable) {
          // Only `open` says so, and nothing was written then (`following` is taken on open connections only).
          if ((await onRefusedConnection(connection, job, failure)) === 'retire') {
            break
          }
          job = queue.shift()
          continue
        }
        if (isConnectionLost && !failure.messageSent && !job.isRetry) {
          // The connection went away before this message got any answer (a 421 or a drop on the one before
          // it, whose body carried this one's envelope): nothing of it was handed over, so it goes again, once.
          queue.unshift({ ...job, isRetry: true })
        } else {
          job.reject(failure)
        }
      }
      job = following ?? queue.shift()
    }
    busy.delete(connection)
    idle.push(connection)
    pump()
  }
  const pump = () => {
    if (limit < size && Date.now() - refusedAt >= growAfterMs) {
      limit++
      refusedAt = Date.now()
    }
    while (queue.length > 0 && busy.size < limit && idle.length > 0) {
      // An open connection first: opening another while one idles would ask the server for one too many.
      const open = idle.findIndex((connection) => connection.isOpen)
      const [connection] = idle.splice(open >= 0 ? open : idle.length - 1, 1)
      busy.add(connection!)
      const running = work(connection!)
      working.add(running)
      void running.finally(() => working.delete(running))
    }
  }

  return {
    close: async () => {
      while (working.size > 0) {
        await Promise.all(working)
      }
      await Promise.all(idle.map((connection) => connection.close()))
    },
    send: (envelope, chunks) =>
      new Promise<string>((resolve, reject) => {
        queue.push({ ...envelope, chunks, reject, resolve })
        pump()
      }),
  }
}
