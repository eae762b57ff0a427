import type { CollectionConfig } from 'payload'

import { createHash } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { PageSender } from '../helpers/sendPageRequest.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { issueFormToken } from '../../src/newsletter/pages/formToken.ts'
import { signToken, type TokenPurpose } from '../../src/newsletter/tokens.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { createPageSender, formActions, hiddenField } from '../helpers/sendPageRequest.ts'

type Id = number | string

type Ambassador = {
  consent?: { at?: string; noticeVersion?: string; source?: string }
  firstName?: string
  frequency: string
  id: Id
  language: string
  status: string
  themes: Id[]
  updatedAt: string
}

type EngagementEvent = { at: string; details?: Record<string, unknown>; source?: string; type: string }

const formerSecret = 'the-secret-before-the-rotation'

/** Ambassadors whose engagement events the ledger refuses, to show a change and its event land together. */
const ledgerDownFor = new Set<string>()

/** Engagement events with a hook standing for a ledger that cannot be written, for some ambassadors. */
const withFailingLedger = ({ defaultCollection }: { defaultCollection: CollectionConfig }): CollectionConfig => ({
  ...defaultCollection,
  hooks: {
    ...defaultCollection.hooks,
    beforeChange: [
      ...(defaultCollection.hooks?.beforeChange ?? []),
      ({ data }) => {
        if (ledgerDownFor.has(String(data.ambassador))) throw new Error('the ledger cannot be written')
        return data
      },
    ],
  },
})

let t: TestPayload
let send: PageSender
let themes: { energy: Id; hostile: Id; inactive: Id; regulation: Id }
const created: Id[] = []

const securityHeaders = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'x-robots-tag': expect.stringContaining('noindex'),
}

const headersOf = (headers: Headers) => Object.fromEntries(Object.keys(securityHeaders).map((name) => [name, headers.get(name)]))

const createTheme = async (fr: string, en: string, active = true) => {
  const theme = await t.payload.create({ collection: 'themes', data: { active, name: fr } as never, locale: 'fr' })
  await t.payload.update({ collection: 'themes', data: { name: en } as never, id: theme.id, locale: 'en' })
  return theme.id
}

let emailCount = 0
const newAmbassador = async (data: Partial<Omit<Ambassador, 'id'>> = {}): Promise<Ambassador> => {
  emailCount += 1
  const doc = await t.payload.create({
    collection: 'ambassadors',
    data: {
      consent: { at: '2026-09-07T08:00:00.000Z', noticeVersion: '2026-09', source: 'form' },
      email: `ambassadeur.${emailCount}@ardelys.example`,
      firstName: 'Camille',
      frequency: 'twice-monthly',
      language: 'fr',
      status: 'active',
      themes: [themes.energy],
      ...data,
    } as never,
    // Each test starts from an empty ledger: the opt-in of the creation itself is not recorded.
    context: { ambassadorsEngagementRecorded: true },
  })
  created.push(doc.id)
  return read(doc.id)
}

const read = async (id: Id) => (await t.payload.findByID({ collection: 'ambassadors', depth: 0, id })) as unknown as Ambassador

const eventsOf = async (id: Id) =>
  (await t.payload.find({ collection: 'engagement-events', depth: 0, sort: 'at', where: { ambassador: { equals: id } } }))
    .docs as unknown as EngagementEvent[]

const tokenFor = (purpose: TokenPurpose, id: Id, secret = t.payload.secret) => signToken(purpose, { ambassador: id }, secret)

/** Payload derives its secret from PAYLOAD_SECRET this way; `previousSecrets` lists raw former values. */
const asPayloadSecret = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 32)

const showPreferences = (token: string) => send({ method: 'GET', path: `/ambassadors/preferences?token=${token}` })
const showUnsubscribe = (token: string) => send({ method: 'GET', path: `/ambassadors/unsubscribe?token=${token}` })

