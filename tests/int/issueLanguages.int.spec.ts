/**
 * An issue speaks each ambassador's language: a subject and an introduction per language (`title` and
 * `introduction` in the programme's, `translations` for the others), one language per email, kept once the
 * audience is frozen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { createApiClient } from '../helpers/createApiClient.ts'
import { fieldErrors } from '../helpers/fieldErrors.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures
let priya: { id: number | string }
let englishItem: { id: number | string }

const french = { introduction: 'Bonjour à toutes et à tous, voici les nouvelles.', title: 'Les nouvelles du mois' }
const english = { introduction: 'Hello everyone, here is the news.', language: 'en', title: 'News of the month' }

const createIssue = async (data: Record<string, unknown>) => {
  return t.payload.create({
    collection: 'newsletter-issues',
    data: { contentItems: [f.approved.id, englishItem.id], scheduledAt: '2026-03-02T11:00:00.000Z', ...french, ...data } as never,
  })
}

type PreviewBody = { html: string; subject: string }

const previewAs = (issueId: number | string, ambassadorId: number | string) =>
  api.rest<PreviewBody>('GET', `/newsletter-issues/${issueId}/preview?format=json&ambassador=${ambassadorId}`, { token: f.editor.token })

beforeAll(async () => {
  t = await initTestPayload('issue-languages')
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
  priya = await t.payload.create({
    collection: 'ambassadors',
    data: { email: 'priya.shah@test.example', firstName: 'Priya', language: 'en', lastName: 'Shah', regionNetwork: f.networkA.id, status: 'active' } as never,
  })
  englishItem = await t.payload.create({
    collection: 'content-items',
    data: { _status: 'published', language: 'en', network: f.networkA.id, stage: 'approved', submittedBy: f.editor.id, title: 'Approved content' } as never,
  })
})

// The test database is dropped with everything the tests wrote.
afterAll(async () => {
  await t?.teardown()
})

describe('an issue in each ambassador’s language', () => {
  it('should preview the issue for an English ambassador with the English subject and introduction, over REST', async () => {
    const issue = await createIssue({ translations: [english] })
    const response = await previewAs(issue.id, priya.id)
    expect([response.status, response.body.subject]).toEqual([200, english.title])
    expect(response.body.html).toContain(english.introduction)
    expect(response.body.html).not.toContain('Bonjour')
  })

  it('should preview the issue for a French ambassador with the French subject and introduction, over REST', async () => {
    const issue = await createIssue({ translations: [english] })
    const response = await previewAs(issue.id, f.ambassador.id)
    expect([response.status, response.body.subject]).toEqual([200, french.title])
    expect(response.body.html).toContain(french.introduction)
    expect(response.body.html).not.toContain(english.introduction)
  })

  it('should send an English ambassador the whole email in French when the issue has no English subject', async () => {
    const issue = await createIssue({})
    const response = await previewAs(issue.id, priya.id)
    expect([response.status, response.body.subject]).toEqual([200, french.title])
    expect(response.body.html).toContain('Bonjour Priya')
    expect(response.body.html).toContain('lang="fr"')
  })

  it('should read and write the English version over GraphQL', async () => {
    const response = await api.gql<{ createNewsletterIssue: { title: string; translations: { language: string; title: string }[] } }>(
      'mutation { createNewsletterIssue(data: { status: draft, title: "Les nouvelles", translations: [{ language: en, title: "The news" }] }) { id title translations { language title } } }',
      { token: f.editor.token },
    )
    const doc = response.body.data?.createNewsletterIssue as unknown as { id: number; title: string; translations: unknown[] }
    expect([doc.title, doc.translations]).toEqual(['Les nouvelles', [{ language: 'en', title: 'The news' }]])
  })

  it('should refuse a translation into the programme’s own language over REST, naming the row’s language, in French', async () => {
    const issue = await createIssue({})
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, {
      body: { translations: [{ language: 'fr', title: 'Doublon' }] },
      language: 'fr',
      token: f.editor.token,
    })
    expect([response.status, fieldErrors(response.body)]).toEqual([
      400,
      [{ label: expect.any(String), message: 'Cette langue est celle du programme : son objet et son édito sont les champs de l’édition ci-dessus.', path: 'translations.0.language' }],
    ])
  })

  it('should refuse the same language twice over GraphQL, naming the second row, in English', async () => {
    const response = await api.gql(
      'mutation { createNewsletterIssue(data: { status: draft, title: "x", translations: [{ language: en, title: "a" }, { language: en, title: "b" }] }) { id } }',
      { language: 'en', token: f.editor.token },
    )
    const errors = (response.body.errors ?? []).flatMap((error) => (error.extensions?.data?.errors ?? []) as { message: string; path: string }[])
    expect(errors.map(({ message, path }) => ({ message, path }))).toContainEqual({
      message: 'This language already has its version in this issue.',
      path: 'translations.1.language',
    })
  })

  it('should refuse a subject over 150 characters with a 400 naming the field, in French', async () => {
    const issue = await createIssue({})
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, { body: { title: 'Lettre '.repeat(22) }, language: 'fr', token: f.editor.token })
    expect([response.status, fieldErrors(response.body)]).toEqual([
      400,
      [{ label: expect.any(String), message: 'Cette valeur doit être inférieure à la longueur maximale de 150 caractères.', path: 'title' }],
    ])
  })

  it('should refuse an English subject over 150 characters with a 400 naming the row’s field, in English', async () => {
    const issue = await createIssue({})
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, {
      body: { translations: [{ ...english, title: 'News '.repeat(31) }] },
      language: 'en',
      token: f.editor.token,
    })
    expect([response.status, fieldErrors(response.body)]).toEqual([
      400,
      [{ label: expect.any(String), message: 'This value must be shorter than the max length of 150 characters.', path: 'translations.0.title' }],
    ])
  })

  it('should refuse a change of the English subject once the audience is frozen, with a 409 naming the field', async () => {
    const issue = await createIssue({ audienceFrozenAt: new Date().toISOString(), status: 'sending', translations: [english] })
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, {
      body: { translations: [{ ...english, title: 'Other news' }] },
      token: f.editor.token,
    })
    expect([response.status, response.body.errors?.[0]?.path]).toEqual([409, 'translations'])
  })

  it('should freeze one email per language, each with its own subject', async () => {
    const issue = await createIssue({ translations: [english] })
    const sent = await api.rest('POST', `/newsletter-issues/${issue.id}/send`, { body: {}, token: f.editor.token })
    expect(sent.status).toBe(200)
    const stored = (await t.payload.findByID({ collection: 'newsletter-issues', id: issue.id })) as unknown as {
      compiled: Record<string, { language: string; subject: string }>
    }
    const subjects = Object.values(stored.compiled).map(({ language, subject }) => [language, subject])
    expect(subjects.sort()).toEqual([
      ['en', english.title],
      ['fr', french.title],
    ])
  })
})

describe('the build of an issue', () => {
  it('should give a built issue a subject in the programme’s language and one in English', async () => {
    const calendar = await t.payload.create({
      collection: 'editorial-calendars',
      data: {
        cadences: [{ kind: 'newsletter', label: 'Quotidienne', rrule: 'FREQ=DAILY;BYHOUR=12;BYMINUTE=0;BYSECOND=0', startsOn: new Date().toISOString().slice(0, 10) }],
        name: 'Langues',
        timeZone: 'Europe/Paris',
      } as never,
    })
    // Something never sent yet, for the build to have something new.
    await t.payload.create({
      collection: 'content-items',
      data: { _status: 'published', network: f.networkA.id, stage: 'approved', submittedBy: f.editor.id, title: 'Nouveau contenu' } as never,
    })
    const response = await api.rest('POST', '/newsletter-issues/build', { body: { calendar: calendar.id }, token: f.editor.token })
    const stored = (await t.payload.findByID({ collection: 'newsletter-issues', id: response.body.doc.id })) as unknown as {
      title: string
      translations: { language: string; title: string }[]
    }
    expect(stored.title).toMatch(/^Newsletter des ambassadeurs · \d\d\/\d\d\/\d{4}$/)
    expect(stored.translations).toEqual([expect.objectContaining({ language: 'en', title: stored.title.replace('Newsletter des ambassadeurs', 'Ambassador newsletter') })])
  })
})
