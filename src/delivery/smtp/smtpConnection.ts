import net from 'node:net'
import tls from 'node:tls'

import { type ConnectionFailure, markRefusal, refusedWith, smtpError, type SmtpSendError, unavailable } from './smtpErrors.ts'
import { describeReply, type SmtpReply as Reply, SmtpReplies } from './smtpReplies.ts'

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

const envelopeLines = ({ from, to }: Envelope) => [`MAIL FROM:<${from}>`, `RCPT TO:<${to}>`, 'DATA']

const envelopeOf = (envelope: Envelope) => envelopeLines(envelope).map((line) => `${line}\r\n`).join('')

/**
 * One SMTP connection that sends one message after another: EHLO, STARTTLS and AUTH once, then per message
 * MAIL, RCPT and DATA in one write when the server advertises PIPELINING (RFC 2920), one by one otherwise,
 * and the body as the chunks it is given (already dot-safe and CRLF-terminated: see buildSegmentMessage).
 */
export class SmtpConnection {
  /** The message whose RSET, MAIL, RCPT and DATA already went out behind the previous message's body. */
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

  /**
   * Connects, greets, takes STARTTLS and authenticates; on any failure the socket is closed. The error
   * is marked `unavailable` when the server did not take the connection (see `SmtpSendError`).
   */
  async open() {
    try {
      await this.connect()
    } catch (error) {
      this.socket?.destroy()
      const failure = error as ConnectionFailure
      // A server that hangs up before it is done greeting is full or going down; one that stays silent is not.
      const isRefusal = failure.unavailable === true || (failure.connectionLost === true && failure.timedOut !== true)
      throw Object.assign(smtpError(failure.message, { sent: false }), isRefusal ? { unavailable: true } : {})
    }
  }

  /**
   * TLS over `socket`, checked against the URL's host: an IP address is matched against the certificate's
   * IP addresses (`host`; without it Node checks the name "localhost"), and SNI carries names only (RFC 6066).
   */
  private startTls(socket: net.Socket, resolve: (socket: net.Socket) => void, reject: (error: Error) => void) {
    const { host } = this.options
    const secured = tls.connect({ host, ...(net.isIP(host) ? {} : { servername: host }), socket, ...this.options.tls }, () => resolve(secured))
    secured.once('error', (error) => reject(markRefusal(error)))
    return secured
  }

  private async connect() {
    const { host, port, secure, timeoutMs } = this.options
    this.reset()
    this.attach(
      await withinTimeout(timeoutMs, (resolve, reject) => {
        // The TCP socket is ours even under TLS: a handshake that never ends is closed with it.
        const raw = net.connect({ host, port }, secure ? undefined : () => resolve(raw))
        raw.once('error', (error) => reject(markRefusal(error)))
        return secure ? [this.startTls(raw, resolve, reject), raw] : [raw]
      }),
    )
    const greeting = await this.replies.next()
    if (greeting.code !== 220) {
      throw unavailable(this.fail(`SMTP greeting refused: ${describeReply(greeting)}`))
    }
    let features = await this.ehlo()
    const encrypted = secure || this.socket instanceof tls.TLSSocket
    if (!encrypted && !this.options.ignoreTLS && features.has('STARTTLS')) {
      const answer = await this.command('STARTTLS')
      if (answer.code !== 220) {
        throw this.fail(`STARTTLS refused: ${describeReply(answer)}`)
      }
      // Nothing may come between the 220 and the handshake: bytes sent in clear must not pass for replies.
      if (this.replies.hasPending) {
        throw this.fail('The SMTP server sent data after its STARTTLS answer')
      }
      const plain = this.socket!
      plain.removeAllListeners('data')
      plain.setTimeout(0)
      this.replies = new SmtpReplies()
      this.attach(await withinTimeout(timeoutMs, (resolve, reject) => [this.startTls(plain, resolve, reject), plain]))
      features = await this.ehlo()
    } else if (!encrypted && this.options.requireTLS) {
      throw this.fail('The SMTP server does not offer STARTTLS and TLS is required')
    }
    if (this.options.auth) {
      await this.authenticate(features, secure || this.socket instanceof tls.TLSSocket)
    }
    this.pipelining = features.has('PIPELINING')
  }