/** The form fields of a full preference save, with the form token the page issued. */
const preferencesBody = async (token: string, fields: [string, string][]) => {
  const page = await showPreferences(token)
  return new URLSearchParams([['scope', 'preferences'], ['formToken', hiddenField(page.text, 'formToken')!], ...fields]).toString()
}

const postPreferences = (token: string, body: string, headers: Record<string, string> = {}) =>
  send({ body, headers, method: 'POST', path: `/ambassadors/preferences?token=${token}` })

const postUnsubscribe = (token: string, body = 'List-Unsubscribe=One-Click') =>
  send({ body, method: 'POST', path: `/ambassadors/unsubscribe?token=${token}` })

/** The label of each ticked box or radio of the page, in order. */
const tickedLabels = (html: string) =>
  [...html.matchAll(/<input type="(?:checkbox|radio)" name="(\w+)" value="[^"]*" checked><span[^>]*>([^<]*)<\/span>/g)].map(
    (match) => `${match[1]}: ${match[2]}`,
  )

beforeAll(async () => {
  t = await initTestPayload('ambassador-pages', {
    plugin: { collectionOverrides: { engagementEvents: withFailingLedger }, previousSecrets: [formerSecret] },
  })
  send = createPageSender(t.config)
  themes = {
    energy: await createTheme('Transition énergétique', 'Energy transition'),
    hostile: await createTheme('<script>alert("thème")</script>', '<img src=x onerror=alert(1)>'),
    inactive: await createTheme('Ancienne thématique', 'Former theme', false),
    regulation: await createTheme('Réglementation et normes', 'Regulation and standards'),
  }
})

afterEach(async () => {
  ledgerDownFor.clear()
  await t.payload.delete({ collection: 'engagement-events', where: { ambassador: { in: created } } })
  await t.payload.delete({ collection: 'ambassadors', where: { id: { in: created.splice(0) } } })
})

afterAll(async () => {
  await t?.teardown()
})

describe('the preference page (GET)', () => {
  it('should show the French page with the ambassador’s themes, frequency and language ticked, and change nothing', async () => {
    const ambassador = await newAmbassador()
    const response = await showPreferences(tokenFor('preferences', ambassador.id))

    expect(response.status).toBe(200)
    expect(response.text).toContain('<html lang="fr">')
    expect(response.text).toContain('<h1>Vos préférences</h1>')
    expect(tickedLabels(response.text)).toEqual([
      'themes: Transition énergétique',
      'frequency: Deux fois par mois',
      'language: Français',
    ])
    expect([await read(ambassador.id), await eventsOf(ambassador.id)]).toEqual([ambassador, []])
  })

  it('should name the active themes in English for an English ambassador, leaving the inactive one out', async () => {
    const ambassador = await newAmbassador({ language: 'en', themes: [themes.regulation, themes.inactive] })
    const response = await showPreferences(tokenFor('preferences', ambassador.id))

    expect(response.text).toContain('<html lang="en">')
    expect(response.text).toContain('Energy transition')
    expect(response.text).not.toContain('Former theme')
    expect(tickedLabels(response.text)).toEqual(['themes: Regulation and standards', 'frequency: Twice a month', 'language: English'])
  })

  it('should escape a hostile theme name and first name', async () => {
    const ambassador = await newAmbassador({ firstName: '<script>alert(1)</script>' })
    const response = await showPreferences(tokenFor('preferences', ambassador.id))

    expect(response.text).not.toMatch(/<script|<img/i)
    expect(response.text).toContain('&lt;script&gt;alert(&quot;thème&quot;)&lt;/script&gt;')
    expect(response.text).toContain('Bonjour &lt;script&gt;alert(1)&lt;/script&gt;,')
  })

  it('should send the security headers and post the form back to itself with a form token', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const response = await showPreferences(token)

    expect(headersOf(response.headers)).toEqual(securityHeaders)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(formActions(response.text)).toEqual([`preferences?token=${token}`])
    expect(hiddenField(response.text, 'formToken')).toMatch(/^[0-9a-z]+\.[0-9a-z]+\.[\w-]{43}$/)
  })

  it('should answer HEAD with 200, the headers and no body, and change nothing', async () => {
    const ambassador = await newAmbassador()
    const response = await send({ method: 'HEAD', path: `/ambassadors/preferences?token=${tokenFor('preferences', ambassador.id)}` })

    expect([response.status, response.text, headersOf(response.headers)]).toEqual([200, '', securityHeaders])
    expect([await read(ambassador.id), await eventsOf(ambassador.id)]).toEqual([ambassador, []])
  })
})

