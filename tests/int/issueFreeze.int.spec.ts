import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { createSmtpPool } from '../../src/delivery/smtp/createSmtpPool.ts'
import { startDeliveryWorker } from '../../src/plugins/startDeliveryWorker.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { startSmtpServer } from '../helpers/startSmtpServer.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let round = 0

const scheduledAt = '2026-03-02T11:00:00.000Z'

/** An issue with content, as an editor prepares it: a draft until something else is said. */
const createIssue = async (data: Record<string, unknown> = {}) => {
  round++
  return t.payload.create({
    collection: 'newsletter-issues',
    data: { contentItems: [f.approved.id], introduction: 'Bonjour à tous', scheduledAt, title: `Édition ${round}`, ...data } as never,
  })
}

/** An issue in `status` whose audience was frozen (as the send leaves it). */
const createFrozenIssue = (status: string) => createIssue({ audienceFrozenAt: new Date().toISOString(), status })

/** An issue the editor sends through the endpoint: its audience is frozen, it is `sending`. */
const sendIssue = async (data: Record<string, unknown> = {}) => {
  const issue = await createIssue(data)
  const sent = await api.rest('POST', `/newsletter-issues/${issue.id}/send`, { body: {}, token: f.editor.token })
  expect([sent.status, sent.body.status]).toEqual([200, 'sending'])
  return issue
}

const editorUser = async () => ({ ...(await t.payload.findByID({ collection: 'users', id: f.editor.id })), collection: 'users' })

beforeAll(async () => {
  smtp = await startSmtpServer()
  t = await initTestPayload('issue-freeze', { smtpUrl: smtp.url })
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
})

afterAll(async () => {
  await t?.teardown()
  await smtp?.stop()
})

describe('an issue whose audience is frozen', () => {
  it('should refuse a new title over REST with a 409 naming the field, in French', async () => {
    const issue = await sendIssue()
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, { body: { title: 'Autre titre' }, language: 'fr', token: f.editor.token })
    expect([response.status, response.body.errors?.[0]?.path, response.body.errors?.[0]?.message]).toEqual([
      409,
      'title',
      expect.stringContaining('Le champ « Objet (français) » ne peut plus changer'),
    ])
    expect((await t.payload.findByID({ collection: 'newsletter-issues', id: issue.id })).title).toBe(issue.title)
  })

  it('should refuse a new introduction over GraphQL with a 409 naming the field', async () => {
    const issue = await createFrozenIssue('sending')
    const response = await api.gql(`mutation { updateNewsletterIssue(id: ${issue.id}, data: { introduction: "Autre" }) { id } }`, {
      token: f.editor.token,
    })
    expect([response.body.errors?.[0]?.extensions?.statusCode, response.body.errors?.[0]?.message]).toEqual([409, expect.stringContaining('“Introduction (French)”')])
  })

  it('should refuse other selected items through the Local API with overrideAccess false', async () => {
    const issue = await createFrozenIssue('paused')
    await expect(
      t.payload.update({ collection: 'newsletter-issues', data: { contentItems: [] } as never, id: issue.id, overrideAccess: false, user: await editorUser() }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'contentItems' }] }, status: 409 })
  })

  it('should refuse a new date on a sent issue', async () => {
    const issue = await createFrozenIssue('sent')
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, { body: { scheduledAt: '2026-04-01T09:00:00.000Z' }, token: f.editor.token })
    expect([response.status, response.body.errors?.[0]?.path]).toEqual([409, 'scheduledAt'])
  })

  it('should refuse a change to a cancelled issue whose audience was frozen', async () => {
    const issue = await createFrozenIssue('cancelled')
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, { body: { title: 'Rouverte' }, token: f.editor.token })
    expect([response.status, response.body.errors?.[0]?.path]).toEqual([409, 'title'])
  })

  it('should still accept changes to an issue cancelled before its audience was frozen', async () => {
    const issue = await createIssue({ status: 'cancelled' })
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, { body: { title: 'Reprise' }, token: f.editor.token })
    expect([response.status, response.body.doc?.title]).toEqual([200, 'Reprise'])
  })

  it('should accept a save that sends every field unchanged, as the admin form does', async () => {
    const issue = await createFrozenIssue('sent')
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, {
      body: { contentItems: [f.approved.id], introduction: 'Bonjour à tous', scheduledAt, status: 'sent', title: issue.title },
      token: f.editor.token,
    })
    expect(response.status).toBe(200)
  })

  it('should still pause, resume and cancel a frozen issue', async () => {
    const issue = await sendIssue()
    const answers = []
    for (const control of ['pause', 'resume', 'cancel']) {
      answers.push((await api.rest('POST', `/newsletter-issues/${issue.id}/${control}`, { body: {}, token: f.editor.token })).body.status)
    }
    expect(answers).toEqual(['paused', 'sending', 'cancelled'])
  })
})

describe("the referents' thank-you", () => {
  it('should thank only the referents whose items the sent emails carried, with the ambassadors they reached', async () => {
    const approvedBy = (referent: AccessFixtures['referentA'], network: { id: number | string }, title: string) =>
      t.payload.create({
        collection: 'content-items',
        data: { _status: 'published', category: 'relay', network: network.id, stage: 'approved', submittedBy: referent.id, title } as never,
      })
    // Claire, the only ambassador, is in region A: no email carries region B's item.
    const carried = await approvedBy(f.referentA, f.networkA, 'Le chantier de Lyon')
    const notCarried = await approvedBy(f.referentB, f.networkB, 'Le chantier de Nantes')
    await sendIssue({ contentItems: [carried.id, notCarried.id] })
    const transport = createSmtpPool({ connections: 1, url: smtp.url })
    const worker = startDeliveryWorker({ autoStart: false, from: 'programme@ambassadeurs.example', payload: t.payload, transport })
    const before = smtp.received.length
    await worker.runOnce()
    await worker.stop()
    await transport.close()
    const thanks = smtp.received.slice(before).filter((mail) => /suggestion/i.test(mail.parsed.subject ?? ''))
    expect(thanks.map((mail) => mail.envelopeTo)).toEqual([[f.referentA.email]])
    expect(thanks[0]!.parsed.text).toContain('envoyée à 1 ambassadeur')
    expect(thanks[0]!.parsed.text).toContain('Le chantier de Lyon')
    expect(thanks[0]!.parsed.text).not.toContain('Nantes')
  })
})