  /**
   * Sends one message; the error says whether its last byte was written (`messageSent`) and carries the
   * server's reply code. On a pipelining server, `following`'s envelope goes out in the same write as this
   * message's body, behind an RSET: each message costs one round trip, and whatever the server answers to
   * this body (a refusal after DATA leaves Postfix's transaction open), the next one starts afresh.
   */
  async send(message: Envelope, chunks: Buffer[], following?: Envelope): Promise<string> {
    const socket = this.socket!
    const replies: Reply[] = []
    let reset: Reply | undefined
    if (this.pipelining) {
      const afterReset = this.envelopeWrittenFor === message
      if (!afterReset) {
        socket.write(envelopeOf(message))
      }
      this.envelopeWrittenFor = undefined
      for (let index = afterReset ? 4 : 3; index > 0; index--) {
        const reply = await this.replies.next().catch((error: Error) => {
          // A server that refuses and hangs up (421 at RCPT): its refusal is the answer, not the hang-up.
          if ([reset, ...replies].some((earlier) => earlier && earlier.code >= 400)) {
            return undefined
          }
          throw error
        })
        if (!reply) {
          break
        }
        if (afterReset && !reset) {
          reset = reply
        } else {
          replies.push(reply)
        }
      }
    } else {
      for (const line of envelopeLines(message)) {
        const reply = await this.command(line)
        replies.push(reply)
        if (reply.code >= 400) {
          break
        }
      }
    }
    const [mail, rcpt, data] = replies
    if ((reset && reset.code !== 250) || mail?.code !== 250 || (rcpt?.code ?? 500) >= 300 || data?.code !== 354) {
      const refusal = [reset, ...replies].find((reply) => reply && reply.code >= 400) ?? data ?? mail ?? reset!
      if (data?.code === 354) {
        // A server that took DATA after refusing part of the envelope waits for a body it would deliver into
        // a transaction we do not know (an empty message, maybe to someone else): hang up instead.
        this.discard()
      } else if (this.isOpen && refusal.code !== 421) {
        await this.command('RSET').catch(() => undefined)
      }
      throw refusedWith(refusal, { sent: false })
    }
    socket.cork()
    for (const chunk of chunks) {
      socket.write(chunk)
    }
    if (following && this.pipelining) {
      socket.write(`.\r\nRSET\r\n${envelopeOf(following)}`)
      this.envelopeWrittenFor = following
    } else {
      socket.write('.\r\n')
    }
    socket.uncork()
    const accepted = await this.replies.next().catch((error: Error) => {
      throw smtpError(error.message, { sent: true })
    })
    if (accepted.code !== 250) {
      // Postfix keeps the transaction after a refusal at the end of DATA: the next MAIL would be "nested".
      if (!this.envelopeWrittenFor && this.isOpen && accepted.code !== 421) {
        await this.command('RSET').catch(() => undefined)
      }
      throw refusedWith(accepted, { sent: true })
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
    socket.on('timeout', () => socket.destroy(Object.assign(new Error(`The SMTP server did not answer within ${this.options.timeoutMs} ms`), { timedOut: true })))
    // A socket's end fails its own replies only: never those of a later connection or of the TLS socket.
    // Marked, so that the pool can tell a lost connection from a refusal.
    socket.on('error', (error) => replies.fail(Object.assign(error, { connectionLost: true })))
    socket.on('close', () => replies.fail(Object.assign(new Error('The SMTP server closed the connection'), { connectionLost: true })))
  }

  private async ehlo() {
    const reply = await this.command(`EHLO ${this.options.name}`)
    if (reply.code !== 250) {
      throw this.fail(`EHLO refused: ${describeReply(reply)}`)
    }
    return new Map(
      reply.text.split('\n').slice(1).map((line) => {
        const [keyword = '', ...rest] = line.slice(4).split(' ')
        return [keyword.toUpperCase(), rest.join(' ').toUpperCase()] as const
      }),
    )
  }

  /** AUTH PLAIN, else LOGIN, only when the server offers it: credentials are never sent blind. */
  private async authenticate(features: Map<string, string>, encrypted: boolean) {
    const { pass, user } = this.options.auth!
    const offered = features.get('AUTH')
    if (offered === undefined) {
      throw this.fail(`The SMTP server does not offer AUTH${encrypted ? '' : ' over an unencrypted connection'}: the credentials in the SMTP URL were not sent`)
    }
    const mechanisms = offered.split(' ')
    if (!mechanisms.includes('PLAIN') && !mechanisms.includes('LOGIN')) {
      throw this.fail(`The SMTP server offers AUTH ${offered}, neither PLAIN nor LOGIN: the credentials in the SMTP URL were not sent`)
    }
    const reply = mechanisms.includes('PLAIN')
      ? await this.command(`AUTH PLAIN ${Buffer.from(`\0${user}\0${pass}`, 'utf8').toString('base64')}`)
      : await this.command('AUTH LOGIN').then(async (first) =>
          first.code !== 334 ? first : this.command(Buffer.from(user, 'utf8').toString('base64')).then((second) =>
            second.code !== 334 ? second : this.command(Buffer.from(pass, 'utf8').toString('base64'))))
    if (reply.code !== 235) {
      throw this.fail(`SMTP authentication refused: ${describeReply(reply)}`)
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
