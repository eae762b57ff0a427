import { parse } from 'parse5'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { verifyToken } from '../../src/newsletter/tokens.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { createPageSender, type PageSender } from '../helpers/sendPageRequest.ts'
import { startSmtpServer } from '../helpers/startSmtpServer.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let issueId: number | string
let send: PageSender

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>'

/** Every element of a parsed document, depth first. */
const elementsOf = (node: any): any[] => [node, ...(node.childNodes ?? []).flatMap(elementsOf), ...(node.content ? elementsOf(node.content) : [])]

beforeAll(async () => {
  smtp = await startSmtpServer()
  t = await initTestPayload('newsletter-preview', { smtpUrl: smtp.url })
  api = createApiClient(t.config)
  send = createPageSender(t.config)
  f = await createAccessFixtures(t.payload)
  await t.payload.update({
    collection: 'content-items',
    data: {
      link: 'https://www.ardelys.example/actu?a=1&b="2"',
      shareTexts: [{ network: 'linkedin', text: `Fiers de notre réseau de chaleur ${hostile}` }],
      summary: `Un résumé ${hostile}`,
      title: `Contenu validé ${hostile}`,
    } as never,
    id: f.approved.id,
  })
  await t.payload.update({ collection: 'ambassadors', data: { firstName: `Claire ${hostile}` } as never, id: f.ambassador.id })
  const calendar = await t.payload.create({
    collection: 'editorial-calendars',
    data: {
      cadences: [{ kind: 'newsletter', label: 'Newsletter', rrule: 'FREQ=DAILY;BYHOUR=12;BYMINUTE=0;BYSECOND=0', startsOn: new Date().toISOString() }],
      deadPeriods: [],
      name: 'Aperçu',
      plannedSlots: [
        {
          date: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          kind: 'training',
          registrationLink: 'https://intranet.example/inscription',
          title: 'Formation LinkedIn',
        },
      ],
    } as never,
  })
  const built = await api.rest('POST', '/newsletter-issues/build', { body: { calendar: calendar.id }, token: f.editor.token })
  issueId = built.body.doc.id
})

afterAll(async () => {
  await t?.teardown()
  await smtp?.stop()
})

