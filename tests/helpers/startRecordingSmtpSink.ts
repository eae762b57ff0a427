import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

/** One message the sink accepted: its recipient, its Message-ID and the EHLO name of the client that sent it. */
export type SinkMail = { client: string; messageId: string; to: string }

/**
 * A real SMTP server that accepts everything and records, for each message received in full, who it
 * was for, its Message-ID and which client sent it (by its EHLO name), without parsing the rest: fast
 * enough for thousands of messages. A message whose client died before the final `.` is not recorded,
 * as a mail server would not have accepted it.
 */
export const startRecordingSmtpSink = async () => {
  const accepted: SinkMail[] = []
  const perClient = new Map<string, number>()
  const waiters = new Set<() => void>()
  const server = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let head = ''
      stream.on('data', (chunk: Buffer) => {
        if (!head.includes('\r\n\r\n')) {
          head += chunk.toString('utf8')
        }
      })
      // A client killed in the middle of the message: the stream is destroyed with this error.
      stream.on('error', () => undefined)
      stream.on('end', () => {
        const client = session.hostNameAppearsAs || ''
        accepted.push({ client, messageId: /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '', to: session.envelope.rcptTo[0]?.address ?? '' })
        perClient.set(client, (perClient.get(client) ?? 0) + 1)
        waiters.forEach((wake) => wake())
        callback()
      })
    },
  })
  // Connections of a killed client end with ECONNRESET: expected here.
  server.on('error', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    accepted,
    /** Messages accepted from the client that introduced itself as `client` (EHLO names are lower-cased). */
    countFrom: (client: string) => perClient.get(client.toLowerCase()) ?? 0,
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** Resolves once `isDone()` holds (checked on every accepted message), or rejects after `timeoutMs`. */
    waitUntil: (isDone: () => boolean, timeoutMs = 60_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (isDone()) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve()
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`the SMTP sink waited ${timeoutMs} ms (${accepted.length} message(s) received)`))
        }, timeoutMs)
        waiters.add(check)
        check()
      }),
  }
}

export type RecordingSmtpSink = Awaited<ReturnType<typeof startRecordingSmtpSink>>
