import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { taskSlugs } from '../../src/jobs/taskSlugs.ts'
import { buildIssue, nextNewsletterOccurrence, type BuildCalendar } from '../../src/newsletter/buildIssue.ts'
import { buildSettingsOf } from '../../src/newsletter/buildSettings.ts'
import { sanitizeOptions } from '../../src/plugins/sanitizeOptions.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures

const settings = buildSettingsOf(sanitizeOptions({ mediaCollection: false }))
const today = () => new Date().toISOString().slice(0, 10)
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** A calendar whose newsletter goes out every day at noon in Paris, so the next one is always near. */
const createCalendar = (name: string, extra: Record<string, unknown> = {}) =>
  t.payload.create({
    collection: 'editorial-calendars',
    data: {
      cadences: [{ kind: 'newsletter', label: 'Newsletter quotidienne', rrule: 'FREQ=DAILY;BYHOUR=12;BYMINUTE=0;BYSECOND=0', startsOn: today() }],
      deadPeriods: [],
      name,
      timeZone: 'Europe/Paris',
      ...extra,
    } as never,
  }) as unknown as Promise<BuildCalendar>

const issuesOf = async (calendar: BuildCalendar) =>
  (await t.payload.find({ collection: 'newsletter-issues', depth: 0, where: { calendar: { equals: calendar.id } } })).docs as unknown as {
    contentItems: (number | string)[]
    id: number | string
    skipReason?: string
    status: string
  }[]

beforeAll(async () => {
  t = await initTestPayload('newsletter-build')
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
})

afterAll(async () => {
  await t?.teardown()
})

describe('POST /api/newsletter-issues/build', () => {
  it("should build the calendar's next issue as a draft with the approved content, once", async () => {
    const calendar = await createCalendar('Quotidien')
    const first = await api.rest('POST', '/newsletter-issues/build', { body: { calendar: calendar.id }, token: f.editor.token })
    const second = await api.rest('POST', '/newsletter-issues/build', { body: { calendar: calendar.id }, token: f.editor.token })
    expect([first.status, first.body.created, first.body.doc.status, second.status, second.body.created]).toEqual([201, true, 'draft', 200, false])
    expect(second.body.doc.id).toBe(first.body.doc.id)
    const [issue] = await issuesOf(calendar)
    expect(issue?.contentItems).toEqual([f.approved.id])
    const stored = (await t.payload.findByID({ collection: 'newsletter-issues', id: issue!.id })) as unknown as {
      buildReport: string
      segments: { audience: number; items: unknown[] }[]
    }
    expect(stored.segments).toEqual([expect.objectContaining({ audience: 1, items: [f.approved.id] })])
    expect(stored.buildReport).toMatch(/1 ambassadeur\(s\) en 1 segment\(s\), 1 contenu\(s\)/)
  })

  it('should keep the items and introduction of a draft prepared by hand for the occurrence, and add its segments', async () => {
    const calendar = await createCalendar('Préparée à la main')
    const occurrence = nextNewsletterOccurrence(calendar, settings, new Date())!
    const prepared = await t.payload.create({
      collection: 'newsletter-issues',
      data: { calendar: calendar.id, contentItems: [f.approved.id], introduction: 'Édito maison', occurrenceKey: `${calendar.id}@${occurrence.start}`, title: 'Préparée' } as never,
    })
    const response = await api.rest('POST', '/newsletter-issues/build', { body: { calendar: calendar.id }, token: f.editor.token })
    const stored = (await t.payload.findByID({ collection: 'newsletter-issues', id: prepared.id })) as unknown as {
      introduction: string
      segments: { audience: number }[]
      title: string
    }
    expect([response.status, response.body.doc.id, stored.title, stored.introduction]).toEqual([200, prepared.id, 'Préparée', 'Édito maison'])
    expect(stored.segments).toEqual([expect.objectContaining({ audience: 1 })])
  })

  it('should build exactly one issue per occurrence when several builders run at once', async () => {
    const calendar = await createCalendar('Concurrence')
    const occurrence = nextNewsletterOccurrence(calendar, settings, new Date())!
    const results = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const req = await createLocalReq({}, t.payload)
        return buildIssue(req, settings, { calendar, force: false, occurrence })
      }),
    )
    expect(results.filter((result) => result.created)).toHaveLength(1)
    expect(new Set(results.map((result) => String(result.issue?.id))).size).toBe(1)
    expect(await issuesOf(calendar)).toHaveLength(1)
  })

  it('should build inside a dead period when an editor asks, and say so', async () => {
    const calendar = await createCalendar('Temps mort', {
      deadPeriods: [{ end: `${inDays(10)}T12:00:00.000Z`, name: 'Fermeture', policy: 'pause', start: `${inDays(-1)}T12:00:00.000Z` }],
    })
    const response = await api.rest('POST', '/newsletter-issues/build', { body: { calendar: calendar.id }, language: 'fr', token: f.editor.token })
    expect([response.status, response.body.deadPeriod, response.body.message]).toEqual([201, 'Fermeture', expect.stringMatching(/temps mort « Fermeture »/)])
  })

  it('should skip without recording anything when there is nothing new to send', async () => {
    const calendar = await createCalendar('Rien de neuf')
    await t.payload.update({ collection: 'content-items', data: { stage: 'archived' } as never, id: f.approved.id })
    try {
      const response = await api.rest('POST', '/newsletter-issues/build', { body: { calendar: calendar.id }, language: 'en', token: f.editor.token })
      expect([response.status, response.body.skipped, response.body.reason]).toEqual([200, true, 'nothingNew'])
      expect(await issuesOf(calendar)).toEqual([])
    } finally {
      await t.payload.update({ collection: 'content-items', data: { stage: 'approved' } as never, id: f.approved.id })
    }
  })

  it('should answer 422 naming the cadence when the calendar gives more occurrences than an expansion may visit', async () => {
    const everyHalfMinute = `FREQ=DAILY;BYHOUR=${Array.from({ length: 24 }, (_, hour) => hour).join(',')};BYMINUTE=${Array.from({ length: 60 }, (_, minute) => minute).join(',')};BYSECOND=0,30`
    const calendar = await createCalendar('Trop long', {
      cadences: [{ kind: 'newsletter', label: 'Chaque demi-minute', repeats: 'custom', rrule: everyHalfMinute, startsOn: today() }],
    })
    try {
      const response = await api.rest('POST', '/newsletter-issues/build', { body: { calendar: calendar.id }, language: 'en', token: f.editor.token })
      expect([response.status, response.body]).toEqual([
        422,
        { errors: [{ message: expect.stringContaining('“Chaque demi-minute” gives too many occurrences'), path: 'cadences.0.rrule' }] },
      ])
    } finally {
      await t.payload.delete({ collection: 'editorial-calendars', id: calendar.id })
    }
  })

  it('should refuse referents, strangers and bad input without a 500', async () => {
    const referent = await api.rest('POST', '/newsletter-issues/build', { body: {}, token: f.referentA.token })
    const anonymous = await api.rest('POST', '/newsletter-issues/build', { body: {} })
    const badBody = await api.rest('POST', '/newsletter-issues/build', { body: { calendar: { $ne: 1 } }, token: f.editor.token })
    const notJson = await api.rest('POST', '/newsletter-issues/build', { body: 'calendar=1', token: f.editor.token })
    const unknown = await api.rest('POST', '/newsletter-issues/build', { body: { calendar: 99999999 }, token: f.editor.token })
    expect([referent.status, anonymous.status, badBody.status, notJson.status, unknown.status]).toEqual([403, 401, 400, 400, 404])
  })
})

