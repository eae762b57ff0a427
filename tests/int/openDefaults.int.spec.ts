import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures, TestUser } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { createApiClient } from '../helpers/createApiClient.ts'
import { fieldErrors } from '../helpers/fieldErrors.ts'
import { createAccessFixtures, createSignedInUser } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures
/** An editor of network B only: reviews other networks than A. */
let editorB: TestUser

const locks = 'payload-locked-documents'

const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

beforeAll(async () => {
  t = await initTestPayload('open-defaults')
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
  editorB = await createSignedInUser(t.payload, 'editor.b@test.example', ['editor'])
  await t.payload.update({
    collection: 'referent-networks',
    data: { editors: [f.editor.id, editorB.id] } as never,
    id: f.networkB.id,
  })
  // Payload builds the GraphQL schema on the first GraphQL request.
  await api.gql('{ __typename }')
})

afterAll(async () => {
  await t?.teardown()
})

const userDoc = (payload: Payload, user: TestUser) => payload.findByID({ collection: 'users', id: user.id })

const asUser = (user: TestUser) => ({ relationTo: 'users', value: user.id })

/** A lock written as Payload's admin writes it: through the database adapter, no access involved. */
const lockAs = (user: TestUser, relationTo: string, id: number | string) =>
  t.payload.db.create({
    collection: locks,
    data: { document: { relationTo, value: id }, user: asUser(user) },
  }) as Promise<{ id: number | string }>

const removeLock = (id: number | string) =>
  t.payload.db.deleteOne({ collection: locks, where: { id: { equals: id } } })

const uploadAs = async (user: TestUser, alt: string) =>
  t.payload.create({
    collection: 'media',
    data: { alt } as never,
    file: { data: onePixelPng, mimetype: 'image/png', name: `${alt}.png`, size: onePixelPng.length },
    overrideAccess: false,
    user: await userDoc(t.payload, user),
  })

const suggestionIn = (network: { id: number | string }, submitter: TestUser, stage = 'suggested') =>
  t.payload.create({
    collection: 'content-items',
    data: { network: network.id, stage, submittedBy: submitter.id, title: `Item ${stage}` } as never,
  })

const removeItem = (id: number | string) => t.payload.delete({ collection: 'content-items', id })

