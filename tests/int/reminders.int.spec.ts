import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { TestUser } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { taskSlugs } from 'payload-plugin-ambassadors'
import { createApiClient } from '../helpers/createApiClient.ts'
import { createSignedInUser } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { startSmtpServer } from '../helpers/startSmtpServer.ts'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let t: TestPayload
let api: ApiClient
let editrice: TestUser
let digestReader: TestUser
let lyon: TestUser
let network: { id: number | string }

beforeAll(async () => {
  smtp = await startSmtpServer()
  t = await initTestPayload('reminders', { smtpUrl: smtp.url })
  api = createApiClient(t.config)
  editrice = await createSignedInUser(t.payload, 'editrice@ambassadeurs.example', ['editor'])
  digestReader = await createSignedInUser(t.payload, 'editeur.rh@ambassadeurs.example', ['editor'])
  await t.payload.update({
    collection: 'users',
    data: { language: 'en', suggestionEmails: 'daily-digest' } as never,
    id: digestReader.id,
  })
  lyon = await createSignedInUser(t.payload, 'referent.lyon@ambassadeurs.example', ['referent'])
  network = await t.payload.create({
    collection: 'referent-networks',
    data: { editors: [editrice.id, digestReader.id], kind: 'region', members: [lyon.id], name: 'Auvergne-Rhône-Alpes' } as never,
  })
})

afterEach(async () => {
  await t.payload.delete({ collection: 'content-items', where: { id: { exists: true } } })
  await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await t.payload.update({ collection: 'users', data: { lastDigestSentAt: null } as never, where: { id: { exists: true } } })
  smtp.received.length = 0
})

afterAll(async () => {
  await t?.teardown()
  await smtp?.stop()
})

const suggestion = (title: string, dueDate: string) =>
  t.payload.create({
    collection: 'content-items',
    data: { assignee: editrice.id, dueDate, network: network.id, stage: 'suggested', submittedBy: lyon.id, title } as never,
  })

const runTask = async (task: string) => {
  await t.payload.jobs.queue({ input: {}, queue: 'ambassadors', task: task as never })
  await t.payload.jobs.run({ queue: 'ambassadors', where: { taskSlug: { equals: task } } })
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

describe('overdue reminders', () => {
  it('should email the assignee once listing their overdue items, and not twice the same day', async () => {
    await suggestion('Vœux 2027 : la vidéo du comité', daysAgo(2))
    await suggestion('Chantier de Feyzin : photos', daysAgo(1))
    await suggestion('Pas encore en retard', new Date(Date.now() + 86_400_000).toISOString())
    await runTask(taskSlugs.remindOverdueItems)
    await runTask(taskSlugs.remindOverdueItems)
    const reminders = smtp.received.filter((mail) => mail.envelopeTo.includes('editrice@ambassadeurs.example') && /retard|overdue/i.test(mail.parsed.subject ?? ''))
    expect(reminders).toHaveLength(1)
    expect(reminders[0]!.parsed.text).toContain('Vœux 2027 : la vidéo du comité')
    expect(reminders[0]!.parsed.text).toContain('Chantier de Feyzin : photos')
    expect(reminders[0]!.parsed.text).not.toContain('Pas encore en retard')
  })

  it('should record the reminder in the item activity log', async () => {
    const item = await suggestion('Forum emploi de Nantes', daysAgo(3))
    await runTask(taskSlugs.remindOverdueItems)
    const { docs } = await t.payload.find({
      collection: 'content-activities',
      where: { and: [{ contentItem: { equals: item.id } }, { kind: { equals: 'reminder' } }] },
    })
    expect(docs).toHaveLength(1)
  })

  it('should let the referent who submitted the item read its reminder entry (REST)', async () => {
    const item = await suggestion('Journée sécurité à Feyzin', daysAgo(3))
    await runTask(taskSlugs.remindOverdueItems)
    const response = await api.rest(
      'GET',
      `/content-activities?where[contentItem][equals]=${item.id}&where[kind][equals]=reminder`,
      { token: lyon.token },
    )
    expect(response.body.docs).toHaveLength(1)
  })
})

describe('the daily digest', () => {
  it('should list new suggestions to editors who chose it, in their language, once', async () => {
    await t.payload.create({
      collection: 'content-items',
      data: { network: network.id, stage: 'suggested', submittedBy: lyon.id, title: 'Portes ouvertes à Villeurbanne' } as never,
    })
    await t.payload.jobs.run({ queue: 'ambassadors' })
    smtp.received.length = 0
    await runTask(taskSlugs.sendSuggestionDigest)
    await runTask(taskSlugs.sendSuggestionDigest)
    const digests = smtp.received.filter((mail) => mail.envelopeTo.includes('editeur.rh@ambassadeurs.example'))
    expect(digests).toHaveLength(1)
    expect(digests[0]!.parsed.text).toContain('Portes ouvertes à Villeurbanne')
    expect(digests[0]!.parsed.subject).toMatch(/suggestion/i)
    expect(smtp.received.filter((mail) => mail.envelopeTo.includes('editrice@ambassadeurs.example'))).toHaveLength(0)
  })

  it('should keep digest readers out of the immediate emails unless the item is assigned to them', async () => {
    await t.payload.create({
      collection: 'content-items',
      data: { network: network.id, stage: 'suggested', submittedBy: lyon.id, title: 'Retour du salon Pollutec' } as never,
    })
    await t.payload.jobs.run({ queue: 'ambassadors' })
    await smtp.waitForMessages(1)
    expect(smtp.received.flatMap((mail) => mail.envelopeTo)).toEqual(['editrice@ambassadeurs.example'])
  })
})