describe('saving preferences (POST)', () => {
  it('should save themes, frequency and language, confirm in the new language and record one event', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const body = await preferencesBody(token, [
      ['themes', String(themes.regulation)],
      ['themes', String(themes.hostile)],
      ['frequency', 'monthly'],
      ['language', 'en'],
    ])
    const response = await postPreferences(token, body)

    expect(response.status).toBe(200)
    expect(response.text).toContain('<html lang="en">')
    expect(response.text).toContain('<p class="notice" role="status">Your preferences are saved.</p>')
    const saved = await read(ambassador.id)
    expect([saved.themes.map(String).sort(), saved.frequency, saved.language, saved.status]).toEqual([
      [String(themes.hostile), String(themes.regulation)].sort(),
      'monthly',
      'en',
      'active',
    ])
    const events = await eventsOf(ambassador.id)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      details: {
        frequency: ['twice-monthly', 'monthly'],
        language: ['fr', 'en'],
        themes: [[String(themes.energy)], [String(themes.hostile), String(themes.regulation)].sort()],
      },
      source: 'email-link',
      type: 'preferences-change',
    })
    expect(Date.now() - Date.parse(events[0]!.at)).toBeLessThan(60_000)
  })

  it('should keep a theme made inactive since it was chosen, which the page could not untick', async () => {
    const ambassador = await newAmbassador({ themes: [themes.inactive, themes.energy] })
    const token = tokenFor('preferences', ambassador.id)
    await postPreferences(token, await preferencesBody(token, [['frequency', 'twice-monthly'], ['language', 'fr']]))

    expect((await read(ambassador.id)).themes).toEqual([themes.inactive])
  })

  it('should record no event when the form changes nothing', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const body = await preferencesBody(token, [['themes', String(themes.energy)], ['frequency', 'twice-monthly'], ['language', 'fr']])
    const response = await postPreferences(token, body)

    expect([response.status, await eventsOf(ambassador.id)]).toEqual([200, []])
  })

  it('should refuse a post without the form token with 403, the form shown again, and save nothing', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const response = await postPreferences(token, 'scope=preferences&frequency=paused&language=fr')

    expect(response.status).toBe(403)
    expect(response.text).toContain('Ce formulaire a expiré ou ne vient pas de cette page')
    expect([await read(ambassador.id), await eventsOf(ambassador.id)]).toEqual([ambassador, []])
  })

  it('should refuse the form token of another ambassador’s page', async () => {
    const [victim, other] = [await newAmbassador(), await newAmbassador()]
    const body = await preferencesBody(tokenFor('preferences', other.id), [['frequency', 'paused'], ['language', 'fr']])
    const response = await postPreferences(tokenFor('preferences', victim.id), body)

    expect([response.status, (await read(victim.id)).frequency]).toEqual([403, 'twice-monthly'])
  })

  it('should refuse a form token issued more than a day ago', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const stale = issueFormToken(token, 0, t.payload.secret, Date.now() - 25 * 60 * 60 * 1000)
    const response = await postPreferences(token, `scope=preferences&formToken=${stale}&frequency=paused&language=fr`)

    expect([response.status, (await read(ambassador.id)).frequency]).toEqual([403, 'twice-monthly'])
  })

  it('should refuse a tampered form token', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const genuine = issueFormToken(token, 0, t.payload.secret)
    const tampered = `${genuine.slice(0, -1)}${genuine.endsWith('A') ? 'B' : 'A'}`
    const response = await postPreferences(token, `scope=preferences&formToken=${tampered}&frequency=paused&language=fr`)

    expect([response.status, (await read(ambassador.id)).frequency]).toEqual([403, 'twice-monthly'])
  })

  it('should refuse a post another site makes the browser send, even with a genuine form token', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const body = await preferencesBody(token, [['frequency', 'paused'], ['language', 'fr']])
    const response = await postPreferences(token, body, { 'sec-fetch-site': 'cross-site' })

    expect([response.status, (await read(ambassador.id)).frequency]).toEqual([403, 'twice-monthly'])
  })

  it('should refuse a post whose Origin is another site, even without Sec-Fetch-Site', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const body = await preferencesBody(token, [['frequency', 'paused'], ['language', 'fr']])
    const response = await postPreferences(token, body, { origin: 'https://evil.example' })

    expect([response.status, (await read(ambassador.id)).frequency, await eventsOf(ambassador.id)]).toEqual([403, 'twice-monthly', []])
    expect(response.text).toContain('ne vient pas de cette page')
  })

  it('should refuse a post from an opaque origin (Origin: null)', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const body = await preferencesBody(token, [['frequency', 'paused'], ['language', 'fr']])
    const response = await postPreferences(token, body, { origin: 'null' })

    expect([response.status, (await read(ambassador.id)).frequency]).toEqual([403, 'twice-monthly'])
  })

  it('should accept a post whose Origin is the server’s public origin', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const body = await preferencesBody(token, [['frequency', 'paused'], ['language', 'fr']])
    const response = await postPreferences(token, body, { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' })

    expect([response.status, (await read(ambassador.id)).frequency]).toEqual([200, 'paused'])
  })

  it('should refuse a form posted a second time with a clear page, changing nothing more', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const paused = await preferencesBody(token, [['frequency', 'paused'], ['language', 'fr']])
    await postPreferences(token, paused)
    await postPreferences(token, await preferencesBody(token, [['frequency', 'monthly'], ['language', 'fr']]))
    const replay = await postPreferences(token, paused)

    expect(replay.status).toBe(403)
    expect(replay.text).toContain('Ce formulaire a déjà été envoyé')
    expect([(await read(ambassador.id)).frequency, (await eventsOf(ambassador.id)).length]).toEqual(['monthly', 2])
  })

  it('should refuse a form posted again even when its first post changed nothing', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const unchanged = await preferencesBody(token, [['themes', String(themes.energy)], ['frequency', 'twice-monthly'], ['language', 'fr']])
    const first = await postPreferences(token, unchanged)
    const replay = await postPreferences(token, unchanged)

    expect([first.status, replay.status]).toEqual([200, 403])
  })

  it('should accept a post from the page itself (Sec-Fetch-Site: same-origin)', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const body = await preferencesBody(token, [['frequency', 'paused'], ['language', 'fr']])
    const response = await postPreferences(token, body, { 'sec-fetch-site': 'same-origin' })

    expect([response.status, (await read(ambassador.id)).frequency]).toEqual([200, 'paused'])
  })

  it.each([
    ['a theme that is not offered', [['themes', '999999'], ['frequency', 'monthly'], ['language', 'fr']]],
    ['an inactive theme', [['themes', '__inactive__'], ['frequency', 'monthly'], ['language', 'fr']]],
    ['an unknown frequency', [['frequency', 'daily'], ['language', 'fr']]],
    ['two frequencies', [['frequency', 'monthly'], ['frequency', 'paused'], ['language', 'fr']]],
    ['an unknown language', [['frequency', 'monthly'], ['language', 'de']]],
  ])('should refuse %s with 400 and save nothing', async (_case, fields) => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const resolved = (fields as [string, string][]).map(([name, value]): [string, string] => [
      name,
      value === '__inactive__' ? String(themes.inactive) : value,
    ])
    const response = await postPreferences(token, await preferencesBody(token, resolved))

    expect(response.status).toBe(400)
    expect(response.text).toContain('Certains choix ne sont pas valables')
    expect([await read(ambassador.id), await eventsOf(ambassador.id)]).toEqual([ambassador, []])
  })

  it('should subscribe again an ambassador who unsubscribed and asks to, with a new consent date', async () => {
    const ambassador = await newAmbassador({ status: 'unsubscribed' })
    const token = tokenFor('preferences', ambassador.id)
    const page = await showPreferences(token)
    expect(page.text).toContain('Votre inscription à la newsletter est arrêtée')
    const body = await preferencesBody(token, [['themes', String(themes.energy)], ['frequency', 'monthly'], ['language', 'fr'], ['resubscribe', 'yes']])
    const response = await postPreferences(token, body)

    expect(response.text).toContain('vous recevez de nouveau la newsletter')
    const saved = await read(ambassador.id)
    expect([saved.status, saved.consent?.source, saved.consent?.noticeVersion]).toEqual(['active', 'form', '2026-09'])
    expect(Date.parse(saved.consent!.at!)).toBeGreaterThan(Date.parse(ambassador.consent!.at!))
    expect((await eventsOf(ambassador.id)).map(({ details, source, type }) => ({ details, source, type })).sort((a, b) => a.type.localeCompare(b.type))).toEqual([
      { details: { status: ['unsubscribed', 'active'] }, source: 'email-link', type: 'opt-in' },
      { details: { frequency: ['twice-monthly', 'monthly'] }, source: 'email-link', type: 'preferences-change' },
    ])
  })

  it('should leave the ambassador unchanged when the event cannot be recorded (one transaction)', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const body = await preferencesBody(token, [['frequency', 'paused'], ['language', 'en']])
    ledgerDownFor.add(String(ambassador.id))
    const response = await postPreferences(token, body)

    expect(response.status).toBe(500)
    expect([await read(ambassador.id), await eventsOf(ambassador.id)]).toEqual([ambassador, []])
  })
})