describe('document locks (payload-locked-documents)', () => {
  it('should refuse a referent locking an ambassador (REST)', async () => {
    const response = await api.rest('POST', `/${locks}`, {
      body: { document: { relationTo: 'ambassadors', value: f.ambassador.id }, user: asUser(f.referentA) },
      token: f.referentA.token,
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/not allowed/i)
  })

  it("should refuse a referent locking another network's item in their own name (REST)", async () => {
    const response = await api.rest('POST', `/${locks}`, {
      body: { document: { relationTo: 'content-items', value: f.itemB.id }, user: asUser(f.referentA) },
      token: f.referentA.token,
    })
    expect(response.status).toBe(403)
  })

  it("should refuse a referent locking their own item in an editor's name (REST)", async () => {
    const response = await api.rest('POST', `/${locks}`, {
      body: { document: { relationTo: 'content-items', value: f.itemA.id }, user: asUser(f.editor) },
      token: f.referentA.token,
    })
    expect(response.status).toBe(403)
  })

  it('should let a referent lock their own editable suggestion in their own name (REST)', async () => {
    const response = await api.rest('POST', `/${locks}`, {
      body: { document: { relationTo: 'content-items', value: f.itemA.id }, user: asUser(f.referentA) },
      token: f.referentA.token,
    })
    expect(response.status).toBe(201)
    await removeLock(response.body.doc.id)
  })

  it('should refuse a referent locking an ambassador (GraphQL)', async () => {
    const response = await api.gql(
      `mutation { createPayloadLockedDocument(data: {
        document: { relationTo: ambassadors, value: ${f.ambassador.id} },
        user: { relationTo: users, value: ${f.referentA.id} }
      }) { id } }`,
      { token: f.referentA.token },
    )
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { name: 'Forbidden', statusCode: 403 } })
  })

  it("should refuse a referent locking an item in an editor's name (Local API)", async () => {
    await expect(
      t.payload.create({
        collection: locks,
        data: { document: { relationTo: 'content-items', value: f.itemA.id }, user: asUser(f.editor) } as never,
        overrideAccess: false,
        user: await userDoc(t.payload, f.referentA),
      }),
    ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
  })

  it('should list to a referent only the locks on documents they may read (REST)', async () => {
    const onOtherNetwork = await lockAs(f.editor, 'content-items', f.itemB.id)
    const onOwnNetwork = await lockAs(f.editor, 'content-items', f.approved.id)
    const onAmbassador = await lockAs(f.editor, 'ambassadors', f.ambassador.id)
    const response = await api.rest('GET', `/${locks}?depth=0`, { token: f.referentA.token })
    expect(response.status).toBe(200)
    expect(response.body.docs.map((lock: { id: number }) => lock.id)).toEqual([onOwnNetwork.id])
    await Promise.all([onOtherNetwork, onOwnNetwork, onAmbassador].map(({ id }) => removeLock(id)))
  })

  it('should list to a referent only the locks on documents they may read (GraphQL)', async () => {
    const onOtherNetwork = await lockAs(f.editor, 'content-items', f.itemB.id)
    const onOwnNetwork = await lockAs(f.editor, 'content-items', f.approved.id)
    const response = await api.gql('{ PayloadLockedDocuments { docs { id } } }', { token: f.referentA.token })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data?.PayloadLockedDocuments.docs.map((lock: { id: number }) => lock.id)).toEqual([
      onOwnNetwork.id,
    ])
    await Promise.all([onOtherNetwork, onOwnNetwork].map(({ id }) => removeLock(id)))
  })

  it("should not find another network's lock for a referent (Local API)", async () => {
    const onOtherNetwork = await lockAs(f.editor, 'content-items', f.itemB.id)
    const result = await t.payload.find({
      collection: locks,
      overrideAccess: false,
      user: await userDoc(t.payload, f.referentA),
    })
    expect(result.docs).toEqual([])
    await removeLock(onOtherNetwork.id)
  })

  it("should show an editor the referent's lock on the item they review, as the admin's lock check does", async () => {
    const lock = await lockAs(f.referentA, 'content-items', f.itemA.id)
    const result = await t.payload.find({
      collection: locks,
      overrideAccess: false,
      user: await userDoc(t.payload, f.editor),
      where: { 'document.value': { equals: f.itemA.id } },
    })
    expect(result.docs.map(({ id }) => id)).toEqual([lock.id])
    await removeLock(lock.id)
  })

  it("should refuse a referent deleting an editor's lock (REST)", async () => {
    const lock = await lockAs(f.editor, 'content-items', f.approved.id)
    const response = await api.rest('DELETE', `/${locks}/${lock.id}`, { token: f.referentA.token })
    expect(response.status).toBe(403)
    expect(await t.payload.count({ collection: locks, where: { id: { equals: lock.id } } })).toEqual({ totalDocs: 1 })
    await removeLock(lock.id)
  })

  it("should refuse a referent deleting an editor's lock (GraphQL)", async () => {
    const lock = await lockAs(f.editor, 'content-items', f.approved.id)
    const response = await api.gql(`mutation { deletePayloadLockedDocument(id: ${lock.id}) { id } }`, {
      token: f.referentA.token,
    })
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { name: 'Forbidden', statusCode: 403 } })
    await removeLock(lock.id)
  })

  it("should refuse a referent deleting an editor's lock (Local API)", async () => {
    const lock = await lockAs(f.editor, 'content-items', f.approved.id)
    await expect(
      t.payload.delete({ collection: locks, id: lock.id, overrideAccess: false, user: await userDoc(t.payload, f.referentA) }),
    ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
    await removeLock(lock.id)
  })

  it('should let a user delete their own lock, as the admin does on leaving a document (REST)', async () => {
    const lock = await lockAs(f.referentA, 'content-items', f.itemA.id)
    const response = await api.rest('DELETE', `/${locks}/${lock.id}`, { token: f.referentA.token })
    expect(response.status).toBe(200)
  })

  it("should let an admin delete anyone's lock (REST)", async () => {
    const lock = await lockAs(f.referentA, 'content-items', f.itemA.id)
    const response = await api.rest('DELETE', `/${locks}/${lock.id}`, { token: f.admin.token })
    expect(response.status).toBe(200)
  })

  it("should let an editor take over a referent's lock on an item they may update, as the admin's take-over does", async () => {
    const lock = await lockAs(f.referentA, 'content-items', f.itemA.id)
    const response = await api.rest('PATCH', `/${locks}/${lock.id}`, {
      body: { user: asUser(f.editor) },
      token: f.editor.token,
    })
    expect(response.status).toBe(200)
    await removeLock(lock.id)
  })

  it("should refuse a referent taking over a lock on another network's item (REST)", async () => {
    const lock = await lockAs(f.editor, 'content-items', f.itemB.id)
    const response = await api.rest('PATCH', `/${locks}/${lock.id}`, {
      body: { user: asUser(f.referentA) },
      token: f.referentA.token,
    })
    expect(response.status).toBe(403)
    await removeLock(lock.id)
  })
})

