import type { AddressInfo } from 'node:net'
import type { SMTPServerOptions } from 'smtp-server'

import { simpleParser } from 'mailparser'
import net from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterEach, describe, expect, it } from 'vitest'

import { classifySmtpError } from '../../src/delivery/classifySmtpError.ts'
import { createSmtpPool, type SmtpPool } from '../../src/delivery/smtp/createSmtpPool.ts'

type Received = { secure: boolean; subject?: string; to: string; user?: string }

const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()))
})

/**
 * A real smtp-server (its built-in self-signed certificate for TLS) that records each message with whether
 * the connection was encrypted and who authenticated.
 */
const startServer = async (options: SMTPServerOptions = {}) => {
  const received: Received[] = []
  let connections = 0
  const server = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    onConnect(_session, callback) {
      connections++
      callback()
    },
    onData(stream, session, callback) {
      void simpleParser(stream).then((parsed) => {
        received.push({ secure: session.secure, subject: parsed.subject, to: session.envelope.rcptTo[0]!.address, user: session.user as string | undefined })
        callback()
      })
    },
    ...options,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve(undefined))))
  return { connections: () => connections, port: (server.server.address() as AddressInfo).port, received, server: server.server }
}

const pool = (options: Parameters<typeof createSmtpPool>[0]): SmtpPool => {
  const created = createSmtpPool(options)
  cleanups.unshift(() => created.close())
  return created
}

const message = (subject: string) => [Buffer.from(`From: programme@ardelys.example\r\nSubject: ${subject}\r\n\r\nBonjour.\r\n`, 'latin1')]
const envelope = (to: string) => ({ from: 'programme@ardelys.example', to })

