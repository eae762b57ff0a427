import net from 'node:net'
import tls from 'node:tls'

import { type SmtpReply as Reply, SmtpReplies } from './smtpReplies.ts'

/** A refused or lost message, in the shape `classifySmtpError` reads. */
export type SmtpSendError = Error & { messageSent: boolean; response?: string; responseCode?: number }

export type SmtpConnectionOptions = {
  auth?: { pass: string; user: string }
  host: string
  /** Plain SMTP only, even when the server offers STARTTLS (a relay on the same host). */
  ignoreTLS?: boolean
  /** The name given in EHLO. */
  name: string
  port: number
  /** Refuse to send unless the connection is encrypted (STARTTLS offered and taken, or `secure`). */
  requireTLS?: boolean
  /** Implicit TLS from the first byte (`smtps://`, port 465). */
  secure?: boolean
  /** Idle time after which a connection that does not answer is given up, in ms. */
  timeoutMs: number
  tls?: tls.ConnectionOptions
}

/** A message's envelope; the same object stands for the message from one call to the next. */
export type Envelope = { from: string; to: string }

/** Runs `start` (which opens sockets) and gives up, closing every socket it opened, after `timeoutMs`. */
const withinTimeout = (timeoutMs: number, start: (resolve: (socket: net.Socket) => void, reject: (error: Error) => void) => net.Socket[]) =>
  new Promise<net.Socket>((resolve, reject) => {
    const sockets = start(
      (ready) => {
        clearTimeout(timer)
        resolve(ready)
      },
      (error) => {
        clearTimeout(timer)
        reject(error)
      },
    )
    const timer = setTimeout(() => {
      sockets.forEach((socket) => socket.destroy())
      reject(new Error(`The SMTP server did not answer within ${timeoutMs} ms`))
    }, timeoutMs)
  })

export const smtpError = (text: string, { code, sent }: { code?: number; sent: boolean }): SmtpSendError =>
  Object.assign(new Error(text), { messageSent: sent, ...(code ? { response: text, responseCode: code } : {}) })

/**
 * One SMTP connection that sends one message after another: EHLO, STARTTLS and AUTH once, then per message
 * MAIL, RCPT and DATA in one write when the server advertises PIPELINING (RFC 2920), one by one otherwise,
 * and the body as the chunks it is given (already dot-safe and CRLF-terminated: see buildSegmentMessage).
 */
export class SmtpConnection {
  /** The message whose MAIL, RCPT and DATA already went out behind the previous message's body. */
  private envelopeWrittenFor: Envelope | undefined
  private pipelining = false
  private replies = new SmtpReplies()
  private socket: net.Socket | undefined

  constructor(private readonly options: SmtpConnectionOptions) {}

  get isOpen() {
    return Boolean(this.socket && !this.socket.destroyed) && !this.replies.error
  }

  /** Whether the server takes commands in batches: the pool then hands `send` the message that follows. */
  get pipelines() {
    return this.pipelining
  }

  /** Connects, greets, takes STARTTLS and authenticates; on any failure the socket is closed. */
  async open() {
    try {
      await this.connect()
    } catch (error) {
      this.socket?.destroy()
      throw error
    }
  }

  private async connect() {
    const { host, port, secure, timeoutMs } = this.options
    const servername = net.isIP(host) ? undefined : host
    this.reset()
    this.attach(
      await withinTimeout(timeoutMs, (resolve, reject) => {
        // The TCP socket is ours even under TLS: a handshake that never ends is closed with it.
        const raw = net.connect({ host, port }, secure ? undefined : () => resolve(raw))
        raw.once('error', reject)
        if (!secure) {
          return [raw]
        }
        const socket = tls.connect({ servername, socket: raw, ...this.options.tls }, () => resolve(socket))
        socket.once('error', reject)
        return [socket, raw]
      }),
    )
    const greeting = await this.replies.next()
    if (greeting.code !== 220) {
      throw this.fail(`SMTP greeting refused: ${greeting.text}`)
    }
    let features = await this.ehlo()
    const encrypted = secure || this.socket instanceof tls.TLSSocket
    if (!encrypted && !this.options.ignoreTLS && features.has('STARTTLS')) {
      const answer = await this.command('STARTTLS')
      if (answer.code !== 220) {
        throw this.fail(`STARTTLS refused: ${answer.text}`)
      }
      // Nothing may come between the 220 and the handshake: bytes sent in clear must not pass for replies.
      if (this.replies.hasPending) {
        throw this.fail('The SMTP server sent data after its STARTTLS answer')
      }
      const plain = this.socket!
      plain.removeAllListeners('data')
      plain.setTimeout(0)
      this.replies = new SmtpReplies()
      this.attach(
        await withinTimeout(timeoutMs, (resolve, reject) => {
          const upgraded = tls.connect({ servername, socket: plain, ...this.options.tls }, () => resolve(upgraded))
          upgraded.once('error', reject)
          return [upgraded, plain]
        }),
      )
      features = await this.ehlo()
    } else if (!encrypted && this.options.requireTLS) {
      throw this.fail('The SMTP server does not offer STARTTLS and TLS is required')
    }
    if (this.options.auth) {
      await this.authenticate(features)
    }
    this.pipelining = features.has('PIPELINING')
  }

