import type tls from 'node:tls'

import { createPrivateKey } from 'node:crypto'
import DKIM from 'nodemailer/lib/dkim'

import { smtpError, SmtpConnection, type SmtpSendError } from './smtpConnection.ts'

export type SmtpPoolOptions = {
  /** Connections kept open to the server; messages queue and each connection takes the next. @default 5 */
  connections?: number
  /**
   * Signs every message (RFC 6376, relaxed/relaxed, rsa-sha256) when set. `headerFieldNames`: the
   * colon-separated headers to sign; the default covers the List-* headers one-click unsubscribe needs.
   */
  dkim?: { domainName: string; headerFieldNames?: string; keySelector: string; privateKey: string }
  /** Plain SMTP even when STARTTLS is offered. @default true for a server on 127.0.0.1 or localhost */
  ignoreTLS?: boolean
  /** The name given in EHLO. @default 'localhost' */
  name?: string
  /** Refuse to send over a connection that is not encrypted. @default false */
  requireTLS?: boolean
  /** How long a silent server is waited for, in ms. @default 60000 */
  timeoutMs?: number
  /** Extra TLS settings (`rejectUnauthorized`, `ca`…) for `smtps://` and STARTTLS. */
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

/**
 * The newsletter's SMTP client: a pool of connections that each send one message after another, with
 * the envelope pipelined (RFC 2920) when the server allows it, TLS (`smtps://` or STARTTLS), AUTH PLAIN
 * or LOGIN from the URL, and DKIM. Messages go out as the bytes they were built as: no MIME library, no
 * per-byte scan, one round trip per message on a pipelining server.
 */
export const createSmtpPool = (options: SmtpPoolOptions): SmtpPool => {
  const url = new URL(options.url)
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`createSmtpPool: ${url.protocol} is not an SMTP URL (smtp:// or smtps://)`)
  }
  const secure = url.protocol === 'smtps:'
  const isLoopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  const connectionOptions = {
    ...(url.username ? { auth: { pass: decodeURIComponent(url.password), user: decodeURIComponent(url.username) } } : {}),
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    ignoreTLS: options.ignoreTLS ?? isLoopback,
    name: options.name ?? 'localhost',
    port: Number(url.port || (secure ? 465 : 25)),
    requireTLS: options.requireTLS ?? false,
    secure,
    timeoutMs: options.timeoutMs ?? 60_000,
    ...(options.tls ? { tls: options.tls } : {}),
  }
  const sign = options.dkim ? signWith(options.dkim) : undefined
  const queue: Job[] = []
  const idle = Array.from({ length: options.connections ?? 5 }, () => new SmtpConnection(connectionOptions))
  const working = new Set<Promise<void>>()

  const work = async (connection: SmtpConnection) => {
    let job = queue.shift()
    while (job) {
      // The next message rides behind this one's body (its envelope, in the same write) when the server pipelines.
      const following = connection.isOpen && connection.pipelines ? queue.shift() : undefined
      try {
        if (!connection.isOpen) {
          await connection.open()
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
    idle.push(connection)
  }
  const pump = () => {
    while (queue.length > 0 && idle.length > 0) {
      const running = work(idle.pop()!)
      working.add(running)
      void running.finally(() => working.delete(running))
    }
  }

  return {
    close: async () => {
      await Promise.all(working)
      await Promise.all(idle.map((connection) => connection.close()))
    },
    send: (envelope, chunks) =>
      new Promise<string>((resolve, reject) => {
        queue.push({ ...envelope, chunks, reject, resolve })
        pump()
      }),
  }
}
