import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { TestUser } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { taskSlugs } from 'payload-plugin-ambassadors'
import { addWorkingDays } from '../../src/utilities/addWorkingDays.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { fieldErrors } from '../helpers/fieldErrors.ts'
import { createSignedInUser } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { startSmtpServer } from '../helpers/startSmtpServer.ts'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let t: TestPayload
let api: ApiClient
let admin: TestUser
let editrice: TestUser
let editeur: TestUser
let lyon: TestUser
let nantes: TestUser
let aura: { id: number | string }
let pdl: { id: number | string }

beforeAll(async () => {
  smtp = await startSmtpServer()
  t = await initTestPayload('workflow', { smtpUrl: smtp.url })
  api = createApiClient(t.config)
  admin = await createSignedInUser(t.payload, 'admin@ambassadeurs.example', ['admin'])
  editrice = await createSignedInUser(t.payload, 'editrice@ambassadeurs.example', ['editor'])
  editeur = await createSignedInUser(t.payload, 'editeur@ambassadeurs.example', ['editor'])
  lyon = await createSignedInUser(t.payload, 'referent.lyon@ambassadeurs.example', ['referent'])
  nantes = await createSignedInUser(t.payload, 'referent.nantes@ambassadeurs.example', ['referent'])
  const network = (name: string, members: TestUser[], editors: TestUser[]) =>
    t.payload.create({
      collection: 'referent-networks',
      data: { editors: editors.map((u) => u.id), kind: 'region', members: members.map((u) => u.id), name } as never,
    })
  aura = await network('Auvergne-Rhône-Alpes', [lyon], [editrice])
  pdl = await network('Pays de la Loire', [nantes], [editrice])
})

afterEach(async () => {
  await t.payload.delete({ collection: 'content-items', where: { id: { exists: true } } })
  await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  smtp.received.length = 0
})

afterAll(async () => {
  await t?.teardown()
  await smtp?.stop()
})

/** Runs the queued jobs and checks they all succeeded (completed jobs are deleted). */
const runJobs = async () => {
  await t.payload.jobs.run({ queue: 'ambassadors' })
  const { docs: left } = await t.payload.find({ collection: 'payload-jobs' })
  expect(left.map((job) => job.error ?? job.taskSlug)).toEqual([])
}

const submit = (referent: TestUser, body: Record<string, unknown> = {}) =>
  api.rest('POST', '/content-items', {
    body: { summary: 'Retour sur le salon Energaïa à Lyon', title: 'Salon Energaïa : nos équipes présentes', ...body },
    token: referent.token,
  })

const move = (user: TestUser, id: number | string, stage: string, extra: Record<string, unknown> = {}) =>
  api.rest('PATCH', `/content-items/${id}`, { body: { stage, ...extra }, language: 'fr', token: user.token })

const mailsTo = (email: string) => smtp.received.filter((mail) => mail.envelopeTo.includes(email))

describe('the suggestion loop, as the demo users live it', () => {
  it('should carry a suggestion from referent.lyon to approval, emailing each step', async () => {
    const submitted = await submit(lyon)
    expect(submitted.status).toBe(201)
    const id = submitted.body.doc.id
    expect(submitted.body.doc.assignee.id).toBe(editrice.id)
    await runJobs()
    const [newSuggestion] = await smtp.waitForMessages(1)
    expect(newSuggestion!.envelopeTo).toEqual(['editrice@ambassadeurs.example'])
    expect(newSuggestion!.parsed.subject).toMatch(/Salon Energaïa/)
    expect(newSuggestion!.parsed.text).toContain(`/admin/collections/content-items/${id}`)

    expect((await move(editrice, id, 'in-review')).status).toBe(200)
    const requested = await move(editrice, id, 'changes-requested', { stageComment: 'Ajoutez une photo du stand, merci !' })
    expect(requested.status).toBe(200)
    await runJobs()
    const toReferent = mailsTo('referent.lyon@ambassadeurs.example')
    expect(toReferent).toHaveLength(1)
    expect(toReferent[0]!.parsed.text).toContain('Ajoutez une photo du stand, merci !')

    const edited = await api.rest('PATCH', `/content-items/${id}`, {
      body: { stage: 'suggested', summary: 'Retour en images sur le salon Energaïa' },
      token: lyon.token,
    })
    expect(edited.status).toBe(200)
    await runJobs()
    expect(mailsTo('editrice@ambassadeurs.example')).toHaveLength(2)

    expect((await move(editrice, id, 'in-review')).status).toBe(200)
    expect((await move(editrice, id, 'approved')).status).toBe(200)
    await runJobs()
    const decisions = mailsTo('referent.lyon@ambassadeurs.example')
    expect(decisions).toHaveLength(2)
    expect(decisions[1]!.parsed.subject).toMatch(/Salon Energaïa/)

    const { docs: log } = await t.payload.find({
      collection: 'content-activities',
      sort: 'at',
      where: { contentItem: { equals: id } },
    })
    expect(log.map((entry) => `${entry.fromStage ?? '∅'}→${entry.toStage}`)).toEqual([
      '∅→suggested',
      'suggested→in-review',
      'in-review→changes-requested',
      'changes-requested→suggested',
      'suggested→in-review',
      'in-review→approved',
    ])
    expect(log[2]!.comment).toBe('Ajoutez une photo du stand, merci !')
  })
})

