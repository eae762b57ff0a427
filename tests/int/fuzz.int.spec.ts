import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FuzzCase, GraphQLNames } from '../helpers/fuzzCorpus.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'
import type { RawSender } from '../helpers/sendRawRequest.ts'

import { buildGraphQLCorpus, buildRestCorpus, describeCase, findProblem, fuzzedCollections } from '../helpers/fuzzCorpus.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { createRawSender } from '../helpers/sendRawRequest.ts'

let t: TestPayload
let send: RawSender
let f: AccessFixtures
let restCorpus: FuzzCase[]
let graphqlCorpus: FuzzCase[]
const countsBefore: Record<string, number> = {}

/** Payload's GraphQL names of each collection (checked against the schema below). */
const graphQLNames: Record<string, GraphQLNames> = {
  ambassadors: { plural: 'Ambassadors', singular: 'Ambassador' },
  'content-activities': { plural: 'ContentActivities', singular: 'ContentActivity' },
  'content-items': { plural: 'ContentItems', singular: 'ContentItem' },
  'editorial-calendars': { plural: 'EditorialCalendars', singular: 'EditorialCalendar' },
  'engagement-events': { plural: 'EngagementEvents', singular: 'EngagementEvent' },
  media: { plural: 'allMedia', singular: 'Media' },
  'newsletter-deliveries': { plural: 'NewsletterDeliveries', singular: 'NewsletterDelivery' },
  'newsletter-issues': { plural: 'NewsletterIssues', singular: 'NewsletterIssue' },
  'referent-networks': { plural: 'ReferentNetworks', singular: 'ReferentNetwork' },
  themes: { plural: 'Themes', singular: 'Theme' },
  users: { plural: 'Users', singular: 'User' },
}

const roles = ['admin', 'editor', 'referent', 'anonymous'] as const
type FuzzRole = (typeof roles)[number]

const tokenOf = (role: FuzzRole) =>
  ({ admin: f.admin.token, anonymous: undefined, editor: f.editor.token, referent: f.referentA.token })[role]

const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** Sends every case as `role`, in order (a fixed corpus, no randomness), and lists what went wrong. */
const run = async (corpus: FuzzCase[], role: FuzzRole, language: 'en' | 'fr') => {
  const problems: string[] = []
  for (const fuzzCase of corpus) {
    const response = await send({ ...fuzzCase, language, token: tokenOf(role) })
    const problem = findProblem(fuzzCase, response)
    problems.push(...(problem ? [`${describeCase(fuzzCase, role)} → ${problem}: ${response.text.slice(0, 300)}`] : []))
  }
  return problems
}

beforeAll(async () => {
  t = await initTestPayload('fuzz')
  send = createRawSender(t.config)
  f = await createAccessFixtures(t.payload)
  const medium = await t.payload.create({
    collection: 'media',
    data: { alt: 'Pixel' },
    file: { data: onePixelPng, mimetype: 'image/png', name: 'pixel.png', size: onePixelPng.length },
  })
  const activities = await t.payload.find({ collection: 'content-activities', limit: 1 })
  const existing = {
    ambassadors: f.ambassador.id,
    'content-activities': activities.docs[0]?.id ?? 1,
    'content-items': f.itemA.id,
    'editorial-calendars': f.calendar.id,
    'engagement-events': f.event.id,
    media: medium.id,
    'newsletter-deliveries': f.delivery.id,
    'newsletter-issues': f.issue.id,
    'referent-networks': f.networkA.id,
    themes: f.theme.id,
    users: f.referentA.id,
  }
  graphqlCorpus = buildGraphQLCorpus(graphQLNames, { existing })
  restCorpus = buildRestCorpus({ existing })
  for (const slug of fuzzedCollections) {
    countsBefore[slug] = (await t.payload.count({ collection: slug })).totalDocs
  }
})

afterAll(async () => {
  await t?.teardown()
})

