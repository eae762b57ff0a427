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

beforeAll(async () => {
  t = await initTestPayload('referents')
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
})

afterAll(async () => {
  await t?.teardown()
})

const userDoc = (id: number | string) => t.payload.findByID({ collection: 'users', id })

describe("a referent and another network's suggestion", () => {
  it('should not find it in their list (REST)', async () => {
    const response = await api.rest('GET', '/content-items?draft=true&limit=100', { token: f.referentA.token })
    const ids = response.body.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toContain(f.itemA.id)
    expect(ids).not.toContain(f.itemB.id)
  })

  it('should not read it by id (REST, draft)', async () => {
    const response = await api.rest('GET', `/content-items/${f.itemB.id}?draft=true`, { token: f.referentA.token })
    expect(response.status).toBe(404)
  })

  it('should not read it by id (Local API)', async () => {
    const user = await userDoc(f.referentA.id)
    await expect(
      t.payload.findByID({ collection: 'content-items', draft: true, id: f.itemB.id, overrideAccess: false, user }),
    ).rejects.toMatchObject({ name: 'NotFound', status: 404 })
  })

  it('should not read it by id (GraphQL)', async () => {
    const response = await api.gql(`{ ContentItem(id: ${f.itemB.id}, draft: true) { id title } }`, {
      token: f.referentA.token,
    })
    expect(response.body.data?.ContentItem).toBeFalsy()
  })

  it('should not update it with PATCH by id on the draft (REST)', async () => {
    const response = await api.rest('PATCH', `/content-items/${f.itemB.id}?draft=true`, {
      body: { title: 'Piraté' },
      token: f.referentA.token,
    })
    expect(response.status).toBe(403)
    const stored = await t.payload.findByID({ collection: 'content-items', draft: true, id: f.itemB.id })
    expect(stored.title).toBe('Suggestion de la région B')
  })

  it('should not update it (GraphQL)', async () => {
    const response = await api.gql(
      `mutation { updateContentItem(id: ${f.itemB.id}, draft: true, data: { title: "Piraté" }) { id } }`,
      { token: f.referentA.token },
    )
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { name: 'Forbidden', statusCode: 403 } })
    const stored = await t.payload.findByID({ collection: 'content-items', draft: true, id: f.itemB.id })
    expect(stored.title).toBe('Suggestion de la région B')
  })

  it('should not update it (Local API)', async () => {
    const user = await userDoc(f.referentA.id)
    await expect(
      t.payload.update({
        collection: 'content-items',
        data: { title: 'Piraté' } as never,
        draft: true,
        id: f.itemB.id,
        overrideAccess: false,
        user,
      }),
    ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
  })

  it('should not delete it (REST)', async () => {
    const response = await api.rest('DELETE', `/content-items/${f.itemB.id}`, { token: f.referentA.token })
    expect(response.status).toBe(403)
    expect((await t.payload.count({ collection: 'content-items', where: { id: { equals: f.itemB.id } } })).totalDocs).toBe(1)
  })

  it('should not duplicate it (REST)', async () => {
    const before = await t.payload.count({ collection: 'content-items' })
    const response = await api.rest('POST', `/content-items/${f.itemB.id}/duplicate`, { token: f.referentA.token })
    expect(response.status).toBe(403)
    expect((await t.payload.count({ collection: 'content-items' })).totalDocs).toBe(before.totalDocs)
  })

  it('should not list its versions (REST)', async () => {
    const response = await api.rest('GET', `/content-items/versions?where[parent][equals]=${f.itemB.id}`, {
      token: f.referentA.token,
    })
    expect(response.status).toBe(200)
    expect(response.body.docs).toHaveLength(0)
  })

  it('should not restore one of its versions (REST)', async () => {
    const { docs } = await t.payload.findVersions({ collection: 'content-items', where: { parent: { equals: f.itemB.id } } })
    const response = await api.rest('POST', `/content-items/versions/${docs[0]!.id}`, { token: f.referentA.token })
    expect(response.status).toBe(403)
  })
})