describe('the unsubscribe page', () => {
  it('should show a confirmation with its button and the lighter choices, and change nothing (GET)', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('unsubscribe', ambassador.id)
    const response = await showUnsubscribe(token)

    expect(response.status).toBe(200)
    expect(headersOf(response.headers)).toEqual(securityHeaders)
    expect(response.text).toContain('<button type="submit">Me désinscrire</button>')
    expect(response.text).toContain('La recevoir une fois par mois')
    expect(response.text).toContain('La mettre en pause')
    expect([await read(ambassador.id), await eventsOf(ambassador.id)]).toEqual([ambassador, []])
  })

  it('should mint no preferences token: every form of the page posts to the unsubscribe link itself', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('unsubscribe', ambassador.id)
    const response = await showUnsubscribe(token)

    expect(formActions(response.text)).toEqual([`unsubscribe?token=${token}`, `unsubscribe?token=${token}`, `unsubscribe?token=${token}`])
    expect(response.text).not.toContain('preferences?token=')
  })

  it('should answer HEAD with 200 and no body, and change nothing', async () => {
    const ambassador = await newAmbassador()
    const response = await send({ method: 'HEAD', path: `/ambassadors/unsubscribe?token=${tokenFor('unsubscribe', ambassador.id)}` })

    expect([response.status, response.text]).toEqual([200, ''])
    expect([await read(ambassador.id), await eventsOf(ambassador.id)]).toEqual([ambassador, []])
  })

  it('should unsubscribe on a one-click POST with 200, no redirect, and one event', async () => {
    const ambassador = await newAmbassador()
    const response = await postUnsubscribe(tokenFor('unsubscribe', ambassador.id))

    expect([response.status, response.headers.get('location'), response.headers.get('content-type')]).toEqual([
      200,
      null,
      'text/plain; charset=utf-8',
    ])
    expect(response.text).toBe('Désinscription enregistrée.\n')
    expect((await read(ambassador.id)).status).toBe('unsubscribed')
    expect((await eventsOf(ambassador.id)).map(({ details, source, type }) => ({ details, source, type }))).toEqual([
      { details: { status: ['active', 'unsubscribed'] }, source: 'one-click', type: 'unsubscribe' },
    ])
  })

  it('should accept a one-click POST sent as multipart/form-data (RFC 8058 allows both encodings)', async () => {
    const ambassador = await newAmbassador()
    const boundary = 'mailprovider'
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`
    const response = await send({
      body,
      contentType: `multipart/form-data; boundary=${boundary}`,
      method: 'POST',
      path: `/ambassadors/unsubscribe?token=${tokenFor('unsubscribe', ambassador.id)}`,
    })

    expect([response.status, (await read(ambassador.id)).status]).toEqual([200, 'unsubscribed'])
    expect((await eventsOf(ambassador.id))[0]?.source).toBe('one-click')
  })

  it('should answer a second POST with 200 and record nothing more', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('unsubscribe', ambassador.id)
    await postUnsubscribe(token)
    const second = await postUnsubscribe(token)

    expect([second.status, second.headers.get('location')]).toEqual([200, null])
    expect(await eventsOf(ambassador.id)).toHaveLength(1)
  })

  it('should unsubscribe from the page’s button and show the result page', async () => {
    const ambassador = await newAmbassador({ language: 'en' })
    const response = await postUnsubscribe(tokenFor('unsubscribe', ambassador.id), '')

    expect([response.status, response.headers.get('location')]).toEqual([200, null])
    expect(response.text).toContain('<h1>You are unsubscribed</h1>')
    expect((await eventsOf(ambassador.id))[0]?.source).toBe('email-link')
  })

  it('should say on the result page where preferences are changed, with no link that could subscribe again', async () => {
    const ambassador = await newAmbassador({ language: 'en' })
    const response = await postUnsubscribe(tokenFor('unsubscribe', ambassador.id), '')

    expect(response.text).toContain('use the “Manage my preferences” link at the bottom of any newsletter email')
    expect(response.text).not.toContain('<a ')
    expect(response.text).not.toContain('preferences?token=')
  })

  it('should show an ambassador who already left that it is done, without a button', async () => {
    const ambassador = await newAmbassador({ status: 'unsubscribed' })
    const response = await showUnsubscribe(tokenFor('unsubscribe', ambassador.id))

    expect(response.text).toContain('Votre désinscription est déjà enregistrée')
    expect(response.text).not.toContain('<button')
  })

  it('should switch to monthly from the unsubscribe page’s lighter choice, staying subscribed', async () => {
    const ambassador = await newAmbassador()
    const page = await showUnsubscribe(tokenFor('unsubscribe', ambassador.id))
    const monthlyForm = /<form[^>]*action="([^"]+)"><input type="hidden" name="scope" value="frequency"><input type="hidden" name="frequency" value="monthly">/.exec(
      page.text,
    )!
    const response = await send({
      body: 'scope=frequency&frequency=monthly',
      method: 'POST',
      path: `/ambassadors/${monthlyForm[1]!.replaceAll('&amp;', '&')}`,
    })

    expect(response.status).toBe(200)
    expect(response.text).toContain('vous recevrez la newsletter une fois par mois')
    const saved = await read(ambassador.id)
    expect([saved.frequency, saved.status, saved.themes]).toEqual(['monthly', 'active', [themes.energy]])
    expect((await eventsOf(ambassador.id)).map((event) => event.type)).toEqual(['preferences-change'])
  })

  it('should refuse with 400 a lighter choice that would raise the frequency, changing nothing', async () => {
    const ambassador = await newAmbassador({ frequency: 'paused' })
    const response = await postUnsubscribe(tokenFor('unsubscribe', ambassador.id), 'scope=frequency&frequency=twice-monthly')

    expect(response.status).toBe(400)
    expect([await read(ambassador.id), await eventsOf(ambassador.id)]).toEqual([ambassador, []])
  })

  it('should refuse with 400 the full preference form posted to the unsubscribe link', async () => {
    const ambassador = await newAmbassador({ status: 'unsubscribed' })
    const body = `scope=preferences&frequency=monthly&language=fr&resubscribe=yes&themes=${themes.energy}`
    const response = await postUnsubscribe(tokenFor('unsubscribe', ambassador.id), body)

    expect(response.status).toBe(400)
    expect([await read(ambassador.id), await eventsOf(ambassador.id)]).toEqual([ambassador, []])
  })

  it('should leave the ambassador subscribed when the event cannot be recorded (one transaction)', async () => {
    const ambassador = await newAmbassador()
    ledgerDownFor.add(String(ambassador.id))
    const response = await postUnsubscribe(tokenFor('unsubscribe', ambassador.id))

    expect(response.status).toBe(500)
    expect([(await read(ambassador.id)).status, await eventsOf(ambassador.id)]).toEqual(['active', []])
  })
})

describe('tokens', () => {
  it('should refuse a preferences token on the unsubscribe page, GET and POST, and change nothing', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('preferences', ambassador.id)
    const [get, post] = [await showUnsubscribe(token), await postUnsubscribe(token)]

    expect([get.status, post.status]).toEqual([403, 403])
    expect([await read(ambassador.id), await eventsOf(ambassador.id)]).toEqual([ambassador, []])
  })

  it('should refuse an unsubscribe token on the preference page', async () => {
    const ambassador = await newAmbassador()
    const response = await showPreferences(tokenFor('unsubscribe', ambassador.id))

    expect(response.status).toBe(403)
  })

  it('should refuse a click token on both pages', async () => {
    const ambassador = await newAmbassador()
    const token = signToken('click', { ambassador: ambassador.id, issue: 1, item: 2 }, t.payload.secret)

    expect([(await showPreferences(token)).status, (await showUnsubscribe(token)).status]).toEqual([403, 403])
  })

  it('should answer a forged, truncated or unknown token with the same bilingual 403 page, never a 500', async () => {
    const ambassador = await newAmbassador()
    const token = tokenFor('unsubscribe', ambassador.id)
    const forged = token.replace(`.${ambassador.id}.`, `.${Number(ambassador.id) + 1}.`)
    const answers = await Promise.all(
      [forged, token.slice(0, -5), tokenFor('unsubscribe', 2_000_000_000), 'a1.x.unsubscribe.1.y', '%00'].map(showUnsubscribe),
    )

    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403])
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1)
    expect(answers[0]!.text).toContain('Ce lien ne fonctionne pas')
    expect(answers[0]!.text).toContain('<div class="card" lang="en">')
    expect(answers[0]!.text).toContain('This link does not work')
    expect(headersOf(answers[0]!.headers)).toEqual(securityHeaders)
    expect((await read(ambassador.id)).status).toBe('active')
  })

  it('should answer a missing token with 400 on every method', async () => {
    const answers = await Promise.all([
      send({ method: 'GET', path: '/ambassadors/preferences' }),
      send({ method: 'POST', body: 'List-Unsubscribe=One-Click', path: '/ambassadors/unsubscribe' }),
      send({ method: 'HEAD', path: '/ambassadors/unsubscribe?token=' }),
    ])

    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400])
  })

  it('should accept a link signed with a former secret listed in previousSecrets', async () => {
    const ambassador = await newAmbassador()
    const former = tokenFor('unsubscribe', ambassador.id, asPayloadSecret(formerSecret))
    const response = await postUnsubscribe(former)

    expect([response.status, (await read(ambassador.id)).status]).toEqual([200, 'unsubscribed'])
  })

  it('should refuse a link signed with a secret that is not listed', async () => {
    const ambassador = await newAmbassador()
    const response = await postUnsubscribe(tokenFor('unsubscribe', ambassador.id, asPayloadSecret('never-configured')))

    expect([response.status, (await read(ambassador.id)).status]).toEqual([403, 'active'])
  })
})
