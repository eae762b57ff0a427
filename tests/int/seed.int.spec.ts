import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/initTestPayload.ts'

import { seedDemo } from '../../demo/seed/index.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

let t: TestPayload

const collections = [
  'users',
  'themes',
  'referent-networks',
  'content-items',
  'editorial-calendars',
  'ambassadors',
  'newsletter-issues',
]

const countAll = async () =>
  Object.fromEntries(
    await Promise.all(
      collections.map(async (collection) => [collection, (await t.payload.count({ collection })).totalDocs]),
    ),
  )

beforeAll(async () => {
  t = await initTestPayload('seed')
  await seedDemo(t.payload)
})

afterAll(async () => {
  await t?.teardown()
})

describe('the French demo data', () => {
  it('should seed nothing the second time', async () => {
    const before = await countAll()
    await seedDemo(t.payload)
    expect(await countAll()).toEqual(before)
  })

  it.each([
    ['admin@ambassadeurs.example', ['admin']],
    ['editrice@ambassadeurs.example', ['editor']],
    ['referent.lyon@ambassadeurs.example', ['referent']],
    ['referent.nantes@ambassadeurs.example', ['referent']],
  ])('should let %s sign in with the demo password and roles %j', async (email, roles) => {
    const { user } = await t.payload.login({ collection: 'users', data: { email, password: 'demo-ambassadeurs' } })
    expect(user?.roles).toEqual(roles)
  })

  it.each([
    ['Auvergne-Rhône-Alpes', 'referent.lyon@ambassadeurs.example'],
    ['Pays de la Loire', 'referent.nantes@ambassadeurs.example'],
  ])('should make %s a region network with %s as member and editrice as editor', async (name, member) => {
    const { docs } = await t.payload.find({ collection: 'referent-networks', depth: 1, where: { name: { equals: name } } })
    const network = docs[0] as unknown as { editors: { email: string }[]; kind: string; members: { email: string }[] }
    expect(network.kind).toBe('region')
    expect(network.members.map((user) => user.email)).toEqual([member])
    expect(network.editors.map((user) => user.email)).toContain('editrice@ambassadeurs.example')
  })

  it('should have the three base themes of the seeds', async () => {
    const { docs } = await t.payload.find({ collection: 'themes', where: { parent: { exists: false } } })
    expect(docs.map((theme) => theme.slug).sort()).toEqual(['corporate', 'rh-marque-employeur', 'veille-metier'])
  })

  it('should have about 40 content items covering every stage and both categories', async () => {
    const { docs } = await t.payload.find({ collection: 'content-items', draft: true, limit: 0, pagination: false })
    expect(docs.length).toBeGreaterThanOrEqual(35)
    expect(new Set(docs.map((doc) => doc.stage))).toEqual(
      new Set(['suggested', 'in-review', 'changes-requested', 'approved', 'rejected', 'archived']),
    )
    expect(new Set(docs.map((doc) => doc.category))).toEqual(new Set(['programme', 'relay']))
  })

  it('should have a calendar with a twice-monthly newsletter and the three dead periods', async () => {
    const { docs } = await t.payload.find({ collection: 'editorial-calendars' })
    const calendar = docs[0] as unknown as { cadences: { kind: string; rrule: string }[]; deadPeriods: unknown[] }
    expect(calendar.cadences.find((cadence) => cadence.kind === 'newsletter')?.rrule).toMatch(/BYMONTHDAY=1,15/)
    expect(calendar.deadPeriods).toHaveLength(3)
  })

  it('should have 200 ambassadors with unique lowercase emails across regions and frequencies', async () => {
    const { docs } = await t.payload.find({ collection: 'ambassadors', limit: 0, pagination: false })
    expect(docs).toHaveLength(200)
    expect(new Set(docs.map((doc) => doc.email)).size).toBe(200)
    expect(docs.every((doc) => doc.email === doc.email.toLowerCase())).toBe(true)
    expect(new Set(docs.map((doc) => doc.regionNetwork)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(docs.map((doc) => doc.frequency))).toEqual(new Set(['twice-monthly', 'monthly', 'paused']))
  })
})
