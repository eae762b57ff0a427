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

const locks = 'payload-locked-documents'

/** The fields or parameters an answer in INTERFACE.md's error shape names. */
const pathsOf = (body: unknown) => ((body as { errors?: { path: string }[] }).errors ?? []).map((error) => error.path)

beforeAll(async () => {
  t = await initTestPayload('move-stage')
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
})

afterAll(async () => {
  await t?.teardown()
})

const newSuggestion = () =>
  t.payload.create({
    collection: 'content-items',
    data: { network: f.networkA.id, stage: 'suggested', submittedBy: f.referentA.id, title: 'À décider' } as never,
  })

const locksOn = async (id: number | string) =>
  (
    await t.payload.db.find({
      collection: locks,
      limit: 0,
      pagination: false,
      where: { 'document.value': { equals: id } },
    })
  ).docs.length

describe('POST /api/content-items/:id/move', () => {
  it("should apply a network editor's decision at once and release their edit lock", async () => {
    const item = await newSuggestion()
    await t.payload.db.create({
      collection: locks,
      data: { document: { relationTo: 'content-items', value: item.id }, user: { relationTo: 'users', value: f.editor.id } },
    })
    const response = await api.rest('POST', `/content-items/${item.id}/move`, {
      body: { stage: 'in-review' },
      token: f.editor.token,
    })
    const stored = await t.payload.findByID({ collection: 'content-items', draft: true, id: item.id })
    expect([response.status, response.body.doc?.stage, stored.stage, await locksOn(item.id)]).toEqual([
      200,
      'in-review',
      'in-review',
      0,
    ])
    await t.payload.delete({ collection: 'content-items', id: item.id })
  })

  it('should refuse a move the workflow does not allow, on stage, and keep the stage', async () => {
    const item = await newSuggestion()
    const response = await api.rest('POST', `/content-items/${item.id}/move`, {
      body: { stage: 'approved' },
      token: f.referentA.token,
    })
    const stored = await t.payload.findByID({ collection: 'content-items', draft: true, id: item.id })
    expect([response.status, pathsOf(response.body), stored.stage]).toEqual([
      400,
      ['stage'],
      'suggested',
    ])
    await t.payload.delete({ collection: 'content-items', id: item.id })
  })

  it('should ask for the comment before changes are requested', async () => {
    const item = await newSuggestion()
    await api.rest('POST', `/content-items/${item.id}/move`, { body: { stage: 'in-review' }, token: f.editor.token })
    const response = await api.rest('POST', `/content-items/${item.id}/move`, {
      body: { stage: 'changes-requested' },
      token: f.editor.token,
    })
    expect([response.status, pathsOf(response.body)]).toEqual([400, ['stageComment']])
    await t.payload.delete({ collection: 'content-items', id: item.id })
  })

  it('should answer 404 on id for an id that cannot exist', async () => {
    const response = await api.rest('POST', '/content-items/99999999999999999999/move', {
      body: { stage: 'in-review' },
      token: f.editor.token,
    })
    expect([response.status, pathsOf(response.body)]).toEqual([404, ['id']])
  })

  it('should answer 401 to someone signed out', async () => {
    const response = await api.rest('POST', `/content-items/${f.itemA.id}/move`, { body: { stage: 'in-review' } })
    expect(response.status).toBe(401)
  })
})