  /**
   * Sends one message; the error says whether its last byte was written (`messageSent`). On a pipelining
   * server, `following`'s envelope goes out in the same write as this message's body, so each message
   * costs one round trip.
   */
  async send(message: Envelope, chunks: Buffer[], following?: Envelope): Promise<string> {
    const socket = this.socket!
    const envelopeOf = ({ from, to }: Envelope) => [`MAIL FROM:<${from}>`, `RCPT TO:<${to}>`, 'DATA']
    const replies: Reply[] = []
    if (this.pipelining) {
      if (this.envelopeWrittenFor !== message) {
        socket.write(envelopeOf(message).map((line) => `${line}\r\n`).join(''))
      }
      this.envelopeWrittenFor = undefined
      for (let index = 0; index < 3; index++) {
        replies.push(await this.replies.next())
      }
    } else {
      for (const line of envelopeOf(message)) {
        const reply = await this.command(line)
        replies.push(reply)
        if (reply.code >= 400) {
          break
        }
      }
    }
    const [mail, rcpt, data] = replies
    if (mail?.code !== 250 || (rcpt?.code ?? 500) >= 300 || data?.code !== 354) {
      const refusal = replies.find((reply) => reply.code >= 400) ?? data ?? mail!
      if (data?.code === 354) {
        // A server that took DATA after refusing the recipient: an empty message it will refuse too.
        await this.command('.').catch(() => undefined)
      }
      if (this.isOpen && refusal.code !== 421) {
        await this.command('RSET').catch(() => undefined)
      }
      throw smtpError(refusal.text.slice(4), { code: refusal.code, sent: false })
    }
    socket.cork()
    for (const chunk of chunks) {
      socket.write(chunk)
    }
    if (following && this.pipelining) {
      socket.write(`.\r\n${envelopeOf(following).map((line) => `${line}\r\n`).join('')}`)
      this.envelopeWrittenFor = following
    } else {
      socket.write('.\r\n')
    }
    socket.uncork()
    const accepted = await this.replies.next().catch((error: Error) => {
      throw smtpError(error.message, { sent: true })
    })
    if (accepted.code !== 250) {
      throw smtpError(accepted.text.slice(4), { code: accepted.code, sent: true })
    }
    return accepted.text.slice(4)
  }

  /** Drops the connection at once (no QUIT): the next message opens a new one. */
  discard() {
    this.socket?.destroy()
  }

  async close() {
    if (this.isOpen) {
      await this.command('QUIT').catch(() => undefined)
    }
    this.socket?.destroy()
  }

  private reset() {
    this.envelopeWrittenFor = undefined
    this.replies = new SmtpReplies()
  }

  private attach(socket: net.Socket) {
    this.socket = socket
    socket.setNoDelay(true)
    socket.setEncoding('latin1')
    socket.setTimeout(this.options.timeoutMs)
    const replies = this.replies
    socket.on('data', (chunk: string) => replies.push(chunk))
    socket.on('timeout', () => socket.destroy(new Error(`The SMTP server did not answer within ${this.options.timeoutMs} ms`)))
    // A socket's end fails its own replies only: never those of a later connection or of the TLS socket.
    // Marked, so that the pool can tell a lost connection from a refusal.
    socket.on('error', (error) => replies.fail(Object.assign(error, { connectionLost: true })))
    socket.on('close', () => replies.fail(Object.assign(new Error('The SMTP server closed the connection'), { connectionLost: true })))
  }

  private async ehlo() {
    const reply = await this.command(`EHLO ${this.options.name}`)
    if (reply.code !== 250) {
      throw this.fail(`EHLO refused: ${reply.text}`)
    }
    return new Map(
      reply.text.split('\n').slice(1).map((line) => {
        const [keyword = '', ...rest] = line.slice(4).split(' ')
        return [keyword.toUpperCase(), rest.join(' ').toUpperCase()] as const
      }),
    )
  }

  private async authenticate(features: Map<string, string>) {
    const { pass, user } = this.options.auth!
    const mechanisms = (features.get('AUTH') ?? '').split(' ')
    const reply = mechanisms.includes('PLAIN') || !mechanisms.includes('LOGIN')
      ? await this.command(`AUTH PLAIN ${Buffer.from(`\0${user}\0${pass}`, 'utf8').toString('base64')}`)
      : await this.command('AUTH LOGIN').then(async (first) =>
          first.code !== 334 ? first : this.command(Buffer.from(user, 'utf8').toString('base64')).then((second) =>
            second.code !== 334 ? second : this.command(Buffer.from(pass, 'utf8').toString('base64'))))
    if (reply.code !== 235) {
      throw this.fail(`SMTP authentication refused: ${reply.text}`)
    }
  }

  /**
   * An error that ends the connection attempt: nothing was handed over, and it says nothing about the
   * message (no reply code: the row is retried, and the pause after repeated failures tells the editors).
   */
  private fail(text: string) {
    this.socket?.destroy()
    return smtpError(text, { sent: false })
  }

  private command(line: string) {
    this.socket!.write(`${line}\r\n`)
    return this.replies.next()
  }
}
