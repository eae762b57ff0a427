import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures, TestUser } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

type RoleName = 'admin' | 'anonymous' | 'editor' | 'referentA'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures

beforeAll(async () => {
  t = await initTestPayload('access')
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
})

afterAll(async () => {
  await t?.teardown()
})

const userOf = (role: RoleName): TestUser | undefined =>
  role === 'anonymous' ? undefined : f[role]

const graphqlNames: Record<string, string> = {
  ambassadors: 'Ambassadors',
  'content-items': 'ContentItems',
  'editorial-calendars': 'EditorialCalendars',
  'engagement-events': 'EngagementEvents',
  'newsletter-deliveries': 'NewsletterDeliveries',
  'newsletter-issues': 'NewsletterIssues',
  'referent-networks': 'ReferentNetworks',
  themes: 'Themes',
  users: 'Users',
}

/** Who may list each collection (read access). */
const readers: Record<string, RoleName[]> = {
  ambassadors: ['admin', 'editor'],
  'content-items': ['admin', 'editor', 'referentA'],
  'editorial-calendars': ['admin', 'editor', 'referentA'],
  'engagement-events': ['admin', 'editor'],
  'newsletter-deliveries': ['admin', 'editor'],
  'newsletter-issues': ['admin', 'editor'],
  'referent-networks': ['admin', 'editor', 'referentA'],
  themes: ['admin', 'editor', 'referentA'],
  users: ['admin', 'editor', 'referentA'],
}
const roles: RoleName[] = ['anonymous', 'referentA', 'editor', 'admin']
const readCases = Object.entries(readers).flatMap(([collection, allowed]) =>
  roles.map((role) => ({ allowed: allowed.includes(role), collection, role })),
)
const allowedReads = readCases.filter((c) => c.allowed)
const deniedReads = readCases.filter((c) => !c.allowed)

describe('read access, for every role and collection, on three transports', () => {
  it.each(allowedReads)('should let $role list $collection (Local API)', async ({ collection, role }) => {
    const user = await t.payload.findByID({ collection: 'users', id: userOf(role)!.id })
    const result = await t.payload.find({ collection, overrideAccess: false, user })
    expect(result.totalDocs).toBeGreaterThan(0)
  })

  it.each(deniedReads)('should refuse $role listing $collection (Local API)', async ({ collection, role }) => {
    const user = role === 'anonymous' ? undefined : await t.payload.findByID({ collection: 'users', id: userOf(role)!.id })
    await expect(t.payload.find({ collection, overrideAccess: false, user })).rejects.toMatchObject({
      name: 'Forbidden',
      status: 403,
    })
  })

  it.each(allowedReads)('should let $role list $collection (REST)', async ({ collection, role }) => {
    const response = await api.rest('GET', `/${collection}`, { token: userOf(role)?.token })
    expect(response.status).toBe(200)
    expect(response.body.docs.length).toBeGreaterThan(0)
  })

  it.each(deniedReads)('should refuse $role listing $collection (REST)', async ({ collection, role }) => {
    const response = await api.rest('GET', `/${collection}`, { token: userOf(role)?.token })
    expect(response.status).toBe(403)
    expect(response.body.docs).toBeUndefined()
  })

  it.each(allowedReads)('should let $role list $collection (GraphQL)', async ({ collection, role }) => {
    const name = graphqlNames[collection]
    const response = await api.gql(`{ ${name} { docs { id } } }`, { token: userOf(role)?.token })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data?.[name!].docs.length).toBeGreaterThan(0)
  })

  it.each(deniedReads)('should refuse $role listing $collection (GraphQL)', async ({ collection, role }) => {
    const name = graphqlNames[collection]
    const response = await api.gql(`{ ${name} { docs { id } } }`, { token: userOf(role)?.token })
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { name: 'Forbidden', statusCode: 403 } })
    expect(response.body.data?.[name!]).toBeFalsy()
  })
})

type StaffRole = 'admin' | 'editor'

/** An ambassador of the test's own, with a genuine consent, written as the plugin writes it. */
const newAmbassador = async (status: string, email: string) =>
  t.payload.create({
    collection: 'ambassadors',
    context: { ambassadorsEngagementRecorded: true },
    data: { consent: { at: '2026-09-07T08:00:00.000Z', noticeVersion: '2026-09', source: 'form' }, email, status } as never,
  })

const readAmbassador = async (id: number | string) =>
  (await t.payload.findByID({ collection: 'ambassadors', depth: 0, id })) as unknown as {
    consent: { at: string; source: string }
    frequency: string
    status: string
  }

const eventCount = async (id: number | string) =>
  (await t.payload.count({ collection: 'engagement-events', where: { ambassador: { equals: id } } })).totalDocs

const staffUser = async (role: StaffRole) => t.payload.findByID({ collection: 'users', id: f[role].id })

