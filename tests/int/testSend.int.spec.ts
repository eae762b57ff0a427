import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures, TestUser } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { getPool } from '../../src/database/pool.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures, createSignedInUser, password } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { startSmtpServer } from '../helpers/startSmtpServer.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let issueId: number | string
let round = 0

/** A new editor, signed in: each test counts its own test sends. */
const newEditor = () => {
  round++
  return createSignedInUser(t.payload, `editrice${round}@test.example`, ['editor'])
}

const testSend = (user: Pick<TestUser, 'token'>, language: 'en' | 'fr' = 'en') =>
  api.rest('POST', `/newsletter-issues/${issueId}/test-send`, { body: {}, language, token: user.token })

const changeOwnEmail = async (user: TestUser, email: string) => {
  const response = await api.rest('PATCH', `/users/${user.id}`, { body: { email }, token: user.token })
  expect(response.status).toBe(200)
  const { token } = await t.payload.login({ collection: 'users', data: { email, password } })
  return { ...user, email, token: token! }
}

/** The confirmation link of the last email sent to `to`, once the jobs have run. */
const confirmationLinkTo = async (to: string) => {
  await t.payload.jobs.run({ queue: 'ambassadors' })
  const mail = smtp.received.filter((received) => received.envelopeTo.includes(to)).at(-1)
  const link = String(mail?.parsed.text ?? '').match(/https?:\/\/\S+confirm-email\?token=\S+/)?.[0]
  return new URL(link!)
}

const pathOf = (url: URL) => `${url.pathname.replace(/^\/api/, '')}${url.search}`

beforeAll(async () => {
  smtp = await startSmtpServer()
  t = await initTestPayload('test-send', { smtpUrl: smtp.url })
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
  const issue = await t.payload.create({ collection: 'newsletter-issues', data: { contentItems: [f.approved.id], title: 'Essais' } as never })
  issueId = issue.id
})

afterAll(async () => {
  await t?.teardown()
  await smtp?.stop()
})

describe('where a test send goes', () => {
  it('should keep sending tests to the verified address after an editor changes their own email over REST', async () => {
    const editor = await newEditor()
    const moved = await changeOwnEmail(editor, `autre${round}@elsewhere.example`)
    const before = smtp.received.length
    const response = await testSend(moved)
    const [mail] = (await smtp.waitForMessages(before + 1)).slice(before)
    expect([response.status, response.body.to, mail!.envelopeTo]).toEqual([200, editor.email, [editor.email]])
  })

  it('should keep sending tests to the verified address after an editor changes their own email over GraphQL', async () => {
    const editor = await newEditor()
    const changed = await api.gql(`mutation { updateUser(id: ${editor.id}, data: { email: "gql${round}@elsewhere.example" }) { email } }`, { token: editor.token })
    expect(changed.body.data?.updateUser?.email).toBe(`gql${round}@elsewhere.example`)
    const response = await testSend(editor)
    expect([response.status, response.body.to]).toEqual([200, editor.email])
  })

  it('should say in the answer where the test went and which address still waits for its confirmation', async () => {
    const editor = await newEditor()
    const moved = await changeOwnEmail(editor, `attente${round}@elsewhere.example`)
    const response = await testSend(moved, 'fr')
    expect(response.body.message).toBe(`Essai envoyé à ${editor.email}. Confirmez ${moved.email} avec le lien qui vous y a été envoyé pour y recevoir les essais.`)
  })

  it('should email the new address a confirmation link through a queued job, not from the request', async () => {
    const editor = await newEditor()
    const before = smtp.received.length
    const moved = await changeOwnEmail(editor, `file${round}@elsewhere.example`)
    const sentByRequest = smtp.received.length - before
    const { totalDocs } = await t.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'ambassadorsConfirmUserEmail' } } })
    const link = await confirmationLinkTo(moved.email)
    expect([sentByRequest, totalDocs > 0, link.pathname]).toEqual([0, true, '/api/users/confirm-email'])
  })

  it('should show a confirmation page on GET that changes nothing', async () => {
    const editor = await newEditor()
    const moved = await changeOwnEmail(editor, `vue${round}@elsewhere.example`)
    const page = await api.rest<string>('GET', pathOf(await confirmationLinkTo(moved.email)), { language: 'fr' })
    expect([page.status, page.body]).toEqual([200, expect.stringMatching(/<form method="post" action="[^"]+confirm-email\?token=[^"]+">/)])
    expect((await testSend(moved)).body.to).toBe(editor.email)
  })

  it('should send tests to the new address once the page’s button confirmed it', async () => {
    const editor = await newEditor()
    const moved = await changeOwnEmail(editor, `confirme${round}@elsewhere.example`)
    const confirmed = await api.rest<string>('POST', pathOf(await confirmationLinkTo(moved.email)))
    expect(confirmed.status).toBe(200)
    expect((await testSend(moved)).body.to).toBe(moved.email)
  })

  it('should refuse a forged confirmation link and a link for an address the account no longer has', async () => {
    const editor = await newEditor()
    const moved = await changeOwnEmail(editor, `premier${round}@elsewhere.example`)
    const stale = await confirmationLinkTo(moved.email)
    const again = await changeOwnEmail(moved, `second${round}@elsewhere.example`)
    const forged = new URL(stale)
    forged.searchParams.set('token', `${stale.searchParams.get('token')!.slice(0, -2)}xx`)
    const answers = [await api.rest('POST', pathOf(stale)), await api.rest('POST', pathOf(forged))]
    expect(answers.map((answer) => answer.status)).toEqual([403, 403])
    expect((await testSend(again)).body.to).toBe(editor.email)
  })

  it('should send tests to the address an admin created the account with, over REST', async () => {
    round++
    const email = `creee${round}@test.example`
    const created = await api.rest('POST', '/users', { body: { email, language: 'fr', password, roles: ['editor'] }, token: f.admin.token })
    expect(created.status).toBe(201)
    const { token } = await t.payload.login({ collection: 'users', data: { email, password } })
    expect((await testSend({ token: token! })).body.to).toBe(email)
  })

  it('should trust an admin who changes an editor’s email: tests go to the new address at once', async () => {
    const editor = await newEditor()
    const changed = await api.rest('PATCH', `/users/${editor.id}`, { body: { email: `parladmin${round}@test.example` }, token: f.admin.token })
    expect(changed.status).toBe(200)
    const { token } = await t.payload.login({ collection: 'users', data: { email: `parladmin${round}@test.example`, password } })
    expect((await testSend({ token: token! })).body.to).toBe(`parladmin${round}@test.example`)
  })

  it('should let nobody write the verified address or the test-send count through the API', async () => {
    const editor = await newEditor()
    const response = await api.rest('PATCH', `/users/${editor.id}`, {
      body: { testSends: [], verifiedEmail: 'moi@elsewhere.example' },
      token: editor.token,
    })
    const me = await api.rest('GET', '/users/me', { token: editor.token })
    expect([response.status, me.body.user?.verifiedEmail, 'testSends' in (me.body.user ?? {})]).toEqual([200, editor.email, false])
    expect((await testSend(editor)).body.to).toBe(editor.email)
  })
})

