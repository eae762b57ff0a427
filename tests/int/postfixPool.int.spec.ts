import type { DeliveredMail, Postfix, PostfixService } from '../helpers/startPostfix.ts'

import { dkimVerify } from 'mailauth'
import { generateKeyPairSync } from 'node:crypto'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { classifySmtpError } from '../../src/delivery/classifySmtpError.ts'
import { createSmtpPool, type SmtpPool, type SmtpPoolOptions } from '../../src/delivery/smtp/createSmtpPool.ts'
import { postfixRefusals, startPostfix } from '../helpers/startPostfix.ts'

let postfix: Postfix
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 })
const dkim = { domainName: 'ambassadeurs.example', keySelector: 'news', privateKey: keys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() }
const dnsTxt: Record<string, string[][]> = {
  'news._domainkey.ambassadeurs.example': [[`v=DKIM1; k=rsa; p=${keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`]],
}

const pools: SmtpPool[] = []
const pool = (options: SmtpPoolOptions) => {
  const created = createSmtpPool(options)
  pools.push(created)
  return created
}

beforeAll(async () => {
  postfix = await startPostfix()
})

afterAll(async () => {
  await postfix?.stop()
})

beforeEach(() => postfix.clearMaildir())

afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()))
})

/** A newsletter-like message: an encoded subject and a quoted-printable body, CRLF line ends. */
const messageFor = (to: string) => {
  const local = to.split('@')[0]!
  const text = `From: "Ambassadeurs" <programme@ambassadeurs.example>\r\nTo: <${to}>\r\nSubject: =?UTF-8?Q?Lettre_n=C2=B012_pour_${local}?=\r\nDate: Sat, 06 Dec 2025 10:00:00 +0000\r\nMessage-ID: <${local}@ambassadeurs.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nBonjour =C3=A0 vous, ${local}.\r\nLa lettre de d=C3=A9cembre.\r\n`
  return [Buffer.from(text, 'latin1')]
}

/** Sends each message, in order, and answers `sent` or `<code> <message>` for each. */
const sendAll = (smtp: SmtpPool, recipients: string[]) =>
  Promise.all(
    recipients.map((to) =>
      smtp.send({ from: 'programme@ambassadeurs.example', to }, messageFor(to)).then(
        () => 'sent',
        (error: Error & { responseCode?: number }) => `${error.responseCode ?? 'none'} ${error.message}`,
      ),
    ),
  )

/** Who got what: the envelope recipient, the subject and the text as mailparser reads them. */
const contentsOf = (mails: DeliveredMail[]) =>
  mails.map((mail) => ({ subject: mail.parsed.subject, text: mail.parsed.text, to: mail.to })).sort((a, b) => a.to.localeCompare(b.to))

const expectedFor = (recipients: string[]) =>
  recipients
    .map((to) => ({ subject: `Lettre n°12 pour ${to.split('@')[0]}`, text: `Bonjour à vous, ${to.split('@')[0]}.\nLa lettre de décembre.\n`, to }))
    .sort((a, b) => a.to.localeCompare(b.to))

const dkimResultOf = async (mail: DeliveredMail) => {
  const result = await dkimVerify(mail.raw, { resolver: async (name: string) => dnsTxt[name] ?? [] })
  return `${result.results[0]?.status?.result} ${result.results[0]?.signingDomain}`
}