/** The `path` of each error of a refused write: REST names it in `errors[i].path`, GraphQL in its extensions. */
const restPaths = (body: { errors?: { path?: string }[] }) => (body.errors ?? []).map((error) => error.path)
const gqlPaths = (body: { errors?: { extensions?: { data?: { errors?: { path: string }[] } } }[] }) =>
  (body.errors ?? []).flatMap((error) => error.extensions?.data?.errors?.map((entry) => entry.path) ?? [])

const staffRoles: StaffRole[] = ['editor', 'admin']

/** Writes a person may not make to an ambassador, and the field each refusal names. */
const consentRewrites = [
  { before: 'unsubscribed', data: { status: 'active' }, gql: 'status: active', name: 're-subscribe an unsubscribed ambassador', path: 'status' },
  { before: 'pending', data: { status: 'active' }, gql: 'status: active', name: 'activate a pending ambassador', path: 'status' },
  { before: 'bounced', data: { status: 'active' }, gql: 'status: active', name: 'activate a bounced ambassador', path: 'status' },
  { before: 'active', data: { status: 'unsubscribed' }, gql: 'status: unsubscribed', name: 'unsubscribe an ambassador', path: 'status' },
  {
    before: 'active',
    data: { consent: { at: '2020-01-01T00:00:00.000Z' } },
    gql: 'consent: { at: "2020-01-01T00:00:00.000Z" }',
    name: 'backdate the consent',
    path: 'consent.at',
  },
  { before: 'active', data: { consent: { source: 'import' } }, gql: 'consent: { source: import }', name: 'change how consent was given', path: 'consent.source' },
  { before: 'active', data: { frequency: 'monthly' }, gql: 'frequency: monthly', name: 'change the frequency the ambassador chose', path: 'frequency' },
]
const rewriteCases = staffRoles.flatMap((role) => consentRewrites.map((rewrite) => ({ ...rewrite, role })))

describe('consent is written only by the ambassador and the plugin', () => {
  let count = 0
  const created: (number | string)[] = []
  const ambassadorFor = async (status: string) => {
    count += 1
    const doc = await newAmbassador(status, `consent.${count}@test.example`)
    created.push(doc.id)
    return doc
  }

  afterEach(async () => {
    await t.payload.delete({ collection: 'engagement-events', where: { ambassador: { in: created } } })
    await t.payload.delete({ collection: 'ambassadors', where: { id: { in: created.splice(0) } } })
  })

  it.each(rewriteCases)('should refuse $role a REST PATCH to $name with 403 naming $path', async ({ before, data, path, role }) => {
    const ambassador = await ambassadorFor(before)
    const response = await api.rest('PATCH', `/ambassadors/${ambassador.id}`, { body: data, token: f[role].token })

    expect([response.status, restPaths(response.body)]).toEqual([403, [path]])
    const after = await readAmbassador(ambassador.id)
    expect([after.status, after.consent.at, after.frequency, await eventCount(ambassador.id)]).toEqual([before, '2026-09-07T08:00:00.000Z', 'twice-monthly', 0])
  })

  it.each(rewriteCases)('should refuse $role a GraphQL update to $name with 403 naming $path', async ({ before, gql, path, role }) => {
    const ambassador = await ambassadorFor(before)
    const response = await api.gql(`mutation { updateAmbassador(id: ${ambassador.id}, data: { ${gql} }) { id status } }`, {
      token: f[role].token,
    })

    expect(response.body.errors?.[0]?.extensions).toMatchObject({ statusCode: 403 })
    expect(gqlPaths(response.body)).toEqual([path])
    const after = await readAmbassador(ambassador.id)
    expect([after.status, after.consent.at, after.frequency, await eventCount(ambassador.id)]).toEqual([before, '2026-09-07T08:00:00.000Z', 'twice-monthly', 0])
  })

  it.each(rewriteCases)('should refuse $role a Local API update (overrideAccess: false) to $name', async ({ before, data, path, role }) => {
    const ambassador = await ambassadorFor(before)
    const attempt = t.payload.update({ collection: 'ambassadors', data: data as never, id: ambassador.id, overrideAccess: false, user: await staffUser(role) })

    await expect(attempt).rejects.toMatchObject({ data: { errors: [{ path }] }, status: 403 })
    expect([(await readAmbassador(ambassador.id)).status, await eventCount(ambassador.id)]).toEqual([before, 0])
  })

  it.each(staffRoles)('should refuse %s creating an active ambassador, with 403 naming status (REST)', async (role) => {
    const response = await api.rest('POST', '/ambassadors', { body: { email: `forged.${role}@test.example`, status: 'active' }, token: f[role].token })

    expect([response.status, restPaths(response.body)]).toEqual([403, ['status']])
    expect((await t.payload.count({ collection: 'ambassadors', where: { email: { equals: `forged.${role}@test.example` } } })).totalDocs).toBe(0)
  })

  it.each(staffRoles)('should refuse %s creating an ambassador with a consent of their own making (GraphQL)', async (role) => {
    const response = await api.gql(
      `mutation { createAmbassador(data: { email: "forged.${role}@test.example", language: fr, frequency: monthly, status: pending, consent: { at: "2020-01-01T00:00:00.000Z", source: form } }) { id } }`,
      { token: f[role].token },
    )

    expect(response.body.errors?.[0]?.extensions).toMatchObject({ statusCode: 403 })
    expect(gqlPaths(response.body)).toEqual(['consent.at'])
  })

  it.each(staffRoles)('should let %s add a pending ambassador and edit their name, networks and themes (REST)', async (role) => {
    const response = await api.rest('POST', '/ambassadors', { body: { email: `new.${role}@test.example`, firstName: 'Léa' }, token: f[role].token })
    created.push(response.body.doc?.id)
    const edit = await api.rest('PATCH', `/ambassadors/${response.body.doc?.id}`, {
      body: { lastName: 'Durand', regionNetwork: f.networkB.id, themes: [f.theme.id] },
      token: f[role].token,
    })

    expect([response.status, response.body.doc?.status, response.body.doc?.consent?.at ?? null]).toEqual([201, 'pending', null])
    expect([edit.status, edit.body.doc?.lastName]).toEqual([200, 'Durand'])
  })

  it.each(staffRoles)('should let %s mark an active ambassador bounced (REST)', async (role) => {
    const ambassador = await ambassadorFor('active')
    const response = await api.rest('PATCH', `/ambassadors/${ambassador.id}`, { body: { status: 'bounced' }, token: f[role].token })

    expect([response.status, response.body.doc?.status]).toEqual([200, 'bounced'])
  })

  it.each(staffRoles)('should let %s save the ambassador as the admin form sends it, consent unchanged (REST)', async (role) => {
    const ambassador = await ambassadorFor('unsubscribed')
    const stored = await readAmbassador(ambassador.id)
    const response = await api.rest('PATCH', `/ambassadors/${ambassador.id}`, { body: { ...stored, firstName: 'Jo' }, token: f[role].token })

    expect([response.status, response.body.doc?.status, response.body.doc?.consent?.at]).toEqual([200, 'unsubscribed', stored.consent.at])
  })
})

