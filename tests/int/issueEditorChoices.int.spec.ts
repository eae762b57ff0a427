import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures
let round = 0

const today = () => new Date().toISOString().slice(0, 10)

/** An issue with content, as an editor prepares it. */
const createIssue = async (data: Record<string, unknown> = {}) => {
  round++
  return t.payload.create({
    collection: 'newsletter-issues',
    data: { contentItems: [f.approved.id], introduction: 'Bonjour', scheduledAt: '2026-03-02T11:00:00.000Z', title: `Édition ${round}`, ...data } as never,
  })
}

const remove = (collection: string, ids: (number | string)[]) =>
  t.payload.delete({ collection, where: { id: { in: ids } } })

type FieldPermissions = true | Record<string, true | { update?: true }>

/**
 * Whether some fields are updatable, as the admin's document permissions give them over REST: Payload
 * sanitizes them, a granted permission reading `true` and a denied one left out.
 */
const restUpdatable = async (id: number | string, fields: string[]) => {
  const response = await api.rest('POST', `/newsletter-issues/access/${id}`, { body: {}, token: f.editor.token })
  expect(response.status).toBe(200)
  const permissions = response.body.fields as FieldPermissions
  const granted = (field: string) => permissions === true || permissions[field] === true || (permissions[field] as { update?: true })?.update === true
  return Object.fromEntries(fields.map((field) => [field, granted(field)]))
}

beforeAll(async () => {
  t = await initTestPayload('issue-editor-choices')
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
})

afterAll(async () => {
  await t?.teardown()
})

describe('the document permissions of an issue, which the admin follows', () => {
  it('should give a sent issue no updatable content field or status over REST', async () => {
    const issue = await createIssue({ audienceFrozenAt: new Date().toISOString(), status: 'sent' })
    expect(await restUpdatable(issue.id, ['title', 'introduction', 'contentItems', 'scheduledAt', 'calendar', 'status'])).toEqual({
      calendar: false,
      contentItems: false,
      introduction: false,
      scheduledAt: false,
      status: false,
      title: false,
    })
  })

  it('should give a sent issue no updatable title or status over GraphQL', async () => {
    const issue = await createIssue({ audienceFrozenAt: new Date().toISOString(), status: 'sent' })
    const response = await api.gql(
      `query { docAccessNewsletterIssue(id: ${issue.id}) { fields { title { update { permission } } status { update { permission } } } } }`,
      { token: f.editor.token },
    )
    // Sanitized as over REST: a denied permission is left out, so GraphQL reads it as null.
    expect(response.body.data?.docAccessNewsletterIssue?.fields).toEqual({ status: { update: null }, title: { update: null } })
  })

  it('should give a draft issue updatable content fields and status', async () => {
    const issue = await createIssue()
    expect(await restUpdatable(issue.id, ['title', 'introduction', 'status'])).toEqual({ introduction: true, status: true, title: true })
  })
})

describe('the status an editor chooses', () => {
  it('should move a scheduled issue back to draft over REST', async () => {
    const issue = await createIssue({ status: 'scheduled' })
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, { body: { status: 'draft' }, token: f.editor.token })
    expect([response.status, response.body.doc?.status]).toEqual([200, 'draft'])
  })

  it('should move a scheduled issue back to draft over GraphQL', async () => {
    const issue = await createIssue({ status: 'scheduled' })
    const response = await api.gql(`mutation { updateNewsletterIssue(id: ${issue.id}, data: { status: draft }) { status } }`, {
      token: f.editor.token,
    })
    expect(response.body.data?.updateNewsletterIssue?.status).toBe('draft')
  })
})

