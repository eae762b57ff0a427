import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures, TestUser } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures
/** Referent A's suggestion and referent B's, each taken to approval by the editor through the admin's buttons. */
let ownItem: { id: number | string }
let otherItem: { id: number | string }

const comment = 'Ajoutez une photo du stand, merci !'

const decide = async (editor: TestUser, id: number | string, stage: string, stageComment?: string) => {
  const response = await api.rest('POST', `/content-items/${id}/move`, {
    body: { comment: stageComment, stage },
    token: editor.token,
  })
  expect(response.status).toBe(200)
}

/** Submitted by the referent over REST, then reviewed, sent back with a comment, resubmitted and approved. */
const walkToApproval = async (referent: TestUser, title: string) => {
  const submitted = await api.rest('POST', '/content-items', { body: { title }, token: referent.token })
  const id = submitted.body.doc.id
  await decide(f.editor, id, 'in-review')
  await decide(f.editor, id, 'changes-requested', comment)
  await decide(referent, id, 'suggested')
  await decide(f.editor, id, 'in-review')
  await decide(f.editor, id, 'approved')
  return { id }
}

const entryIdsOf = async (id: number | string) =>
  (
    await t.payload.find({ collection: 'content-activities', pagination: false, where: { contentItem: { equals: id } } })
  ).docs
    .map((entry) => entry.id)
    .sort()

const idsIn = (docs: { id: number | string }[] | undefined) => (docs ?? []).map((doc) => doc.id).sort()

const userDoc = (id: number | string) => t.payload.findByID({ collection: 'users', id })

beforeAll(async () => {
  t = await initTestPayload('item-history')
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
  ownItem = await walkToApproval(f.referentA, 'Salon Energaïa : nos équipes présentes')
  otherItem = await walkToApproval(f.referentB, 'Portes ouvertes à Nantes')
})

afterAll(async () => {
  await t?.teardown()
})

describe("a referent and their own item's history", () => {
  it('should have six entries to read, whoever acted', async () => {
    expect(await entryIdsOf(ownItem.id)).toHaveLength(6)
  })

  it('should read every entry, the editor’s decisions and comment included (REST)', async () => {
    const response = await api.rest('GET', `/content-activities?where[contentItem][equals]=${ownItem.id}&limit=100`, {
      token: f.referentA.token,
    })
    expect(idsIn(response.body.docs)).toEqual(await entryIdsOf(ownItem.id))
    expect(response.body.docs.map((entry: { comment?: string }) => entry.comment)).toContain(comment)
  })

  it('should read every entry (GraphQL)', async () => {
    const response = await api.gql(
      `{ ContentActivities(where: { contentItem: { equals: ${ownItem.id} } }, limit: 100) { docs { id comment } } }`,
      { token: f.referentA.token },
    )
    expect(idsIn(response.body.data?.ContentActivities?.docs)).toEqual(await entryIdsOf(ownItem.id))
  })

  it('should read every entry (Local API)', async () => {
    const { docs } = await t.payload.find({
      collection: 'content-activities',
      overrideAccess: false,
      pagination: false,
      user: await userDoc(f.referentA.id),
      where: { contentItem: { equals: ownItem.id } },
    })
    expect(idsIn(docs)).toEqual(await entryIdsOf(ownItem.id))
  })

  it('should see every entry in the item’s history field, as the admin shows it (REST)', async () => {
    const response = await api.rest('GET', `/content-items/${ownItem.id}?depth=0`, { token: f.referentA.token })
    expect([...(response.body.activity?.docs ?? [])].sort()).toEqual(await entryIdsOf(ownItem.id))
  })
})

describe("a referent and another network's item history", () => {
  it('should read none of its entries (REST)', async () => {
    const response = await api.rest('GET', `/content-activities?where[contentItem][equals]=${otherItem.id}`, {
      token: f.referentA.token,
    })
    expect([response.status, response.body.docs]).toEqual([200, []])
  })

  it('should read none of its entries (GraphQL)', async () => {
    const response = await api.gql(
      `{ ContentActivities(where: { contentItem: { equals: ${otherItem.id} } }) { docs { id } } }`,
      { token: f.referentA.token },
    )
    expect(response.body.data?.ContentActivities?.docs).toEqual([])
  })

  it('should read none of its entries (Local API)', async () => {
    const { docs } = await t.payload.find({
      collection: 'content-activities',
      overrideAccess: false,
      user: await userDoc(f.referentA.id),
      where: { contentItem: { equals: otherItem.id } },
    })
    expect(docs).toEqual([])
  })

  it('should not read one of its entries by id (REST)', async () => {
    const [entryId] = await entryIdsOf(otherItem.id)
    const response = await api.rest('GET', `/content-activities/${entryId}`, { token: f.referentA.token })
    expect(response.status).toBe(404)
  })
})

describe('the history of an item moved to another network', () => {
  it("should follow the item: the new network's referent reads it, the old one's no longer (REST)", async () => {
    const item = await t.payload.create({
      collection: 'content-items',
      data: { network: f.networkA.id, stage: 'suggested', submittedBy: f.editor.id, title: 'Change de région' } as never,
    })
    await t.payload.update({ collection: 'content-items', data: { network: f.networkB.id } as never, id: item.id })
    const path = `/content-activities?where[contentItem][equals]=${item.id}`
    const [newNetwork, oldNetwork] = await Promise.all([
      api.rest('GET', path, { token: f.referentB.token }),
      api.rest('GET', path, { token: f.referentA.token }),
    ])
    expect([idsIn(newNetwork.body.docs), oldNetwork.body.docs]).toEqual([await entryIdsOf(item.id), []])
    await t.payload.delete({ collection: 'content-items', id: item.id })
  })
})