describe('the scheduler stats global (payload-jobs-stats)', () => {
  const editorsAndReferents = [
    ['editor', () => f.editor],
    ['referent', () => f.referentA],
  ] as const

  it.each(editorsAndReferents)('should refuse an %s reading it (REST)', async (_role, user) => {
    const response = await api.rest('GET', '/globals/payload-jobs-stats', { token: user().token })
    expect(response.status).toBe(403)
  })

  it.each(editorsAndReferents)('should refuse an %s updating it (REST)', async (_role, user) => {
    const response = await api.rest('POST', '/globals/payload-jobs-stats', {
      body: { stats: { forged: true } },
      token: user().token,
    })
    expect(response.status).toBe(403)
  })

  it('should refuse an editor updating it (GraphQL)', async () => {
    const response = await api.gql('mutation { updatePayloadJobsStat(data: { stats: { forged: true } }) { stats } }', {
      token: f.editor.token,
    })
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { name: 'Forbidden', statusCode: 403 } })
  })

  it('should refuse an editor updating it (Local API)', async () => {
    await expect(
      t.payload.updateGlobal({
        data: { stats: { forged: true } } as never,
        overrideAccess: false,
        slug: 'payload-jobs-stats',
        user: await userDoc(t.payload, f.editor),
      }),
    ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
  })

  it('should let an admin read it (REST)', async () => {
    const response = await api.rest('GET', '/globals/payload-jobs-stats', { token: f.admin.token })
    expect(response.status).toBe(200)
  })
})

