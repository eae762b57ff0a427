import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { getPool } from '../../src/database/pool.ts'
import { createSmtpPool } from '../../src/delivery/smtp/createSmtpPool.ts'
import { startDeliveryWorker } from '../../src/plugins/startDeliveryWorker.ts'
import { buildFreshIssue } from '../helpers/buildFreshIssue.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { startSmtpServer } from '../helpers/startSmtpServer.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let round = 0

type Row = { ambassador_id: null | number; issue_id: null | number; status?: string }

const deliveryRow = async (id: number | string) =>
  (await getPool(t.payload).query<Row>('SELECT ambassador_id, issue_id, status FROM newsletter_deliveries WHERE id = $1', [id])).rows[0]

const eventRow = async (id: number | string) =>
  (await getPool(t.payload).query<Row>('SELECT ambassador_id, issue_id FROM engagement_events WHERE id = $1', [id])).rows[0]

/** An issue sent to a new ambassador: the issue (with its counts), the delivery and a click. */
const createSentIssue = async (status = 'sent') => {
  round++
  const ambassador = await t.payload.create({
    collection: 'ambassadors',
    data: { email: `recu${round}@test.example`, regionNetwork: f.networkA.id, status: 'active' } as never,
  })
  const issue = await t.payload.create({
    collection: 'newsletter-issues',
    data: { counts: { audience: 1, failed: 0, sent: 1 }, status, title: `Envoyée ${round}` } as never,
  })
  const delivery = await t.payload.create({
    collection: 'newsletter-deliveries',
    data: { ambassador: ambassador.id, issue: issue.id, sentAt: new Date().toISOString(), status: 'sent' } as never,
  })
  const event = await t.payload.create({
    collection: 'engagement-events',
    data: { ambassador: ambassador.id, contentItem: f.approved.id, issue: issue.id, type: 'click' } as never,
  })
  return { ambassador, delivery, event, issue }
}

const countsOf = async (issue: number | string) =>
  ((await t.payload.findByID({ collection: 'newsletter-issues', id: issue })) as { counts?: Record<string, number> }).counts

beforeAll(async () => {
  smtp = await startSmtpServer()
  t = await initTestPayload('deletes', { smtpUrl: smtp.url })
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
})

afterAll(async () => {
  await t?.teardown()
  await smtp?.stop()
})

describe('deleting an ambassador who received a newsletter', () => {
  it('should answer 200 over REST and keep their delivery and events as anonymous rows, and the issue its counts', async () => {
    const { ambassador, delivery, event, issue } = await createSentIssue()
    const response = await api.rest('DELETE', `/ambassadors/${ambassador.id}`, { token: f.editor.token })
    expect(response.status).toBe(200)
    expect([await deliveryRow(delivery.id), await eventRow(event.id)]).toEqual([
      { ambassador_id: null, issue_id: issue.id, status: 'sent' },
      { ambassador_id: null, issue_id: issue.id },
    ])
    expect(await countsOf(issue.id)).toEqual({ audience: 1, failed: 0, sent: 1 })
  })

  it('should delete them over GraphQL without an error', async () => {
    const { ambassador, delivery } = await createSentIssue()
    const response = await api.gql(`mutation { deleteAmbassador(id: ${ambassador.id}) { id } }`, { token: f.editor.token })
    expect([response.status, response.body.errors, (await deliveryRow(delivery.id))?.ambassador_id]).toEqual([200, undefined, null])
  })

  it('should delete them through the Local API with overrideAccess false', async () => {
    const { ambassador, delivery } = await createSentIssue()
    const editor = await t.payload.findByID({ collection: 'users', id: f.editor.id })
    await t.payload.delete({ collection: 'ambassadors', id: ambassador.id, overrideAccess: false, user: { ...editor, collection: 'users' } })
    expect((await deliveryRow(delivery.id))?.ambassador_id).toBeNull()
  })

  it('should leave out a delivery whose ambassador was deleted during the send, and finish the issue', async () => {
    const gone = await t.payload.create({
      collection: 'ambassadors',
      data: { email: 'parti@test.example', regionNetwork: f.networkA.id, status: 'active' } as never,
    })
    const issueId = await buildFreshIssue({ api, f, payload: t.payload })
    const sent = await api.rest('POST', `/newsletter-issues/${issueId}/send`, { body: {}, token: f.editor.token })
    expect(sent.status).toBe(200)
    const removed = await api.rest('DELETE', `/ambassadors/${gone.id}`, { token: f.editor.token })
    expect(removed.status).toBe(200)
    const transport = createSmtpPool({ connections: 1, url: smtp.url })
    const worker = startDeliveryWorker({ autoStart: false, from: 'programme@ambassadeurs.example', payload: t.payload, transport })
    await worker.runOnce()
    await worker.stop()
    await transport.close()
    const { rows } = await getPool(t.payload).query<{ status: string }>(
      'SELECT status FROM newsletter_deliveries WHERE issue_id = $1 AND ambassador_id IS NULL',
      [issueId],
    )
    const issue = await t.payload.findByID({ collection: 'newsletter-issues', id: issueId })
    expect([rows.map((row) => row.status), issue.status]).toEqual([['suppressed'], 'sent'])
  })
})