describe('GET /api/newsletter-issues/:id/preview', () => {
  it("should show the issue as the ambassador gets it, sandboxed, with nothing hostile", async () => {
    const response = await api.rest<string>('GET', `/newsletter-issues/${issueId}/preview?ambassador=${f.ambassador.id}`, { token: f.editor.token })
    expect(response.status).toBe(200)
    const html = response.body
    expect(html).toContain('Contenu validé')
    expect(html).toContain('Formation LinkedIn')
    expect(html).toContain('https://intranet.example/inscription')
    const document = parse(html)
    const elements = elementsOf(document).filter((node) => node.tagName)
    expect(elements.filter((node) => node.tagName === 'script')).toEqual([])
    const attributes = elements.flatMap((node) => node.attrs ?? [])
    expect(attributes.filter((attribute: { name: string }) => attribute.name.startsWith('on'))).toEqual([])
    const hrefs = attributes.filter((attribute: { name: string }) => attribute.name === 'href').map((attribute: { value: string }) => attribute.value)
    expect(hrefs.filter((href: string) => !/^(https?:|mailto:)/i.test(href.trim()))).toEqual([])
  })

  it('should carry only preview links, naming the ambassador, that no page takes for their own', async () => {
    const response = await api.rest<string>('GET', `/newsletter-issues/${issueId}/preview?ambassador=${f.ambassador.id}`, { token: f.editor.token })
    const tokens = [...response.body.matchAll(/\/api\/ambassadors\/(preferences|unsubscribe)\?token=([^"&]+)/g)].map((match) => match[2]!)

    expect(tokens).toHaveLength(2)
    expect(tokens.map((token) => verifyToken(token, 'preview', [t.payload.secret]))).toEqual([
      { ambassador: String(f.ambassador.id) },
      { ambassador: String(f.ambassador.id) },
    ])
    expect(tokens.flatMap((token) => [verifyToken(token, 'preferences', [t.payload.secret]), verifyToken(token, 'unsubscribe', [t.payload.secret])])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })

  it('should serve it with a sandboxing policy, and JSON for the admin panel', async () => {
    const handlerResponse = await api.rest('GET', `/newsletter-issues/${issueId}/preview?format=json`, { token: f.editor.token })
    expect(handlerResponse.status).toBe(200)
    expect(handlerResponse.body).toMatchObject({
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      segments: [expect.objectContaining({ audience: 1 })],
      subject: expect.stringContaining('Newsletter des ambassadeurs'),
    })
  })

  it('should refuse referents, strangers and unknown ambassadors without a 500', async () => {
    const referent = await api.rest('GET', `/newsletter-issues/${issueId}/preview`, { token: f.referentA.token })
    const anonymous = await api.rest('GET', `/newsletter-issues/${issueId}/preview`)
    const unknown = await api.rest('GET', `/newsletter-issues/${issueId}/preview?ambassador=99999999`, { token: f.editor.token })
    const malformed = await api.rest('GET', `/newsletter-issues/${issueId}/preview?ambassador=abc`, { token: f.editor.token })
    const noIssue = await api.rest('GET', '/newsletter-issues/99999999/preview', { token: f.editor.token })
    expect([referent.status, anonymous.status, unknown.status, malformed.status, noIssue.status]).toEqual([403, 401, 404, 404, 404])
  })
})

describe('POST /api/newsletter-issues/:id/test-send', () => {
  it("should send the preview to the editor's own address, a multipart message with the List headers", async () => {
    const before = smtp.received.length
    const response = await api.rest('POST', `/newsletter-issues/${issueId}/test-send`, {
      body: { ambassador: f.ambassador.id },
      language: 'fr',
      token: f.editor.token,
    })
    expect([response.status, response.body.to]).toEqual([200, f.editor.email])
    const [mail] = (await smtp.waitForMessages(before + 1)).slice(before)
    expect(mail!.envelopeTo).toEqual([f.editor.email])
    expect(mail!.parsed.subject).toMatch(/^\[Essai\] Newsletter des ambassadeurs/)
    expect(mail!.raw).toMatch(/Content-Type: multipart\/alternative/i)
    expect(mail!.parsed.text).toContain('Contenu validé')
    const head = mail!.raw.slice(0, mail!.raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ')
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m)
    expect(head).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/api\/ambassadors\/unsubscribe\?token=[^>]+>, <mailto:[^>]+>$/m)
    expect(head).toMatch(/^List-Id: Ambassadeurs Ardelys <ambassadeurs\.localhost>$/im)
    expect(mail!.parsed.messageId).toMatch(/^<.+@.+>$/)
  })

  it('should let the editor approve the draft, and nobody set a status of the plugin’s own', async () => {
    const approve = await api.rest('PATCH', `/newsletter-issues/${issueId}`, { body: { status: 'scheduled' }, token: f.editor.token })
    const forge = await api.rest('PATCH', `/newsletter-issues/${issueId}`, { body: { status: 'sent' }, token: f.editor.token })
    expect([approve.status, approve.body.doc?.status, forge.status]).toEqual([200, 'scheduled', 400])
  })

  it('should refuse a referent and a malformed body', async () => {
    const referent = await api.rest('POST', `/newsletter-issues/${issueId}/test-send`, { body: {}, token: f.referentA.token })
    const malformed = await api.rest('POST', `/newsletter-issues/${issueId}/test-send`, { body: { to: 'someone@else.example' }, token: f.editor.token })
    expect([referent.status, malformed.status]).toEqual([403, 400])
  })
})

describe('the links of a preview and a test message', () => {
  const engagementOf = async () =>
    (await t.payload.count({ collection: 'engagement-events', where: { ambassador: { equals: f.ambassador.id }, type: { not_equals: 'click' } } })).totalDocs
  const stateOf = async () => {
    const doc = (await t.payload.findByID({ collection: 'ambassadors', depth: 0, id: f.ambassador.id })) as unknown as Record<string, unknown>
    return { consent: doc.consent, events: await engagementOf(), frequency: doc.frequency, status: doc.status, updatedAt: doc.updatedAt }
  }
  /** The path under /api of the test message's one-click unsubscribe URL. */
  const oneClickPathOfTestMessage = async () => {
    const before = smtp.received.length
    await api.rest('POST', `/newsletter-issues/${issueId}/test-send`, { body: { ambassador: f.ambassador.id }, token: f.editor.token })
    const [mail] = (await smtp.waitForMessages(before + 1)).slice(before)
    const head = mail!.raw.slice(0, mail!.raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ')
    const url = new URL(/^List-Unsubscribe: <([^>]+)>/m.exec(head)![1]!)
    return `${url.pathname.replace(/^\/api/, '')}${url.search}`
  }
  const previewPath = async (page: 'preferences' | 'unsubscribe') => {
    const response = await api.rest<string>('GET', `/newsletter-issues/${issueId}/preview?ambassador=${f.ambassador.id}`, { token: f.editor.token })
    return new RegExp(`/api(/ambassadors/${page}\\?token=[^"&]+)`).exec(response.body)![1]!
  }

  it('should change and record nothing when the one-click unsubscribe of a test message is posted', async () => {
    const before = await stateOf()
    const response = await send({ body: 'List-Unsubscribe=One-Click', method: 'POST', path: await oneClickPathOfTestMessage() })

    expect([response.status, response.text]).toEqual([200, 'Aperçu\u00a0: rien n’a été modifié.\n'])
    expect(await stateOf()).toEqual(before)
  })

  it('should show the preference page the ambassador would see, marked as a preview', async () => {
    const response = await send({ method: 'GET', path: await previewPath('preferences') })

    expect(response.status).toBe(200)
    expect(response.text).toContain('<h1>Vos préférences</h1>')
    expect(response.text).toContain('Aperçu de la page que voit cet ambassadeur')
  })

  it('should answer the preference form of a preview with 200, saying nothing was changed, and record nothing', async () => {
    const before = await stateOf()
    const path = await previewPath('preferences')
    const response = await send({ body: 'scope=preferences&frequency=paused&language=en', method: 'POST', path })

    expect(response.status).toBe(200)
    expect(response.text).toContain('Aperçu\u00a0: rien n’a été modifié.')
    expect(await stateOf()).toEqual(before)
  })

  it('should answer the unsubscribe button of a preview with 200, saying nothing was changed, and record nothing', async () => {
    const before = await stateOf()
    const page = await send({ method: 'GET', path: await previewPath('unsubscribe') })
    const response = await send({ body: '', method: 'POST', path: await previewPath('unsubscribe') })

    expect([page.status, response.status]).toEqual([200, 200])
    expect(page.text).toContain('Aperçu de la page que voit cet ambassadeur')
    expect(response.text).toContain('Aperçu\u00a0: rien n’a été modifié.')
    expect(await stateOf()).toEqual(before)
  })
})