describe('createSmtpPool', () => {
  it('should take STARTTLS when offered and authenticate with the URL’s credentials', async () => {
    const server = await startServer({
      authMethods: ['PLAIN', 'LOGIN'],
      onAuth(auth, _session, callback) {
        callback(auth.username === 'lettre' && auth.password === 's3cr=t é' ? null : new Error('refused'), { user: auth.username })
      },
    })
    const smtp = pool({ ignoreTLS: false, tls: { rejectUnauthorized: false }, url: `smtp://lettre:${encodeURIComponent('s3cr=t é')}@127.0.0.1:${server.port}` })
    await smtp.send(envelope('claire@ardelys.example'), message('Chiffre'))
    expect(server.received).toEqual([{ secure: true, subject: 'Chiffre', to: 'claire@ardelys.example', user: 'lettre' }])
  })

  it('should speak TLS from the first byte on smtps://', async () => {
    const server = await startServer({ secure: true })
    const smtp = pool({ tls: { rejectUnauthorized: false }, url: `smtps://127.0.0.1:${server.port}` })
    await smtp.send(envelope('paul@ardelys.example'), message('Implicite'))
    expect(server.received.map((mail) => [mail.secure, mail.to])).toEqual([[true, 'paul@ardelys.example']])
  })

  it('should refuse to send in clear when TLS is required and not offered, saying nothing was handed over', async () => {
    const server = await startServer({ disabledCommands: ['STARTTLS'] })
    const smtp = pool({ requireTLS: true, url: `smtp://127.0.0.1:${server.port}` })
    await expect(smtp.send(envelope('claire@ardelys.example'), message('Non'))).rejects.toMatchObject({ message: expect.stringMatching(/TLS is required/), messageSent: false })
    expect(server.received).toEqual([])
  })

  it('should report refused credentials as a connection failure to retry, not as a refusal of the message', async () => {
    const server = await startServer({ allowInsecureAuth: true, onAuth: (_auth, _session, callback) => callback(new Error('Invalid credentials')) })
    const smtp = pool({ url: `smtp://lettre:faux@127.0.0.1:${server.port}` })
    const error = await smtp.send(envelope('claire@ardelys.example'), message('Non')).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ message: expect.stringMatching(/authentication refused: 535/), messageSent: false })
    // A rotated password must not fail the ambassadors' rows for good: they are retried.
    expect(classifySmtpError(error, { messageSent: false })).toEqual({ status: 'retry' })
  })

  it('should refuse a DKIM key it cannot sign with when the pool is created', () => {
    expect(() => createSmtpPool({ dkim: { domainName: 'ardelys.example', keySelector: 'news', privateKey: 'not a key' }, url: 'smtp://127.0.0.1:25' })).toThrow(/DKIM private key cannot be read/)
  })

  it('should send one command at a time to a server without PIPELINING, many messages on each connection', async () => {
    const server = await startServer({ hidePIPELINING: true })
    const smtp = pool({ connections: 2, url: `smtp://127.0.0.1:${server.port}` })
    const recipients = Array.from({ length: 20 }, (_, index) => `ambassadeur${index}@ardelys.example`)
    await Promise.all(recipients.map((to) => smtp.send(envelope(to), message(`Pour ${to}`))))
    expect(server.received.map((mail) => mail.to).sort()).toEqual([...recipients].sort())
    expect(server.connections()).toBe(2)
  })

  it('should give each pipelined message its own answer when some are refused at RCPT and some after the body', async () => {
    const server = await startServer({
      onRcptTo(address, _session, callback) {
        callback(address.address.startsWith('inconnu') ? Object.assign(new Error('5.1.1 User unknown'), { responseCode: 550 }) : undefined)
      },
      onData(stream, session, callback) {
        void simpleParser(stream).then((parsed) => {
          const to = session.envelope.rcptTo[0]!.address
          if (to.startsWith('plus-tard')) {
            callback(Object.assign(new Error('4.3.2 Try again later'), { responseCode: 451 }))
            return
          }
          server.received.push({ secure: session.secure, subject: parsed.subject, to })
          callback()
        })
      },
    })
    const smtp = pool({ connections: 2, url: `smtp://127.0.0.1:${server.port}` })
    const recipients = Array.from({ length: 30 }, (_, index) => `${['ok', 'inconnu', 'plus-tard'][index % 3]}${index}@ardelys.example`)
    const outcomes = await Promise.all(
      recipients.map((to) => smtp.send(envelope(to), message(`Pour ${to}`)).then(() => 'sent', (error: { messageSent: boolean; responseCode?: number }) => `${error.responseCode} ${error.messageSent}`)),
    )
    expect(outcomes).toEqual(recipients.map((to) => (to.startsWith('ok') ? 'sent' : to.startsWith('inconnu') ? '550 false' : '451 true')))
    expect(server.received.map((mail) => [mail.to, mail.subject])).toEqual(
      expect.arrayContaining(recipients.filter((to) => to.startsWith('ok')).map((to) => [to, `Pour ${to}`])),
    )
    expect(server.received).toHaveLength(10)
    expect(server.connections()).toBe(2)
  })

  it('should send again, on a fresh connection, the message whose envelope a 421 closed the connection on', async () => {
    const server = await startServer({
      onData(stream, session, callback) {
        void simpleParser(stream).then((parsed) => {
          const to = session.envelope.rcptTo[0]!.address
          if (to.startsWith('ferme')) {
            callback(Object.assign(new Error('4.3.2 Closing'), { responseCode: 421 }))
            return
          }
          server.received.push({ secure: session.secure, subject: parsed.subject, to })
          callback()
        })
      },
    })
    const smtp = pool({ connections: 1, url: `smtp://127.0.0.1:${server.port}` })
    const outcomes = await Promise.all(
      ['avant@ardelys.example', 'ferme@ardelys.example', 'apres@ardelys.example'].map((to) =>
        smtp.send(envelope(to), message(to)).then(() => 'sent', (error: { messageSent: boolean; responseCode?: number }) => `${error.responseCode} ${error.messageSent}`),
      ),
    )
    expect(outcomes).toEqual(['sent', '421 true', 'sent'])
    expect(server.received.map((mail) => mail.to)).toEqual(['avant@ardelys.example', 'apres@ardelys.example'])
    expect(server.connections()).toBe(2)
  })

  it('should give up on a server that does not answer, within its timeout', async () => {
    const silent = net.createServer(() => undefined)
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    cleanups.push(() => new Promise((resolve) => silent.close(resolve)))
    const smtp = pool({ timeoutMs: 200, url: `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}` })
    const startedAt = Date.now()
    await expect(smtp.send(envelope('claire@ardelys.example'), message('Silence'))).rejects.toMatchObject({ message: expect.stringMatching(/did not answer within 200 ms/), messageSent: false })
    expect(Date.now() - startedAt).toBeLessThan(2000)
  })

  it('should give up on a TLS handshake that never completes, within its timeout', async () => {
    const accepted: net.Socket[] = []
    const silent = net.createServer((socket) => accepted.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    cleanups.push(() => new Promise((resolve) => {
      accepted.forEach((socket) => socket.destroy())
      silent.close(resolve)
    }))
    const smtp = pool({ timeoutMs: 200, url: `smtps://127.0.0.1:${(silent.address() as AddressInfo).port}` })
    const startedAt = Date.now()
    await expect(smtp.send(envelope('claire@ardelys.example'), message('Silence'))).rejects.toMatchObject({ messageSent: false })
    expect(Date.now() - startedAt).toBeLessThan(2000)
  })

  it('should send SNI with a host name and none with an IP address (RFC 6066)', async () => {
    const servernames: (false | string | undefined)[] = []
    const server = await startServer({
      onMailFrom(_address, session, callback) {
        // What the client sent as SNI (`false`: nothing).
        servernames.push((session as { servername?: string }).servername)
        callback()
      },
      secure: true,
    })
    for (const host of ['127.0.0.1', 'localhost']) {
      await pool({ connections: 1, tls: { rejectUnauthorized: false }, url: `smtps://${host}:${server.port}` }).send(envelope('claire@ardelys.example'), message(host))
    }
    expect(servernames).toEqual([false, 'localhost'])
  })

  it('should take STARTTLS on a loopback URL when TLS is required', async () => {
    const server = await startServer()
    const smtp = pool({ requireTLS: true, tls: { rejectUnauthorized: false }, url: `smtp://127.0.0.1:${server.port}` })
    await smtp.send(envelope('claire@ardelys.example'), message('Requis'))
    expect(server.received.map((mail) => mail.secure)).toEqual([true])
  })

  it('should refuse to be told both to require TLS and to ignore STARTTLS', () => {
    expect(() => createSmtpPool({ ignoreTLS: true, requireTLS: true, url: 'smtp://127.0.0.1:25' })).toThrow(/requireTLS and ignoreTLS cannot both be set/)
  })

  it('should back off from a server that takes no connection, then hand every message back as not sent, to retry', async () => {
    let attempts = 0
    const busy = net.createServer((socket) => {
      attempts++
      socket.end('421 4.7.0 busy.example Too many connections, try again later\r\n')
    })
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
    cleanups.push(() => new Promise((resolve) => busy.close(resolve)))
    const smtp = pool({ connectAttempts: 3, connectRetryMs: 20, connections: 2, url: `smtp://127.0.0.1:${(busy.address() as AddressInfo).port}` })
    const errors = await Promise.all(Array.from({ length: 10 }, (_, index) => smtp.send(envelope(`a${index}@ardelys.example`), message('Occupé')).catch((error: unknown) => error)))
    // Both connections refused, then one of them tried twice more: not one refused connection per message.
    expect(attempts).toBe(4)
    expect(new Set(errors.map((error) => JSON.stringify([(error as Error).message, classifySmtpError(error, { messageSent: (error as { messageSent: boolean }).messageSent })])))).toEqual(
      new Set([JSON.stringify(['SMTP greeting refused: 421 4.7.0 busy.example Too many connections, try again later', { status: 'retry' }])]),
    )
  })

  it('should try one connection more once growAfterMs has passed, and keep to what the server takes without losing a message', async () => {
    const server = await startServer({ maxClients: 2 })
    let attempts = 0
    server.server.on('connection', () => attempts++)
    const smtp = pool({ connections: 3, growAfterMs: 100, url: `smtp://127.0.0.1:${server.port}` })
    const sendMany = (label: string) => Promise.all(Array.from({ length: 10 }, (_, index) => smtp.send(envelope(`${label}${index}@ardelys.example`), message(label))))
    await sendMany('avant')
    const attemptsBefore = attempts
    await new Promise((resolve) => setTimeout(resolve, 150))
    await sendMany('apres')
    expect(server.received).toHaveLength(20)
    // Three at first (one refused), then one more try (refused again) after growAfterMs.
    expect([attemptsBefore, attempts]).toEqual([3, 4])
  })

  it('should hang up rather than end a body the server asked for after refusing the recipient (it would deliver an empty message)', async () => {
    const received: string[] = []
    // A server that answers DATA with 354 although it refused the recipient, as Postfix does when an older transaction is still open.
    const lax = net.createServer((socket) => {
      socket.write('220 lax.example ESMTP\r\n')
      socket.on('data', (chunk: Buffer) => {
        const lines = chunk.toString('latin1').split('\r\n').filter(Boolean)
        received.push(...lines)
        socket.write(lines.map((line) => (/^EHLO/.test(line) ? '250-lax.example\r\n250 PIPELINING' : /^RCPT/.test(line) ? '550 5.1.1 No such user' : /^DATA/.test(line) ? '354 Go ahead' : '250 OK')).map((reply) => `${reply}\r\n`).join(''))
      })
    })
    await new Promise<void>((resolve) => lax.listen(0, '127.0.0.1', resolve))
    cleanups.push(() => new Promise((resolve) => lax.close(resolve)))
    const closed = new Promise((resolve) => lax.on('connection', (socket) => socket.on('close', resolve)))
    const smtp = pool({ connections: 1, url: `smtp://127.0.0.1:${(lax.address() as AddressInfo).port}` })
    const error = await smtp.send(envelope('inconnu@ardelys.example'), message('Vide')).catch((caught: unknown) => caught)
    expect(await Promise.race([closed.then(() => 'closed'), new Promise((resolve) => setTimeout(resolve, 2000, 'still open'))])).toBe('closed')
    expect(error).toMatchObject({ message: '550 5.1.1 No such user', messageSent: false, responseCode: 550 })
    expect(received).toEqual(['EHLO localhost', 'MAIL FROM:<programme@ardelys.example>', 'RCPT TO:<inconnu@ardelys.example>', 'DATA'])
  })

  it('should refuse a URL that is not SMTP', () => {
    expect(() => createSmtpPool({ url: 'http://127.0.0.1:25' })).toThrow(/not an SMTP URL/)
  })
})
