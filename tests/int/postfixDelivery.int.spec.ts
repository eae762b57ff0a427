import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'
import type { Postfix } from '../helpers/startPostfix.ts'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createNewsletterTransport } from '../../demo/newsletterTransport.ts'
import { getPool } from '../../src/database/pool.ts'
import { createSmtpPool, type SmtpPool } from '../../src/delivery/smtp/createSmtpPool.ts'
import { startDeliveryWorker } from '../../src/plugins/startDeliveryWorker.ts'
import { buildFreshIssue } from '../helpers/buildFreshIssue.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { postfixRefusals, startPostfix } from '../helpers/startPostfix.ts'

let postfix: Postfix
let t: TestPayload
let api: ApiClient
let f: AccessFixtures
/**
 * What the demo reads from the environment for both of its SMTP clients: Payload's own mail goes to the
 * STARTTLS service, whose certificate (self-signed, for 127.0.0.1) is trusted through this file only.
 */
let smtpEnv: Record<string, string>

const from = '"Ambassadeurs Ardelys" <programme@ambassadeurs.example>'

beforeAll(async () => {
  postfix = await startPostfix()
  smtpEnv = { SMTP_REQUIRE_TLS: 'true', SMTP_TLS_CA_FILE: postfix.certificates.ip.certFile }
  t = await initTestPayload('postfix-delivery', { smtpEnv, smtpUrl: postfix.url('starttls') })
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
})

afterAll(async () => {
  await t?.teardown()
  await postfix?.stop()
})

beforeEach(() => postfix.clearMaildir())

/** The issue's audience is these ambassadors only: everyone else is unsubscribed first. */
const audienceOf = async (locals: string[]) => {
  await t.payload.update({ collection: 'ambassadors', data: { status: 'unsubscribed' } as never, where: { status: { equals: 'active' } } })
  await Promise.all(
    locals.map((local) =>
      t.payload.create({ collection: 'ambassadors', data: { email: `${local}@test.example`, firstName: local, regionNetwork: f.networkA.id, status: 'active' } as never }),
    ),
  )
  const issueId = await buildFreshIssue({ api, f, payload: t.payload })
  const sent = await api.rest('POST', `/newsletter-issues/${issueId}/send`, { body: {}, token: f.editor.token })
  expect([sent.status, sent.body.audience]).toEqual([200, locals.length])
  return issueId
}

/** One pass of a worker through `transport`, then each row's state and recorded error, by local part. */
const sendThrough = async (issueId: number, transport: SmtpPool) => {
  const worker = startDeliveryWorker({ autoStart: false, from, payload: t.payload, transport })
  await worker.runOnce()
  await worker.stop()
  await transport.close()
  const { rows } = await getPool(t.payload).query<{ email: string; last_error: null | string; status: string }>(
    `SELECT a.email, d.status, d.last_error FROM newsletter_deliveries d JOIN ambassadors a ON a.id = d.ambassador_id WHERE d.issue_id = $1`,
    [issueId],
  )
  return Object.fromEntries(rows.map((row) => [row.email.split('@')[0], row.last_error ? `${row.status}: ${row.last_error}` : row.status]))
}

describe('the delivery engine against a real Postfix', () => {
  it('should record each refusal at the end of DATA with its code, and deliver the messages after it whole, none empty', async () => {
    const { deferAtEnd, refuseAtEnd } = postfixRefusals
    const issueId = await audienceOf(['avant', deferAtEnd, 'ensuite', refuseAtEnd, 'enfin'])
    const states = await sendThrough(issueId, createSmtpPool({ connections: 1, url: postfix.url('plain') }))
    expect(states).toEqual({
      avant: 'sent',
      enfin: 'sent',
      ensuite: 'sent',
      [deferAtEnd]: `retry: 451 4.2.2 <${deferAtEnd}@test.example>: Recipient address rejected: Mailbox over quota, try again later`,
      [refuseAtEnd]: `failed: 554 5.7.1 <${refuseAtEnd}@test.example>: Recipient address rejected: Message refused by policy`,
    })
    const mails = await postfix.waitForDelivery(3)
    expect(mails.map((mail) => mail.to).sort()).toEqual(['avant@test.example', 'enfin@test.example', 'ensuite@test.example'])
    expect(mails.map((mail) => [Boolean(mail.parsed.subject), /Bonjour/.test(mail.parsed.text ?? '')])).toEqual([
      [true, true],
      [true, true],
      [true, true],
    ])
  })

  it('should record a 421 at RCPT under PIPELINING as 421 with its text, to be retried', async () => {
    const { closeAtRcpt } = postfixRefusals
    const issueId = await audienceOf(['premier', closeAtRcpt, 'dernier'])
    const states = await sendThrough(issueId, createSmtpPool({ connections: 1, url: postfix.url('plain') }))
    expect(states).toEqual({
      dernier: 'sent',
      premier: 'sent',
      [closeAtRcpt]: `retry: 421 4.7.0 <${closeAtRcpt}@test.example>: Recipient address rejected: Service shutting down, closing the connection`,
    })
    expect((await postfix.waitForDelivery(2)).map((mail) => mail.to).sort()).toEqual(['dernier@test.example', 'premier@test.example'])
  })

  it('should send a whole issue with a pool of five through a server that takes two connections per client', async () => {
    const locals = Array.from({ length: 40 }, (_, index) => `limite${index}`)
    const issueId = await audienceOf(locals)
    const states = await sendThrough(issueId, createSmtpPool({ connections: 5, url: postfix.url('connectionLimit') }))
    expect(states).toEqual(Object.fromEntries(locals.map((local) => [local, 'sent'])))
    expect((await postfix.waitForDelivery(locals.length)).length).toBe(locals.length)
  })

  it("should send Payload's own mail (the referent's thanks) where the newsletter goes: STARTTLS with a self-signed certificate trusted through SMTP_TLS_CA_FILE", async () => {
    await t.payload.create({
      collection: 'content-items',
      data: { _status: 'published', network: f.networkA.id, stage: 'approved', submittedBy: f.referentA.id, themes: [f.theme.id], title: 'Suggestion de Lyon' } as never,
    })
    const issueId = await audienceOf(['chiffre1', 'chiffre2'])
    // The demo's newsletter transport, from the same settings as Payload's mail.
    const states = await sendThrough(issueId, createNewsletterTransport(postfix.url('starttls'), smtpEnv))
    expect(states).toEqual({ chiffre1: 'sent', chiffre2: 'sent' })
    const mails = await postfix.waitForDelivery(3)
    const thanks = mails.filter((mail) => mail.to === f.referentA.email)
    expect(thanks.map((mail) => mail.parsed.subject)).toEqual(['Votre suggestion est dans la newsletter'])
    expect(mails.map((mail) => [mail.to, /\(using TLSv1\.[23] with cipher/.test(mail.raw)]).sort()).toEqual(
      [['chiffre1@test.example', true], ['chiffre2@test.example', true], [f.referentA.email, true]].sort(),
    )
  })
})