describe('uploads (the media collection, with mediaAccess)', () => {
  it('should record the uploader, whatever the upload claims', async () => {
    const user = await userDoc(t.payload, f.referentB)
    const medium = await t.payload.create({
      collection: 'media',
      data: { alt: 'forged', uploadedBy: f.referentA.id } as never,
      file: { data: onePixelPng, mimetype: 'image/png', name: 'forged.png', size: onePixelPng.length },
      overrideAccess: false,
      user,
    })
    expect(medium.uploadedBy).toMatchObject({ id: f.referentB.id })
    await t.payload.delete({ collection: 'media', id: medium.id })
  })

  it("should refuse a referent renaming another's upload (REST)", async () => {
    const medium = await uploadAs(f.referentA, 'lyon')
    const response = await api.rest('PATCH', `/media/${medium.id}`, {
      body: { alt: 'renamed' },
      token: f.referentB.token,
    })
    expect(response.status).toBe(403)
    expect((await t.payload.findByID({ collection: 'media', id: medium.id })).alt).toBe('lyon')
    await t.payload.delete({ collection: 'media', id: medium.id })
  })

  it("should refuse a referent deleting another's upload (REST)", async () => {
    const medium = await uploadAs(f.referentA, 'lyon')
    const response = await api.rest('DELETE', `/media/${medium.id}`, { token: f.referentB.token })
    expect(response.status).toBe(403)
    await t.payload.delete({ collection: 'media', id: medium.id })
  })

  it("should refuse a referent deleting another's upload (GraphQL)", async () => {
    const medium = await uploadAs(f.referentA, 'lyon')
    const response = await api.gql(`mutation { deleteMedia(id: ${medium.id}) { id } }`, { token: f.referentB.token })
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { name: 'Forbidden', statusCode: 403 } })
    await t.payload.delete({ collection: 'media', id: medium.id })
  })

  it("should refuse a referent renaming another's upload (Local API)", async () => {
    const medium = await uploadAs(f.referentA, 'lyon')
    await expect(
      t.payload.update({
        collection: 'media',
        data: { alt: 'renamed' } as never,
        id: medium.id,
        overrideAccess: false,
        user: await userDoc(t.payload, f.referentB),
      }),
    ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
    await t.payload.delete({ collection: 'media', id: medium.id })
  })

  it('should refuse anyone rewriting the uploader (REST)', async () => {
    const medium = await uploadAs(f.referentA, 'lyon')
    const response = await api.rest('PATCH', `/media/${medium.id}`, {
      body: { uploadedBy: f.referentB.id },
      token: f.editor.token,
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.uploadedBy).toMatchObject({ id: f.referentA.id })
    await t.payload.delete({ collection: 'media', id: medium.id })
  })

  it('should let a referent rename their own upload (REST)', async () => {
    const medium = await uploadAs(f.referentA, 'lyon')
    const response = await api.rest('PATCH', `/media/${medium.id}`, {
      body: { alt: 'renamed' },
      token: f.referentA.token,
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.alt).toBe('renamed')
    await t.payload.delete({ collection: 'media', id: medium.id })
  })

  it("should let an editor delete a referent's upload (REST)", async () => {
    const medium = await uploadAs(f.referentA, 'lyon')
    const response = await api.rest('DELETE', `/media/${medium.id}`, { token: f.editor.token })
    expect(response.status).toBe(200)
  })

  it('should refuse an anonymous upload (REST)', async () => {
    const response = await api.rest('POST', '/media', { body: { alt: 'anonymous' } })
    expect(response.status).toBe(403)
  })

  it('should serve an uploaded image to a reader who is not signed in, as in an email', async () => {
    const medium = await uploadAs(f.referentA, 'email-image')
    const response = await api.rest('GET', `/media/file/${medium.filename}`)
    expect(response.status).toBe(200)
    await t.payload.delete({ collection: 'media', id: medium.id })
  })
})

describe("a content item's network never widens who may decide", () => {
  it('should refuse a referent clearing the network of their suggestion (REST)', async () => {
    const item = await suggestionIn(f.networkA, f.referentA)
    const response = await api.rest('PATCH', `/content-items/${item.id}`, {
      body: { network: null },
      token: f.referentA.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([
      { message: 'Your suggestions belong to one of your referent networks: choose one.', path: 'network' },
    ])
    await removeItem(item.id)
  })

  it('should refuse a referent clearing the network of their suggestion in a draft save (REST)', async () => {
    const item = await suggestionIn(f.networkA, f.referentA)
    const response = await api.rest('PATCH', `/content-items/${item.id}?draft=true`, {
      body: { network: null },
      token: f.referentA.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toContainEqual(expect.objectContaining({ path: 'network' }))
    await removeItem(item.id)
  })

  it('should refuse a referent moving their suggestion to a network not theirs (REST)', async () => {
    const item = await suggestionIn(f.networkA, f.referentA)
    const response = await api.rest('PATCH', `/content-items/${item.id}`, {
      body: { network: f.networkB.id },
      token: f.referentA.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([
      { message: 'You can only submit to a referent network you are a member of.', path: 'network' },
    ])
    await removeItem(item.id)
  })

  it('should refuse a referent clearing the network of their suggestion (GraphQL)', async () => {
    const item = await suggestionIn(f.networkA, f.referentA)
    const response = await api.gql(`mutation { updateContentItem(id: ${item.id}, data: { network: null }) { id } }`, {
      token: f.referentA.token,
    })
    expect(response.body.errors?.[0]).toMatchObject({
      extensions: { data: { errors: [expect.objectContaining({ path: 'network' })] }, statusCode: 400 },
    })
    await removeItem(item.id)
  })

  it('should refuse a referent clearing the network of their suggestion (Local API)', async () => {
    const item = await suggestionIn(f.networkA, f.referentA)
    await expect(
      t.payload.update({
        collection: 'content-items',
        data: { network: null } as never,
        id: item.id,
        overrideAccess: false,
        user: await userDoc(t.payload, f.referentA),
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'network' })] }, name: 'ValidationError' })
    await removeItem(item.id)
  })

  it("should refuse an editor of another network clearing an item's network and approving it (REST)", async () => {
    const item = await suggestionIn(f.networkA, f.referentA, 'in-review')
    const response = await api.rest('PATCH', `/content-items/${item.id}`, {
      body: { network: null, stage: 'approved' },
      token: editorB.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toContainEqual({
      message: 'Only an administrator can remove an item’s referent network: without one, every editor could decide on it.',
      path: 'network',
    })
    expect(await t.payload.findByID({ collection: 'content-items', id: item.id })).toMatchObject({
      network: { id: f.networkA.id },
      stage: 'in-review',
    })
    await removeItem(item.id)
  })

  it("should refuse an editor of another network clearing an item's network (GraphQL)", async () => {
    const item = await suggestionIn(f.networkA, f.referentA, 'in-review')
    const response = await api.gql(`mutation { updateContentItem(id: ${item.id}, data: { network: null }) { id } }`, {
      token: editorB.token,
    })
    expect(response.body.errors?.[0]).toMatchObject({
      extensions: { data: { errors: [expect.objectContaining({ path: 'network' })] }, statusCode: 400 },
    })
    await removeItem(item.id)
  })

  it('should refuse an editor moving an item out of a network they do not review (Local API)', async () => {
    const item = await suggestionIn(f.networkA, f.referentA, 'in-review')
    await expect(
      t.payload.update({
        collection: 'content-items',
        data: { network: f.networkB.id } as never,
        id: item.id,
        overrideAccess: false,
        user: await userDoc(t.payload, editorB),
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          { message: 'Vous ne pouvez déplacer un contenu qu’entre des réseaux de référents que vous relisez.', path: 'network' },
        ],
      },
      name: 'ValidationError',
    })
    await removeItem(item.id)
  })

  it('should let an editor move an item between two networks they review (REST)', async () => {
    const item = await suggestionIn(f.networkA, f.referentA, 'in-review')
    const response = await api.rest('PATCH', `/content-items/${item.id}`, {
      body: { network: f.networkB.id },
      token: f.editor.token,
    })
    expect(response.status).toBe(200)
    await removeItem(item.id)
  })

  it("should let an admin clear an item's network (REST)", async () => {
    const item = await suggestionIn(f.networkA, f.referentA, 'in-review')
    const response = await api.rest('PATCH', `/content-items/${item.id}`, {
      body: { network: null },
      token: f.admin.token,
    })
    expect(response.status).toBe(200)
    await removeItem(item.id)
  })
})

describe('fields only the plugin writes', () => {
  const createIssue = () =>
    t.payload.create({ collection: 'newsletter-issues', data: { title: 'Édition test' } as never })

  it('should refuse an editor setting an issue to sent (REST)', async () => {
    const issue = await createIssue()
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, {
      body: { status: 'sent' },
      token: f.editor.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([
      {
        label: 'Status',
        message:
          'You can set an issue to “Draft” or “Scheduled”, and approve a draft by scheduling it; the other statuses are set by sending.',
        path: 'status',
      },
    ])
    await t.payload.delete({ collection: 'newsletter-issues', id: issue.id })
  })

  it('should refuse an editor creating an issue already sending (GraphQL)', async () => {
    const response = await api.gql('mutation { createNewsletterIssue(data: { title: "x", status: sending }) { id } }', {
      token: f.editor.token,
    })
    expect(response.body.errors?.[0]).toMatchObject({
      extensions: { data: { errors: [expect.objectContaining({ path: 'status' })] }, statusCode: 400 },
    })
  })

  it('should refuse an editor moving a scheduled issue to paused (Local API)', async () => {
    const issue = await createIssue()
    await t.payload.update({ collection: 'newsletter-issues', data: { status: 'scheduled' } as never, id: issue.id })
    await expect(
      t.payload.update({
        collection: 'newsletter-issues',
        data: { status: 'paused' } as never,
        id: issue.id,
        overrideAccess: false,
        user: await userDoc(t.payload, f.editor),
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'status' })] }, name: 'ValidationError' })
    await t.payload.delete({ collection: 'newsletter-issues', id: issue.id })
  })

  it('should let an editor approve a draft by scheduling it (REST)', async () => {
    const issue = await createIssue()
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, {
      body: { status: 'scheduled' },
      token: f.editor.token,
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.status).toBe('scheduled')
    await t.payload.delete({ collection: 'newsletter-issues', id: issue.id })
  })

  it("should keep an issue's counts, dates and skip reason from an editor (REST)", async () => {
    const issue = await createIssue()
    const response = await api.rest('PATCH', `/newsletter-issues/${issue.id}`, {
      body: {
        audienceFrozenAt: '2026-01-01T00:00:00.000Z',
        counts: { audience: 9, failed: 9, sent: 9 },
        sentAt: '2026-01-01T00:00:00.000Z',
        skipReason: 'forged',
      },
      token: f.editor.token,
    })
    expect(response.status).toBe(200)
    expect(await t.payload.findByID({ collection: 'newsletter-issues', id: issue.id })).toMatchObject({
      audienceFrozenAt: null,
      counts: { audience: 0, failed: 0, sent: 0 },
      sentAt: null,
      skipReason: null,
    })
    await t.payload.delete({ collection: 'newsletter-issues', id: issue.id })
  })

  it("should keep an issue's counts from an editor (GraphQL)", async () => {
    const issue = await createIssue()
    const response = await api.gql(
      `mutation { updateNewsletterIssue(id: ${issue.id}, data: { counts: { sent: 9 } }) { counts { sent } } }`,
      { token: f.editor.token },
    )
    expect(response.body.data?.updateNewsletterIssue.counts.sent).toBe(0)
    await t.payload.delete({ collection: 'newsletter-issues', id: issue.id })
  })

  it('should refuse an editor changing a delivery (REST)', async () => {
    const response = await api.rest('PATCH', `/newsletter-deliveries/${f.delivery.id}`, {
      body: { status: 'sent' },
      token: f.editor.token,
    })
    expect(response.status).toBe(403)
  })

  it('should refuse an editor creating a delivery (GraphQL)', async () => {
    const response = await api.gql(
      `mutation { createNewsletterDelivery(data: { issue: ${f.issue.id}, ambassador: ${f.ambassador.id}, status: sent }) { id } }`,
      { token: f.editor.token },
    )
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { name: 'Forbidden', statusCode: 403 } })
  })

  it('should refuse an editor changing a delivery (Local API)', async () => {
    await expect(
      t.payload.update({
        collection: 'newsletter-deliveries',
        data: { attempts: 9 } as never,
        id: f.delivery.id,
        overrideAccess: false,
        user: await userDoc(t.payload, f.editor),
      }),
    ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
  })
})

describe('GraphQL query complexity', () => {
  const aliases = (count: number) =>
    `{ ${Array.from({ length: count }, (_, index) => `a${index}: ContentItems { docs { id } }`).join(' ')} }`

  it('should refuse a query of 300 aliases of a list', async () => {
    const response = await api.gql(aliases(300), { token: f.admin.token })
    expect(response.body.data).toBeUndefined()
    expect(response.body.errors?.[0]?.message).toMatch(/exceeds the maximum complexity of 300/)
  })

  it('should answer a full content list with its relationships', async () => {
    const response = await api.gql(
      `{ ContentItems(limit: 100) { docs { id title summary link stage category language dueDate validFrom validUntil
          network { id name kind } themes { id name } submittedBy { id name } assignee { id name }
          image { id url alt } shareTexts { network text } } totalDocs hasNextPage } }`,
      { token: f.admin.token },
    )
    expect(response.body.errors).toBeUndefined()
  })
})