describe('stage moves', () => {
  it('should refuse a move outside the workflow with a 400 on stage listing what is allowed, in French', async () => {
    const { body } = await submit(lyon)
    const response = await move(editrice, body.doc.id, 'approved')
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/de « Suggéré » à « Validé ».*En relecture/),
        path: 'stage',
      }),
    )
    expect(response.body.errors[0].message).toMatch(/champ suivant n’est pas valide/)
  })

  it('should refuse the same move over GraphQL', async () => {
    const { body } = await submit(lyon)
    const response = await api.gql(
      `mutation { updateContentItem(id: ${body.doc.id}, data: { stage: approved }) { stage } }`,
      { token: editrice.token },
    )
    expect(response.body.errors?.[0]).toMatchObject({
      extensions: { data: { errors: [expect.objectContaining({ path: 'stage' })] }, statusCode: 400 },
    })
    expect((await t.payload.findByID({ collection: 'content-items', id: body.doc.id })).stage).toBe('suggested')
  })

  it('should refuse the same move through the Local API on behalf of a user', async () => {
    const { body } = await submit(lyon)
    const user = await t.payload.findByID({ collection: 'users', id: editrice.id })
    await expect(
      t.payload.update({
        collection: 'content-items',
        data: { stage: 'approved' } as never,
        id: body.doc.id,
        overrideAccess: false,
        user,
      }),
    ).rejects.toMatchObject({
      data: {
        // French: the Local API request takes the demo's fallback language.
        errors: [{ message: expect.stringMatching(/de « Suggéré » à « Validé ».*En relecture/), path: 'stage' }],
      },
      name: 'ValidationError',
      status: 400,
    })
    expect((await t.payload.findByID({ collection: 'content-items', id: body.doc.id })).stage).toBe('suggested')
  })

  it('should require a comment to request changes', async () => {
    const { body } = await submit(lyon)
    await move(editrice, body.doc.id, 'in-review')
    const response = await move(editrice, body.doc.id, 'changes-requested')
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toEqual(['stageComment'])
  })

  it('should let no referent approve, even their own suggestion under review', async () => {
    const { body } = await submit(lyon)
    await move(editrice, body.doc.id, 'in-review')
    const response = await api.rest('PATCH', `/content-items/${body.doc.id}`, {
      body: { stage: 'approved' },
      token: lyon.token,
    })
    expect(response.status).toBe(403)
    expect((await t.payload.findByID({ collection: 'content-items', id: body.doc.id })).stage).toBe('in-review')
  })

  it("should not let an editor outside the item's network take it", async () => {
    const { body } = await submit(lyon)
    const response = await move(editeur, body.doc.id, 'in-review')
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toEqual(['stage'])
    expect((await t.payload.findByID({ collection: 'content-items', id: body.doc.id })).stage).toBe('suggested')
  })

  it('should assign the item to the editor who takes it into review', async () => {
    const { body } = await submit(lyon)
    await move(admin, body.doc.id, 'in-review')
    const stored = await t.payload.findByID({ collection: 'content-items', depth: 0, id: body.doc.id })
    expect(stored.assignee).toBe(admin.id)
  })
})