describe('deleting a newsletter issue', () => {
  it('should delete a sent issue over REST, removing its deliveries and keeping its events without the issue', async () => {
    const { ambassador, delivery, event, issue } = await createSentIssue()
    const response = await api.rest('DELETE', `/newsletter-issues/${issue.id}`, { token: f.editor.token })
    expect(response.status).toBe(200)
    expect([await deliveryRow(delivery.id), await eventRow(event.id)]).toEqual([undefined, { ambassador_id: ambassador.id, issue_id: null }])
  })

  it('should delete a sent issue over GraphQL without an error', async () => {
    const { delivery, issue } = await createSentIssue()
    const response = await api.gql(`mutation { deleteNewsletterIssue(id: ${issue.id}) { id } }`, { token: f.editor.token })
    expect([response.status, response.body.errors, await deliveryRow(delivery.id)]).toEqual([200, undefined, undefined])
  })

  it('should delete a sent issue through the Local API with overrideAccess false', async () => {
    const { delivery, issue } = await createSentIssue()
    const editor = await t.payload.findByID({ collection: 'users', id: f.editor.id })
    await t.payload.delete({ collection: 'newsletter-issues', id: issue.id, overrideAccess: false, user: { ...editor, collection: 'users' } })
    expect(await deliveryRow(delivery.id)).toBeUndefined()
  })

  it('should refuse to delete an issue being sent with a 409 naming its status, over REST', async () => {
    const { delivery, issue } = await createSentIssue('sending')
    const response = await api.rest('DELETE', `/newsletter-issues/${issue.id}`, { language: 'fr', token: f.editor.token })
    expect([response.status, response.body.errors?.[0]?.path, response.body.errors?.[0]?.message]).toEqual([
      409,
      'status',
      expect.stringMatching(/« Envoi en cours » : annulez d’abord l’envoi/),
    ])
    expect((await deliveryRow(delivery.id))?.issue_id).toBe(issue.id)
  })

  it('should refuse to delete a paused issue over GraphQL', async () => {
    const { issue } = await createSentIssue('paused')
    const response = await api.gql(`mutation { deleteNewsletterIssue(id: ${issue.id}) { id } }`, { token: f.editor.token })
    expect([response.body.errors?.[0]?.extensions?.statusCode, response.body.errors?.[0]?.message]).toEqual([409, expect.stringMatching(/paused/i)])
    expect((await t.payload.findByID({ collection: 'newsletter-issues', id: issue.id })).status).toBe('paused')
  })

  it('should refuse to delete an issue being sent through the Local API with overrideAccess false', async () => {
    const { issue } = await createSentIssue('sending')
    const editor = await t.payload.findByID({ collection: 'users', id: f.editor.id })
    await expect(
      t.payload.delete({ collection: 'newsletter-issues', id: issue.id, overrideAccess: false, user: { ...editor, collection: 'users' } }),
    ).rejects.toMatchObject({ status: 409 })
  })
})