describe('malformed input', () => {
  it('should hold a corpus of several hundred REST cases over every collection', () => {
    expect(restCorpus.length).toBeGreaterThan(500)
  })

  it.each(roles)('should answer every malformed REST request from %s with a 4xx naming the field', async (role) => {
    const problems = await run(restCorpus, role, 'en')
    expect(problems, problems.join('\n')).toEqual([])
  }, 120_000)

  it('should query every collection by its GraphQL names', async () => {
    const response = await send({
      body: JSON.stringify({ query: '{ __schema { queryType { fields { name } } } }' }),
      method: 'POST',
      path: '/graphql',
    })
    const fields = (response.body as { data: { __schema: { queryType: { fields: { name: string }[] } } } }).data
      .__schema.queryType.fields.map((field) => field.name)
    const expected = Object.values(graphQLNames).flatMap(({ plural, singular }) => [plural, singular])
    expect(fields).toEqual(expect.arrayContaining(expected))
  })

  it.each(roles)('should answer every malformed GraphQL request from %s without a server error', async (role) => {
    const problems = await run(graphqlCorpus, role, 'en')
    expect(problems, problems.join('\n')).toEqual([])
  }, 120_000)

  it('should answer malformed requests in French without a 5xx', async () => {
    const problems = await run(restCorpus.filter((_, index) => index % 5 === 0), 'editor', 'fr')
    expect(problems, problems.join('\n')).toEqual([])
  }, 120_000)

  it('should answer a path ID that cannot exist with a 404 naming the id', async () => {
    const response = await send({ method: 'GET', path: '/content-items/abc', token: f.admin.token })
    expect({ body: response.body, status: response.status }).toEqual({
      body: { errors: [{ message: 'Nothing was found with this ID.', path: 'id' }] },
      status: 404,
    })
  })

  it('should refuse text given as an array with a 400 naming the field in French', async () => {
    const response = await send({
      body: JSON.stringify({ title: ['x'] }),
      language: 'fr',
      method: 'PATCH',
      path: `/content-items/${f.itemA.id}`,
      token: f.editor.token,
    })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ errors: [{ path: 'title' }] })
    expect(JSON.stringify(response.body)).toContain('Ce champ attend du texte.')
  })

  it('should answer a reference to a missing document with a 400 naming the field', async () => {
    const response = await send({
      body: JSON.stringify({ calendar: 99_999_999 }),
      method: 'PATCH',
      path: `/newsletter-issues/${f.issue.id}`,
      token: f.admin.token,
    })
    expect({ body: response.body, status: response.status }).toEqual({
      body: { errors: [{ message: 'The document this field points to does not exist.', path: 'calendar' }] },
      status: 400,
    })
  })

  it.each([
    ['engagement-events', 'details', 'like'],
    ['engagement-events', 'details', 'contains'],
    ['newsletter-issues', 'segments', 'like'],
    ['newsletter-issues', 'segments', 'not_like'],
  ])('should refuse a text search on the whole JSON field of %s (%s %s) with a 400 naming where', async (slug, field, operator) => {
    const response = await send({ method: 'GET', path: `/${slug}?where[${field}][${operator}]=x`, token: f.admin.token })
    expect({ body: response.body, status: response.status }).toEqual({
      body: { errors: [expect.objectContaining({ message: `The field “${field}” cannot be queried with “${operator}”.`, path: 'where' })] },
      status: 400,
    })
  })

  it('should refuse a text search on a whole JSON field over GraphQL with the reason, in French', async () => {
    const response = await send({
      body: JSON.stringify({ query: 'query { EngagementEvents(where: { details: { like: "x" } }) { docs { id } } }' }),
      language: 'fr',
      method: 'POST',
      path: '/graphql',
      token: f.admin.token,
    })
    expect((response.body as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ statusCode: 400 }),
        message: 'Le champ « details » ne peut pas être interrogé avec « like ».',
      }),
    ])
  })

  it('should answer a referent’s filter through the activity of content items with a 400 naming where', async () => {
    const response = await send({
      method: 'GET',
      path: '/content-items?where[activity.actor.name][like]=a',
      token: f.referentA.token,
    })
    expect({ body: response.body, status: response.status }).toEqual({
      body: { errors: [{ message: 'The parameter “where” is not valid.', path: 'where' }] },
      status: 400,
    })
  })

  it('should refuse a password that is not text with a 400 naming the password', async () => {
    const response = await send({
      body: JSON.stringify({ email: 'objet@test.example', password: { a: 1 }, roles: ['editor'] }),
      method: 'POST',
      path: '/users',
      token: f.admin.token,
    })
    expect({ body: response.body, status: response.status }).toEqual({
      body: {
        errors: [
          expect.objectContaining({
            data: expect.objectContaining({ errors: [{ message: 'This field expects text.', path: 'password' }] }),
            path: 'password',
          }),
        ],
      },
      status: 400,
    })
  })

  it.each([
    ['en', 'The request body must be a JSON object, nested at most 100 levels deep.'],
    ['fr', 'Le corps de la requête doit être un objet JSON d’au plus 100 niveaux d’imbrication.'],
  ] as const)('should say that a JSON string body must be a JSON object, in %s', async (language, message) => {
    const response = await send({ body: '"hello"', language, method: 'POST', path: '/content-items', token: f.editor.token })
    expect({ body: response.body, status: response.status }).toEqual({
      body: { errors: [expect.objectContaining({ message, path: 'body' })] },
      status: 400,
    })
  })

  it('should write no document of any collection', async () => {
    const countsAfter: Record<string, number> = {}
    for (const slug of fuzzedCollections) {
      countsAfter[slug] = (await t.payload.count({ collection: slug })).totalDocs
    }
    expect(countsAfter).toEqual(countsBefore)
  })
})
