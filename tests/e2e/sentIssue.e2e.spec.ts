/**
 * What an editor sees around an issue sent early, in a real browser on the demo: the sent issue reads as
 * read-only with no status left to choose, "Construire la prochaine édition" goes on to the next
 * occurrence instead of returning to the sent one, a draft's status select offers draft and scheduled
 * only, and the send confirmation names how many ambassadors will get the issue.
 */

import type { Page, Response } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { normalizeSpaces, openFrenchBrowser, optionsOf, restToken, signIn, useDemoAndBrowser, waitForFormToSettle } from './adminActions.ts'

const editor = 'editrice@ambassadeurs.example'
const issuesPath = '/admin/collections/newsletter-issues'

const demo = useDemoAndBrowser()

type Issue = { id: number; scheduledAt: string; status: string; title: string }
type BuildAnswer = { created?: boolean; doc?: Issue; message: string; skipped?: boolean }

/** editrice's REST session (French answers). */
const editorApi = async () => {
  const token = await restToken(demo.server.baseUrl, editor)
  const headers = { 'accept-language': 'fr', authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const call = (path: string, init: RequestInit = {}) => fetch(`${demo.server.baseUrl}${path}`, { ...init, headers })
  return {
    build: async () => {
      const response = await call('/api/newsletter-issues/build', { body: '{}', method: 'POST' })
      expect([200, 201], await response.clone().text()).toContain(response.status)
      return (await response.json()) as BuildAnswer
    },
    call,
    get: async (id: number) => (await (await call(`/api/newsletter-issues/${id}?depth=0`)).json()) as Issue,
    /** Reads the issue every second until it has `status` (expect.poll is for tests, not hooks). */
    waitForStatus: async (id: number, status: string, timeoutMs = 180_000) => {
      const deadline = Date.now() + timeoutMs
      let current = ''
      while (current !== status && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 1000))
        current = (await (await call(`/api/newsletter-issues/${id}?depth=0`)).json()).status
      }
      expect(current).toBe(status)
    },
    remove: async (id: number) => (await call(`/api/newsletter-issues/${id}`, { method: 'DELETE' })).status,
  }
}

/** The issue sent early by the first test, and the next one built after it (removed at the end). */
const state = {} as { next?: Issue; sent: Issue }

afterAll(async () => {
  if (!state.next) return
  expect(await (await editorApi()).remove(state.next.id)).toBe(200)
}, 60_000)

const panel = (page: Page) => page.locator('section.send-progress')
const statusText = async (page: Page) => normalizeSpaces(await panel(page).getByRole('status').innerText())

const openIssue = async (page: Page, id: number) => {
  await page.goto(`${demo.server.baseUrl}${issuesPath}/${id}`)
  await panel(page).getByRole('status').waitFor()
  await waitForFormToSettle(page)
}

/** Sends the next occurrence's issue now, as an editor would early, and waits for the send to finish. */
beforeAll(async () => {
  const api = await editorApi()
  const { doc } = await api.build()
  expect(doc?.status).toBe('draft')
  const sent = await api.call(`/api/newsletter-issues/${doc!.id}/send`, { method: 'POST' })
  expect(sent.status, await sent.clone().text()).toBe(200)
  await api.waitForStatus(doc!.id, 'sent')
  state.sent = doc!
}, 1_500_000)

describe('an issue sent early, in the French admin', () => {
  it('should show a sent issue read-only, its status select offering no status and saying why', async () => {
    expect(state.sent).toBeDefined()
    const { context, page } = await openFrenchBrowser(demo.browser, { height: 1200, width: 1440 })
    await signIn(page, demo.server.baseUrl, editor)
    await openIssue(page, state.sent.id)
    await page.screenshot({ fullPage: true, path: '/tmp/sent-issue-readonly.png' })
    expect({
      introduction: await page.locator('#field-introduction').isEditable(),
      status: await page.locator('#field-status .rs__control--is-disabled').count(),
      title: await page.locator('#field-title').isEditable(),
    }).toEqual({ introduction: false, status: 1, title: false })
    expect(normalizeSpaces(await page.locator('.issue-status-note').innerText())).toBe(
      'Statut tenu par l’envoi : le contenu reste tel que les ambassadeurs le reçoivent.',
    )
    await context.close()
  }, 300_000)

  it('should build the next occurrence’s issue from the list once the current one is sent', async () => {
    expect(state.sent).toBeDefined()
    const { context, page } = await openFrenchBrowser(demo.browser, { height: 1200, width: 1440 })
    await signIn(page, demo.server.baseUrl, editor)
    await page.goto(`${demo.server.baseUrl}${issuesPath}`)
    const button = page.getByRole('button', { exact: true, name: 'Construire la prochaine édition' })
    await button.waitFor()
    await waitForFormToSettle(page)
    const answered = page.waitForResponse(
      (response: Response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/newsletter-issues/build',
    )
    await button.click()
    const answer = (await (await answered).json()) as BuildAnswer
    expect(answer.doc?.id).toBeDefined()
    state.next = answer.doc
    expect({
      after: Date.parse(answer.doc!.scheduledAt) > Date.parse(state.sent.scheduledAt),
      other: answer.doc!.id !== state.sent.id,
      status: answer.doc!.status,
    }).toEqual({ after: true, other: true, status: 'draft' })
    // The toast comes with the answer, before the issue opens (a slow page load can outlast it).
    await page.locator('.payload-toast-container li').getByText(answer.message, { exact: true }).first().waitFor()
    await page.screenshot({ path: '/tmp/sent-issue-next-built.png' })
    await page.waitForURL(new RegExp(`${issuesPath}/${answer.doc!.id}$`))
    await context.close()
  }, 300_000)

  it('should offer a draft’s status select only draft and scheduled', async () => {
    expect(state.next).toBeDefined()
    const { context, page } = await openFrenchBrowser(demo.browser, { height: 1200, width: 1440 })
    await signIn(page, demo.server.baseUrl, editor)
    await openIssue(page, state.next!.id)
    expect(await optionsOf(page, 'status')).toEqual(['Brouillon', 'Programmée'])
    await context.close()
  }, 300_000)

  it('should name in the send confirmation how many ambassadors will receive the issue', async () => {
    expect(state.next).toBeDefined()
    const { context, page } = await openFrenchBrowser(demo.browser, { height: 1200, width: 1440 })
    await signIn(page, demo.server.baseUrl, editor)
    await openIssue(page, state.next!.id)
    await panel(page).getByRole('button', { exact: true, name: 'Envoyer maintenant' }).click()
    const heading = page.locator('.send-progress__confirm').getByRole('heading', { name: /^Envoyer à [\d\s\u202f]+ ambassadeurs ?\?$/ })
    await heading.waitFor()
    await page.screenshot({ path: '/tmp/sent-issue-confirm.png' })
    expect(Number((await heading.innerText()).replace(/\D/g, ''))).toBeGreaterThan(100)
    await page.locator('.send-progress__confirm').getByRole('button', { exact: true, name: 'Pas maintenant' }).click()
    await context.close()
  }, 300_000)
})