describe('GET /api/newsletter-issues/:id/audience', () => {
  it('should answer the number of ambassadors the send then freezes', async () => {
    const issue = await createIssue()
    const counted = await api.rest('GET', `/newsletter-issues/${issue.id}/audience`, { token: f.editor.token })
    const sent = await api.rest('POST', `/newsletter-issues/${issue.id}/send`, { body: {}, token: f.editor.token })
    expect([counted.status, counted.body.audience]).toEqual([200, sent.body.audience])
    expect(sent.body.audience).toBe(1)
  })

  it('should refuse referents and the anonymous', async () => {
    const issue = await createIssue()
    const referent = await api.rest('GET', `/newsletter-issues/${issue.id}/audience`, { token: f.referentA.token })
    const anonymous = await api.rest('GET', `/newsletter-issues/${issue.id}/audience`)
    expect([referent.status, anonymous.status]).toEqual([403, 401])
  })
})

describe('POST /api/newsletter-issues/build once the next occurrence’s issue is done', () => {
  /** A daily calendar, and `addItem` for a new approved item (the issues sent before took the others); all removed after. */
  const withCalendar = async (run: (calendar: { id: number | string }, addItem: () => Promise<unknown>) => Promise<void>) => {
    const calendar = await t.payload.create({
      collection: 'editorial-calendars',
      data: {
        cadences: [{ kind: 'newsletter', label: 'Quotidienne', rrule: 'FREQ=DAILY;BYHOUR=12;BYMINUTE=0;BYSECOND=0', startsOn: today() }],
        name: `Quotidien ${++round}`,
        timeZone: 'Europe/Paris',
      } as never,
    })
    const items: (number | string)[] = []
    const addItem = async () => {
      const item = await t.payload.create({
        collection: 'content-items',
        data: { _status: 'published', network: f.networkA.id, stage: 'approved', submittedBy: f.editor.id, themes: [f.theme.id], title: `Autre contenu ${round}` } as never,
      })
      items.push(item.id)
    }
    try {
      await run(calendar, addItem)
    } finally {
      await remove('newsletter-issues', (await t.payload.find({ collection: 'newsletter-issues', where: { calendar: { equals: calendar.id } } })).docs.map((doc) => doc.id))
      await remove('content-items', items)
      await remove('editorial-calendars', [calendar.id])
    }
  }

  const build = (calendar: { id: number | string }) =>
    api.rest('POST', '/newsletter-issues/build', { body: { calendar: calendar.id }, language: 'fr', token: f.editor.token })

  it('should build the following occurrence’s issue once the current one was sent early', async () => {
    await withCalendar(async (calendar, addItem) => {
      await addItem()
      const first = await build(calendar)
      await t.payload.update({ collection: 'newsletter-issues', data: { audienceFrozenAt: new Date().toISOString(), status: 'sent' } as never, id: first.body.doc.id })
      await addItem()
      const next = await build(calendar)
      expect([next.status, next.body.created, next.body.doc.status]).toEqual([201, true, 'draft'])
      expect(Date.parse(next.body.doc.scheduledAt) - Date.parse(first.body.doc.scheduledAt)).toBe(86_400_000)
    })
  })

  it('should build the following occurrence’s issue once the current one was cancelled', async () => {
    await withCalendar(async (calendar, addItem) => {
      await addItem()
      const first = await build(calendar)
      await t.payload.update({ collection: 'newsletter-issues', data: { status: 'cancelled' } as never, id: first.body.doc.id })
      const next = await build(calendar)
      expect([next.status, next.body.doc.id === first.body.doc.id]).toEqual([201, false])
    })
  })

  it('should say which occurrence it built when the current one was already sent', async () => {
    await withCalendar(async (calendar, addItem) => {
      await addItem()
      const first = await build(calendar)
      await t.payload.update({ collection: 'newsletter-issues', data: { audienceFrozenAt: new Date().toISOString(), status: 'sent' } as never, id: first.body.doc.id })
      await addItem()
      const next = await build(calendar)
      expect(next.body.message).toMatch(/^L’édition du .+ est déjà envoyée : voici celle du .+, à relire et à approuver\.$/)
    })
  })
})
