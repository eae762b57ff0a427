import type { ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { envelopeTo: string[]; parsed: ParsedMail; raw: string }

/**
 * A real SMTP server on a loopback port that records every message it accepts, parsed with
 * mailparser, so tests assert on what a mail server would have received.
 */
export const startSmtpServer = async () => {
  const received: ReceivedMail[] = []
  const waiters: (() => void)[] = []
  const server = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        received.push({
          envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          parsed: await simpleParser(raw),
          raw,
        })
        waiters.splice(0).forEach((wake) => wake())
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    url: `smtp://127.0.0.1:${port}`,
    /** Resolves once `count` messages have arrived, or rejects after `timeoutMs`. */
    waitForMessages: async (count: number, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      while (received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} message(s), received ${received.length}`)
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 100)
        })
      }
      return received
    },
  }
}