describe('the scheduled build', () => {
  it('should build the occurrences of the next days, skip the paused ones with their reason, and leave the audience out of phases not started', async () => {
    const calendar = await createCalendar('Planifié', {
      deadPeriods: [{ end: `${inDays(1)}T12:00:00.000Z`, name: 'Pont', policy: 'pause', start: `${inDays(1)}T12:00:00.000Z` }],
      phases: [{ kind: 'beta', name: 'Bêta', start: `${inDays(30)}T12:00:00.000Z` }],
    })
    const beta = await t.payload.create({
      collection: 'ambassadors',
      data: { email: 'beta@test.example', phase: 'beta', regionNetwork: f.networkA.id, status: 'active' } as never,
    })
    try {
      await t.payload.jobs.queue({ input: {}, queue: 'ambassadors', task: taskSlugs.buildNewsletterIssues as never })
      await t.payload.jobs.run({ queue: 'ambassadors' })
      const issues = await issuesOf(calendar)
      const skipped = issues.filter((issue) => issue.status === 'skipped')
      expect(issues.length).toBeGreaterThanOrEqual(3)
      expect(skipped.map((issue) => issue.skipReason)).toEqual([expect.stringMatching(/Pont/)])
      const drafts = (await t.payload.find({
        collection: 'newsletter-issues',
        depth: 0,
        where: { and: [{ calendar: { equals: calendar.id } }, { status: { equals: 'draft' } }] },
      })).docs as unknown as { buildReport: string; segments: { audience: number }[] }[]
      // The beta ambassador's phase starts in 30 days: only Claire (no phase of her own) receives.
      expect(drafts[0]?.segments.reduce((sum, segment) => sum + segment.audience, 0)).toBe(1)
      expect(drafts[0]?.buildReport).toMatch(/1 dont la phase n'a pas commencé/)
      // A second run finds every occurrence built.
      await t.payload.jobs.queue({ input: {}, queue: 'ambassadors', task: taskSlugs.buildNewsletterIssues as never })
      await t.payload.jobs.run({ queue: 'ambassadors' })
      expect(await issuesOf(calendar)).toHaveLength(issues.length)
    } finally {
      await t.payload.delete({ collection: 'ambassadors', id: beta.id })
    }
  })
})