describe('a referent submitting', () => {
  it('should start as a suggestion they submitted, routed to the network editor, whatever they send', async () => {
    const response = await api.rest('POST', '/content-items', {
      body: { assignee: f.referentA.id, stage: 'approved', submittedBy: f.editor.id, title: 'Mon idée' },
      token: f.referentA.token,
    })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({ stage: 'suggested' })
    expect(response.body.doc.submittedBy.id ?? response.body.doc.submittedBy).toBe(f.referentA.id)
    expect(response.body.doc.network.id ?? response.body.doc.network).toBe(f.networkA.id)
    expect(response.body.doc.assignee.id).toBe(f.editor.id)
    await t.payload.delete({ collection: 'content-items', id: response.body.doc.id })
  })

  it("should be refused a network they are not a member of, naming the field", async () => {
    const before = await t.payload.count({ collection: 'content-items' })
    const response = await api.rest('POST', '/content-items', {
      body: { network: f.networkB.id, title: 'Ailleurs' },
      language: 'fr',
      token: f.referentA.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/dont vous êtes membre/), path: 'network' }),
    )
    expect((await t.payload.count({ collection: 'content-items' })).totalDocs).toBe(before.totalDocs)
  })

  it('should not move their own suggestion to approved', async () => {
    const response = await api.rest('PATCH', `/content-items/${f.itemA.id}`, {
      body: { stage: 'approved' },
      token: f.referentA.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toEqual(['stage'])
    const stored = await t.payload.findByID({ collection: 'content-items', draft: true, id: f.itemA.id })
    expect(stored.stage).not.toBe('approved')
  })

  it('should keep the stage when a draft save asks for another one', async () => {
    const response = await api.rest('PATCH', `/content-items/${f.itemA.id}?draft=true`, {
      body: { stage: 'approved' },
      token: f.referentA.token,
    })
    const stored = await t.payload.findByID({ collection: 'content-items', draft: true, id: f.itemA.id })
    expect([response.status, stored.stage]).toEqual([200, 'suggested'])
  })
})

describe("ambassadors' personal data and a referent", () => {
  it('should not be filterable through engagement events (REST)', async () => {
    const response = await api.rest('GET', '/engagement-events?where[ambassador.email][like]=claire', {
      token: f.referentA.token,
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).not.toContain('claire')
  })

  it('should not be reachable through deliveries at depth 2 (REST)', async () => {
    const response = await api.rest('GET', '/newsletter-deliveries?depth=2', { token: f.referentA.token })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).not.toContain('claire.martin')
  })

  it('should not be reachable through a nested GraphQL selection', async () => {
    const response = await api.gql('{ EngagementEvents { docs { ambassador { email } } } }', {
      token: f.referentA.token,
    })
    expect(JSON.stringify(response.body)).not.toContain('claire.martin')
  })

  it('should not be readable by id (Local API)', async () => {
    const user = await userDoc(f.referentA.id)
    await expect(
      t.payload.findByID({ collection: 'ambassadors', id: f.ambassador.id, overrideAccess: false, user }),
    ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
  })

  it('should be readable by an editor through a delivery', async () => {
    const response = await api.rest('GET', `/newsletter-deliveries/${f.delivery.id}?depth=1`, { token: f.editor.token })
    expect(response.body.ambassador.email).toBe('claire.martin@test.example')
  })
})

describe("Payload's jobs surface", () => {
  it.each([
    ['anonymous', undefined],
    ['a referent', 'referentA'],
    ['an editor', 'editor'],
  ] as const)('should refuse %s running the jobs queue over HTTP', async (_label, role) => {
    const response = await api.rest('GET', '/payload-jobs/run', { token: role ? f[role].token : undefined })
    // Payload's run endpoint answers 401 to anyone its access function turns away, signed in or not.
    expect(response.status).toBe(401)
  })

  it('should let an admin run the jobs queue over HTTP', async () => {
    const response = await api.rest('GET', '/payload-jobs/run', { token: f.admin.token })
    expect(response.status).toBe(200)
  })

  it.each(['editor', 'admin'] as const)('should not list payload-jobs documents for the %s', async (role) => {
    const response = await api.rest('GET', '/payload-jobs', { token: f[role].token })
    expect(response.status).toBe(403)
  })
})

describe('users and roles', () => {
  it('should not let a referent grant themselves the admin role', async () => {
    await api.rest('PATCH', `/users/${f.referentA.id}`, { body: { roles: ['admin'] }, token: f.referentA.token })
    const stored = await userDoc(f.referentA.id)
    expect(stored.roles).toEqual(['referent'])
  })

  it("should not let a referent change an editor's account", async () => {
    const response = await api.rest('PATCH', `/users/${f.editor.id}`, { body: { name: 'x' }, token: f.referentA.token })
    expect(response.status).toBe(403)
    expect((await userDoc(f.editor.id)).name).not.toBe('x')
  })

  it('should not let an editor create a user', async () => {
    const response = await api.rest('POST', '/users', {
      body: { email: 'new@test.example', password: 'secret-secret', roles: ['admin'] },
      token: f.editor.token,
    })
    expect(response.status).toBe(403)
  })
})
