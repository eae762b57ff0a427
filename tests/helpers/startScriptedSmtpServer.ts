import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** How the server answers a recipient: by the local part of the address (`bounce@…`), else `*`. */
export type SmtpScript = Record<string, 'accept' | 'drop' | 421 | 451 | 503 | 550>

export type ScriptedMail = { messageId?: string; raw: string; to: string }

/**
 * A real SMTP server that answers each recipient as scripted: 421 and 451 (temporary), 550 5.1.1 (no
 * such mailbox), 503 (a permanent refusal), or dropping the connection once the message is received,
 * before any reply. Everything else is accepted and recorded.
 */
export const startScriptedSmtpServer = async (script: SmtpScript = {}) => {
  const accepted: ScriptedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        const to = session.envelope.rcptTo[0]?.address ?? ''
        const answer = script[to.split('@')[0]!] ?? script['*'] ?? 'accept'
        if (answer === 'drop') {
          const connection = [...((server as unknown as { connections: Set<{ id: string; _socket: { destroy: () => void } }> }).connections)].find(
            (candidate) => candidate.id === session.id,
          )
          connection?._socket.destroy()
          return
        }
        if (answer !== 'accept') {
          const error = new Error(
            answer === 550 ? '5.1.1 <' + to + '>: Recipient address rejected: User unknown' : answer === 503 ? '5.5.1 Refused' : '4.3.2 Try again later',
          ) as Error & { responseCode: number }
          error.responseCode = answer
          callback(error)
          return
        }
        const raw = Buffer.concat(chunks).toString('utf8')
        const parsed = await simpleParser(raw)
        accepted.push({ messageId: parsed.messageId, raw, to })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    accepted,
    port,
    /** Changes how a recipient is answered from now on. */
    script,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