describe('engagement events are written only by the plugin', () => {
  const forgedOptIn = (ambassador: number | string) => ({
    ambassador,
    at: '2020-01-01T00:00:00.000Z',
    details: { status: ['pending', 'active'] },
    source: 'email-link',
    type: 'opt-in',
  })

  it.each(staffRoles)('should refuse %s posting an opt-in event (REST)', async (role) => {
    const before = await eventCount(f.ambassador.id)
    const response = await api.rest('POST', '/engagement-events', { body: forgedOptIn(f.ambassador.id), token: f[role].token })

    expect([response.status, await eventCount(f.ambassador.id)]).toEqual([403, before])
  })

  it.each(staffRoles)('should refuse %s creating an opt-in event (GraphQL)', async (role) => {
    const response = await api.gql(
      `mutation { createEngagementEvent(data: { ambassador: ${f.ambassador.id}, type: opt_in, source: email_link, at: "2020-01-01T00:00:00.000Z" }) { id } }`,
      { token: f[role].token },
    )

    expect(response.body.errors?.[0]).toMatchObject({ extensions: { name: 'Forbidden', statusCode: 403 } })
  })

  it.each(staffRoles)('should refuse %s creating an opt-in event (Local API, overrideAccess: false)', async (role) => {
    const attempt = t.payload.create({ collection: 'engagement-events', data: forgedOptIn(f.ambassador.id) as never, overrideAccess: false, user: await staffUser(role) })

    await expect(attempt).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
  })

  it.each(staffRoles)('should refuse %s editing or deleting an event (REST)', async (role) => {
    const edit = await api.rest('PATCH', `/engagement-events/${f.event.id}`, { body: { at: '2020-01-01T00:00:00.000Z' }, token: f[role].token })
    const remove = await api.rest('DELETE', `/engagement-events/${f.event.id}`, { token: f[role].token })

    expect([edit.status, remove.status]).toEqual([403, 403])
    expect((await t.payload.findByID({ collection: 'engagement-events', id: f.event.id })).at).toBe(f.event.at)
  })

  it.each(staffRoles)('should refuse %s deleting an event (GraphQL)', async (role) => {
    const response = await api.gql(`mutation { deleteEngagementEvent(id: ${f.event.id}) { id } }`, { token: f[role].token })

    expect(response.body.errors?.[0]).toMatchObject({ extensions: { name: 'Forbidden', statusCode: 403 } })
  })
})
