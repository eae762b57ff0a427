import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { TestUser } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { createApiClient } from '../helpers/createApiClient.ts'
import { fieldErrors } from '../helpers/fieldErrors.ts'
import { createSignedInUser } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

let t: TestPayload
let api: ApiClient
let editor: TestUser
let admin: TestUser

beforeAll(async () => {
  t = await initTestPayload('validation')
  api = createApiClient(t.config)
  admin = await createSignedInUser(t.payload, 'admin@test.example', ['admin'])
  editor = await createSignedInUser(t.payload, 'editor@test.example', ['editor'])
  await t.payload.create({
    collection: 'ambassadors',
    data: { email: 'claire.martin@test.example' } as never,
  })
})

afterAll(async () => {
  await t?.teardown()
})

const longText = (length: number) => 'é'.repeat(length)

type BadInput = {
  collection: string
  data: Record<string, unknown>
  en: RegExp
  fr: RegExp
  name: string
  path: string
}

const badInputs: BadInput[] = [
  {
    collection: 'ambassadors',
    data: { email: 'pas-une-adresse' },
    en: /valid email/i,
    fr: /adresse e-mail/i,
    name: 'a malformed email',
    path: 'email',
  },
  {
    collection: 'ambassadors',
    data: { email: '  Claire.MARTIN@Test.Example ' },
    en: /already has this email/i,
    fr: /a déjà cette adresse/i,
    name: 'a duplicate email differing only in case',
    path: 'email',
  },
  {
    collection: 'content-items',
    data: { link: 'javascript:alert(1)', title: 'Lien piégé' },
    en: /http:\/\/ or https:\/\//,
    fr: /http:\/\/ ou https:\/\//,
    name: 'a non-http(s) link',
    path: 'link',
  },
  {
    collection: 'content-items',
    data: { shareTexts: [{ network: 'x', text: longText(281) }], title: 'Trop long' },
    en: /X accepts at most 280 characters; this text has 281/,
    fr: /X accepte au plus 280 caractères ; ce texte en compte 281/,
    name: 'a share text over its network limit',
    path: 'shareTexts.0.text',
  },
  {
    collection: 'content-items',
    data: { title: 'Dates inversées', validFrom: '2026-12-10', validUntil: '2026-12-01' },
    en: /end must be on or after the start/i,
    fr: /fin doit être égale ou postérieure au début/i,
    name: 'a validity that ends before it starts',
    path: 'validUntil',
  },
  {
    collection: 'editorial-calendars',
    data: { cadences: [{ kind: 'newsletter', label: 'Newsletter', rrule: 'FREQ=SOMETIMES' }], name: 'Cal' },
    en: /recurrence rule \(RRULE\) is not valid/i,
    fr: /règle de récurrence \(RRULE\) n'est pas valide/i,
    name: 'an invalid RRULE',
    path: 'cadences.0.rrule',
  },
  {
    collection: 'editorial-calendars',
    data: { cadences: [{ kind: 'other', label: 'Trop', rrule: 'FREQ=HOURLY' }], name: 'Cal' },
    en: /at most daily/i,
    fr: /au plus une fois par jour/i,
    name: 'a cadence more frequent than daily',
    path: 'cadences.0.rrule',
  },
  {
    collection: 'editorial-calendars',
    data: {
      deadPeriods: [{ end: '2027-08-01', name: 'Août', policy: 'pause', start: '2027-08-31' }],
      name: 'Cal',
    },
    en: /end must be on or after the start/i,
    fr: /fin doit être égale ou postérieure au début/i,
    name: 'a dead period that ends before it starts',
    path: 'deadPeriods.0.end',
  },
  {
    collection: 'editorial-calendars',
    data: { name: 'Cal', timeZone: 'Europe/Lyon' },
    en: /Unknown time zone/,
    fr: /Fuseau horaire inconnu/,
    name: 'an unknown time zone',
    path: 'timeZone',
  },
  {
    collection: 'themes',
    data: { color: 'bleu', name: 'Couleur' },
    en: /#RRGGBB/,
    fr: /#RRVVBB/,
    name: 'a colour that is not #RRGGBB',
    path: 'color',
  },
]

describe('bad input over REST', () => {
  it.each(badInputs)(
    'should answer 400 naming the field for $name, in English, and write nothing',
    async ({ collection, data, en, path }) => {
      const before = await t.payload.count({ collection })
      const response = await api.rest('POST', `/${collection}`, { body: data, language: 'en', token: editor.token })
      expect(response.status).toBe(400)
      const error = fieldErrors(response.body).find((e) => e.path === path)
      expect(error?.message).toMatch(en)
      expect((await t.payload.count({ collection })).totalDocs).toBe(before.totalDocs)
    },
  )

  it.each(badInputs)('should explain $name in French', async ({ collection, data, fr, path }) => {
    const response = await api.rest('POST', `/${collection}`, { body: data, language: 'fr', token: editor.token })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).find((e) => e.path === path)?.message).toMatch(fr)
  })

  it('should store an ambassador email trimmed and lowercased', async () => {
    const response = await api.rest('POST', '/ambassadors', {
      body: { email: '  Jean.DUPONT@Test.Example ' },
      token: editor.token,
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.email).toBe('jean.dupont@test.example')
    await t.payload.delete({ collection: 'ambassadors', id: response.body.doc.id })
  })

  it('should refuse a theme that would become its own ancestor', async () => {
    const parent = await t.payload.create({ collection: 'themes', data: { name: 'Parent' } as never })
    const child = await t.payload.create({
      collection: 'themes',
      data: { name: 'Enfant', parent: parent.id } as never,
    })
    const response = await api.rest('PATCH', `/themes/${parent.id}`, {
      body: { parent: child.id },
      token: editor.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((e) => e.path)).toContain('parent')
    await t.payload.delete({ collection: 'themes', where: { id: { in: [child.id, parent.id] } } })
  })

  it('should refuse a referent network member who is not a referent', async () => {
    const response = await api.rest('POST', '/referent-networks', {
      body: { kind: 'region', members: [editor.id], name: 'Bretagne' },
      language: 'fr',
      token: admin.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/rôle référent/), path: 'members' }),
    )
  })

  it('should refuse a user with no role', async () => {
    const response = await api.rest('POST', '/users', {
      body: { email: 'sans.role@test.example', password: 'secret-secret', roles: [] },
      token: admin.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((e) => e.path)).toContain('roles')
  })

  it('should answer 400, not 500, to a malformed JSON body', async () => {
    const response = await api.rest('POST', '/content-items', { body: '{"title": ', token: editor.token })
    expect(response.status).toBe(400)
  })

  it('should answer 400, not 500, to a create with no body', async () => {
    const response = await api.rest('POST', '/content-items', { token: editor.token })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((e) => e.path)).toContain('title')
  })
})
