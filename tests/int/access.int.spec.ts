import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