describe('what a test send looks like', () => {
  it('should fold every header line to 76 characters but a lone URI, List-Unsubscribe between its URIs', async () => {
    const editor = await newEditor()
    const title = `${'Innovation, marque employeur et événements de la quinzaine '.repeat(2)}🚀 et bien plus`
    const issue = await t.payload.create({ collection: 'newsletter-issues', data: { contentItems: [f.approved.id], title } as never })
    const response = await api.rest('POST', `/newsletter-issues/${issue.id}/test-send`, { body: {}, language: 'fr', token: editor.token })
    expect(response.status).toBe(200)
    const mail = smtp.received.filter((received) => received.envelopeTo.includes(editor.email)).at(-1)!
    const head = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'))
    const listUnsubscribe = head.split(/\r\n(?![ \t])/).find((header) => header.startsWith('List-Unsubscribe:'))!
    expect(head.split('\r\n').filter((line) => line.length > 76 && !/^(List-Unsubscribe: )?<[^ ]+>,?$/.test(line))).toEqual([])
    expect(listUnsubscribe.split('\r\n')).toEqual([expect.stringMatching(/^List-Unsubscribe: <http[^ ]+>,$/), expect.stringMatching(/^ <mailto:[^ ]+>$/)])
    expect(mail.parsed.subject).toBe(`[Essai] ${title}`)
  })
})

describe('how many test sends', () => {
  it('should refuse a sixth test send within ten minutes with a 429, a Retry-After and a message in French', async () => {
    const editor = await newEditor()
    const statuses = []
    for (let index = 0; index < 5; index++) {
      statuses.push((await testSend(editor)).status)
    }
    const refused = await api.rest('POST', `/newsletter-issues/${issueId}/test-send`, { body: {}, language: 'fr', token: editor.token })
    expect([...statuses, refused.status]).toEqual([200, 200, 200, 200, 200, 429])
    expect(refused.body.errors?.[0]?.message).toMatch(/^Pas plus de 5 essais en 10 minutes : réessayez dans \d+ min\.$/)
  })

  it('should tell when to try again in the Retry-After header', async () => {
    const editor = await newEditor()
    const url = `http://localhost/api/newsletter-issues/${issueId}/test-send`
    await getPool(t.payload).query(
      `UPDATE users SET test_sends = $2::jsonb WHERE id = $1`,
      [editor.id, JSON.stringify(Array.from({ length: 5 }, () => new Date(Date.now() - 4 * 60_000).toISOString()))],
    )
    const { REST_POST } = await import('@payloadcms/next/routes')
    const response = await REST_POST(t.config)(
      new Request(url, { body: '{}', headers: { authorization: `JWT ${editor.token}`, 'content-type': 'application/json' }, method: 'POST' }),
      { params: Promise.resolve({ slug: ['newsletter-issues', String(issueId), 'test-send'] }) },
    )
    const retryAfter = Number(response.headers.get('retry-after'))
    expect([response.status, retryAfter > 5 * 60 && retryAfter <= 6 * 60]).toEqual([429, true])
  })

  it('should count in the database under the user row’s lock: a request waits for the lock, then sees the count', async () => {
    const editor = await newEditor()
    const holder = await getPool(t.payload).connect()
    try {
      await holder.query('BEGIN')
      await holder.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [editor.id])
      let settled = false
      const pending = testSend(editor).finally(() => {
        settled = true
      })
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(settled).toBe(false)
      await holder.query(`UPDATE users SET test_sends = $2::jsonb WHERE id = $1`, [
        editor.id,
        JSON.stringify(Array.from({ length: 5 }, () => new Date().toISOString())),
      ])
      await holder.query('COMMIT')
      expect((await pending).status).toBe(429)
    } finally {
      holder.release()
    }
  })
})
