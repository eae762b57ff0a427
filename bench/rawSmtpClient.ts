import net from 'node:net'

import { SmtpReplies } from '../src/delivery/smtp/smtpReplies.ts'

/** One message for the raw client: the envelope and the finished RFC 5322 bytes (CRLF, no line starting with a dot). */
export type RawMessage = { data: Buffer; from: string; to: string }

/**
 * The physical limit's sender: a minimal SMTP client on a raw socket (no TLS, no AUTH), after the
 * shared bench-mail research's `rawsmtp.mjs`. EHLO once, then MAIL, RCPT and DATA pipelined (RFC 2920,
 * the server must advertise PIPELINING), each message's body written in one corked batch together with
 * the next message's envelope: one round trip per message, nothing built or copied per message.
 */
export class RawSmtpConnection {
  private readonly replies = new SmtpReplies()
  private socket: net.Socket | undefined
  private eightBit = false

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  async open(clientName = 'bench.local') {
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect({ host: this.host, port: this.port }, () => resolve())
      socket.setNoDelay(true)
      socket.setEncoding('latin1')
      socket.on('error', (error) => {
        this.replies.fail(error)
        reject(error)
      })
      socket.on('data', (chunk: string) => this.replies.push(chunk))
      this.socket = socket
    })
    const greeting = await this.replies.next()
    if (greeting.code !== 220) {
      throw new Error(`raw SMTP: greeting ${greeting.text}`)
    }
    this.socket!.write(`EHLO ${clientName}\r\n`)
    const ehlo = await this.replies.next()
    if (ehlo.code !== 250) {
      throw new Error(`raw SMTP: EHLO ${ehlo.text}`)
    }
    const features = ehlo.text.split('\n').map((line) => line.slice(4).split(' ')[0]!.toUpperCase())
    if (!features.includes('PIPELINING')) {
      throw new Error('raw SMTP: the server does not advertise PIPELINING')
    }
    this.eightBit = features.includes('8BITMIME')
  }

  /** Sends the messages `next` hands out until it returns undefined; stops at the first refusal. */
  async sendAll(next: () => RawMessage | undefined, onSent: () => void) {
    const socket = this.socket!
    let message = next()
    if (!message) {
      return
    }
    socket.write(this.envelope(message))
    while (message) {
      const mail = await this.replies.next()
      const rcpt = await this.replies.next()
      const data = await this.replies.next()
      if (mail.code !== 250 || rcpt.code !== 250 || data.code !== 354) {
        throw new Error(`raw SMTP: envelope refused (${mail.code} ${rcpt.code} ${data.code})`)
      }
      const following = next()
      socket.cork()
      socket.write(message.data)
      socket.write(following ? `.\r\n${this.envelope(following)}` : '.\r\n')
      socket.uncork()
      if (socket.writableNeedDrain) {
        await new Promise((resolve) => socket.once('drain', resolve))
      }
      const accepted = await this.replies.next()
      if (accepted.code !== 250) {
        throw new Error(`raw SMTP: message refused (${accepted.text})`)
      }
      onSent()
      message = following
    }
  }

  async close() {
    this.socket?.write('QUIT\r\n')
    await this.replies.next().catch(() => undefined)
    this.socket?.end()
  }

  private envelope({ from, to }: RawMessage) {
    return `MAIL FROM:<${from}>${this.eightBit ? ' BODY=8BITMIME' : ''}\r\nRCPT TO:<${to}>\r\nDATA\r\n`
  }
}

/** `total` messages over `connections` pipelined connections, each taking the next from `messageAt`. */
export const sendPipelined = async ({
  connections,
  host = '127.0.0.1',
  messageAt,
  port,
  total,
}: {
  connections: number
  host?: string
  messageAt: (index: number) => RawMessage
  port: number
  total: number
}): Promise<number> => {
  const clients = Array.from({ length: connections }, () => new RawSmtpConnection(host, port))
  await Promise.all(clients.map((client) => client.open()))
  let handedOut = 0
  let sent = 0
  const next = () => (handedOut < total ? messageAt(handedOut++) : undefined)
  await Promise.all(clients.map((client) => client.sendAll(next, () => sent++)))
  await Promise.all(clients.map((client) => client.close()))
  return sent
}