describe('routing', () => {
  it('should set the due date three working days after submission', async () => {
    const before = new Date()
    const { body } = await submit(lyon)
    // The demo host keeps the plugin's defaults: French public holidays, Paris time.
    const expected = addWorkingDays(before, 3, { country: 'FR', timeZone: 'Europe/Paris' }).getTime()
    expect(Math.abs(new Date(body.doc.dueDate).getTime() - expected)).toBeLessThan(60_000)
  })

  it('should assign to the network editor with the fewest open items, ties to the lowest id', async () => {
    await t.payload.update({
      collection: 'referent-networks',
      data: { editors: [editrice.id, editeur.id] } as never,
      id: aura.id,
    })
    const first = await submit(lyon, { title: 'Premier' })
    const second = await submit(lyon, { title: 'Second' })
    const third = await submit(lyon, { title: 'Troisième' })
    expect([first, second, third].map((r) => r.body.doc.assignee.id)).toEqual([editrice.id, editeur.id, editrice.id])
    await t.payload.update({ collection: 'referent-networks', data: { editors: [editrice.id] } as never, id: aura.id })
  })

  it('should fall back to the admins, and say so, when the network has no editor', async () => {
    const lonely = await createSignedInUser(t.payload, 'referent.pau@ambassadeurs.example', ['referent'])
    await t.payload.create({
      collection: 'referent-networks',
      data: { kind: 'sector', members: [lonely.id], name: 'Énergies marines' } as never,
    })
    const { body } = await submit(lonely)
    expect(body.doc.isRoutedToAdmins).toBe(true)
    expect(body.doc.assignee.id).toBe(admin.id)
  })

  it('should make a referent of two networks choose one', async () => {
    const both = await createSignedInUser(t.payload, 'referent.double@ambassadeurs.example', ['referent'])
    for (const network of [aura, pdl]) {
      const { members } = await t.payload.findByID({ collection: 'referent-networks', depth: 0, id: network.id })
      await t.payload.update({
        collection: 'referent-networks',
        data: { members: [...(members as number[]), both.id] } as never,
        id: network.id,
      })
    }
    const unchosen = await submit(both)
    expect(unchosen.status).toBe(400)
    expect(fieldErrors(unchosen.body).map((e) => e.path)).toEqual(['network'])
    const chosen = await submit(both, { network: pdl.id })
    expect(chosen.status).toBe(201)
    expect(chosen.body.doc.network.id).toBe(pdl.id)
  })
})

describe('the activity log', () => {
  it('should be readable by the referent who submitted and by nobody from another network', async () => {
    const { body } = await submit(lyon)
    const own = await api.rest('GET', `/content-activities?where[contentItem][equals]=${body.doc.id}`, { token: lyon.token })
    const other = await api.rest('GET', `/content-activities?where[contentItem][equals]=${body.doc.id}`, { token: nantes.token })
    expect(own.body.docs).toHaveLength(1)
    expect(other.body.docs).toHaveLength(0)
  })

  it('should let nobody, not even an admin, edit or delete an entry', async () => {
    const { body } = await submit(lyon)
    const { docs } = await t.payload.find({ collection: 'content-activities', where: { contentItem: { equals: body.doc.id } } })
    const entry = docs[0]!
    const edit = await api.rest('PATCH', `/content-activities/${entry.id}`, { body: { comment: 'réécrit' }, token: admin.token })
    const remove = await api.rest('DELETE', `/content-activities/${entry.id}`, { token: admin.token })
    const forge = await api.rest('POST', '/content-activities', {
      body: { contentItem: body.doc.id, toStage: 'approved', at: new Date().toISOString() },
      token: admin.token,
    })
    expect([edit.status, remove.status, forge.status]).toEqual([403, 403, 403])
  })
})

describe('notifications that fail', () => {
  it('should keep the editorial change and retry the email when the SMTP server refuses it', async () => {
    await smtp.stop()
    const { body, status } = await submit(lyon, { title: 'Envoi différé' })
    expect(status).toBe(201)
    await t.payload.jobs.run({ queue: 'ambassadors' })
    const { docs: jobs } = await t.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: taskSlugs.notifyStageChange } },
    })
    expect(jobs[0]).toMatchObject({ completedAt: null, hasError: false, totalTried: 1 })
    expect((await t.payload.findByID({ collection: 'content-items', id: body.doc.id })).stage).toBe('suggested')
    smtp = await startSmtpServer()
  })
})