describe('the SMTP pool against a real Postfix', () => {
  const happyPaths: [string, PostfixService, (postfix: Postfix) => Partial<SmtpPoolOptions>, boolean][] = [
    ['plain SMTP with PIPELINING', 'plain', () => ({}), false],
    ['STARTTLS to an IP-address URL, the certificate checked against the IP', 'starttls', (mta) => ({ requireTLS: true, tls: { ca: mta.certificates.ip.cert } }), true],
    ['STARTTLS to a host name, the certificate checked against the name', 'starttlsName', (mta) => ({ requireTLS: true, tls: { ca: mta.certificates.name.cert } }), true],
    ['smtps:// to an IP-address URL, the certificate checked against the IP', 'smtps', (mta) => ({ tls: { ca: mta.certificates.ip.cert } }), true],
    ['a server without PIPELINING, one command at a time', 'noPipelining', () => ({}), false],
  ]

  it.each(happyPaths)('should deliver intact, DKIM-signed messages over %s', async (_label, service, settingsOf, encrypted) => {
    const recipients = ['alice@ardelys.example', 'bruno@ardelys.example', 'chloe@autre.example', 'david@ardelys.example']
    const host = service === 'starttlsName' ? 'localhost' : '127.0.0.1'
    const smtp = pool({ connections: 2, dkim, url: postfix.url(service, { host }), ...settingsOf(postfix) })
    expect(await sendAll(smtp, recipients)).toEqual(recipients.map(() => 'sent'))
    const mails = await postfix.waitForDelivery(recipients.length)
    expect(contentsOf(mails)).toEqual(expectedFor(recipients))
    expect(await Promise.all(mails.map(dkimResultOf))).toEqual(recipients.map(() => 'pass ambassadeurs.example'))
    // Postfix writes the cipher into its Received header when the message came over TLS.
    expect(mails.map((mail) => /\(using TLSv1\.[23] with cipher/.test(mail.raw))).toEqual(recipients.map(() => encrypted))
  })

  it.each<[string, PostfixService]>([
    ['pipelined', 'plain'],
    ['one command at a time', 'noPipelining'],
  ])(
    'should reset the transaction Postfix keeps open after a refusal at the end of DATA (%s): the next message is neither refused as nested nor delivered empty',
    async (_label, service) => {
      const { deferAtEnd, refuseAtEnd } = postfixRefusals
      const recipients = ['avant@ardelys.example', `${deferAtEnd}@ardelys.example`, 'ensuite@ardelys.example', `${refuseAtEnd}@ardelys.example`, 'enfin@ardelys.example']
      const smtp = pool({ connections: 1, url: postfix.url(service) })
      expect(await sendAll(smtp, recipients)).toEqual([
        'sent',
        `451 451 4.2.2 <${deferAtEnd}@ardelys.example>: Recipient address rejected: Mailbox over quota, try again later`,
        'sent',
        `554 554 5.7.1 <${refuseAtEnd}@ardelys.example>: Recipient address rejected: Message refused by policy`,
        'sent',
      ])
      const mails = await postfix.waitForDelivery(3)
      expect(contentsOf(mails)).toEqual(expectedFor(['avant@ardelys.example', 'ensuite@ardelys.example', 'enfin@ardelys.example']))
    },
  )

  it('should check the certificate of an IP-address URL against that IP address, not against "localhost"', async () => {
    // The certificate presented names localhost only: trusted, but not for 127.0.0.1.
    const smtp = pool({ ignoreTLS: false, tls: { ca: postfix.certificates.name.cert }, url: postfix.url('starttlsName') })
    const [outcome] = await sendAll(smtp, ['alice@ardelys.example'])
    expect(outcome).toMatch(/^none Hostname\/IP does not match certificate's altnames: IP: 127\.0\.0\.1 is not in the cert's list/)
    expect(await postfix.waitForDelivery(0)).toEqual([])
  })

  it('should not send AUTH to a server that does not offer it, and say why nothing was sent', async () => {
    const smtp = pool({ url: `smtp://lettre:secret@127.0.0.1:${postfix.ports.plain}` })
    const error = await smtp.send({ from: 'programme@ambassadeurs.example', to: 'alice@ardelys.example' }, messageFor('alice@ardelys.example')).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ message: 'The SMTP server does not offer AUTH over an unencrypted connection: the credentials in the SMTP URL were not sent', messageSent: false })
    expect(classifySmtpError(error, { messageSent: false })).toEqual({ status: 'retry' })
    expect(postfix.log()).not.toMatch(/ auth=/)
  })

  it('should send every message through a server that takes two connections per client, the pool of five shrinking to two', async () => {
    const recipients = Array.from({ length: 100 }, (_, index) => `ambassadeur${String(index).padStart(3, '0')}@ardelys.example`)
    const refusalsBefore = postfix.log().match(/Connection concurrency limit exceeded/g)?.length ?? 0
    const smtp = pool({ connections: 5, url: postfix.url('connectionLimit') })
    expect(await sendAll(smtp, recipients)).toEqual(recipients.map(() => 'sent'))
    const mails = await postfix.waitForDelivery(recipients.length)
    expect(contentsOf(mails)).toEqual(expectedFor(recipients))
    // The three connections over the limit were refused once each, then the pool kept to two.
    const refusals = (postfix.log().match(/Connection concurrency limit exceeded/g)?.length ?? 0) - refusalsBefore
    expect(refusals).toBeLessThanOrEqual(3)
  })

  it('should record the 421 Postfix answers to RCPT under PIPELINING with its text, as a temporary refusal, and go on on a new connection', async () => {
    const closing = `${postfixRefusals.closeAtRcpt}@ardelys.example`
    const smtp = pool({ connections: 1, url: postfix.url('plain') })
    const errors: unknown[] = []
    const outcomes = await Promise.all(
      ['avant@ardelys.example', closing, 'apres@ardelys.example'].map((to) =>
        smtp.send({ from: 'programme@ambassadeurs.example', to }, messageFor(to)).then(
          () => 'sent',
          (error: unknown) => {
            errors.push(error)
            return 'refused'
          },
        ),
      ),
    )
    expect(outcomes).toEqual(['sent', 'refused', 'sent'])
    expect(errors[0]).toMatchObject({
      message: `421 4.7.0 <${closing}>: Recipient address rejected: Service shutting down, closing the connection`,
      messageSent: false,
      responseCode: 421,
    })
    expect(classifySmtpError(errors[0], { messageSent: false })).toEqual({ status: 'retry' })
    expect(contentsOf(await postfix.waitForDelivery(2))).toEqual(expectedFor(['apres@ardelys.example', 'avant@ardelys.example']))
  })
})
