/**
 * The issue's preview as one ambassador, in the French admin on the demo: any of the 156 ambassadors is
 * found by name (the server searches, a few at a time), the preview loads once per choice and once when the
 * view opens, and each ambassador reads the issue in their own language, subject and introduction alike.
 */

import type { Page, Request } from 'playwright-core'

import { afterAll, describe, expect, it } from 'vitest'

import { normalizeSpaces, openFrenchBrowser, restToken, signIn, useDemoAndBrowser, waitForFormToSettle } from './adminActions.ts'
import { flatText } from './mailCatcher.ts'

const editor = 'editrice@ambassadeurs.example'
const issuesPath = '/admin/collections/newsletter-issues'

const demo = useDemoAndBrowser()

type Ambassador = { email: string; firstName: string; id: number; lastName: string }

const editorApi = async () => {
  const token = await restToken(demo.server.baseUrl, editor)
  const headers = { 'accept-language': 'fr', authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const call = async <T,>(path: string, init: RequestInit = {}) => {
    const response = await fetch(`${demo.server.baseUrl}${path}`, { headers, ...init })
    expect(response.status).toBeLessThan(300)
    return (await response.json()) as T
  }
  return {
    /** The active ambassadors in the picker's order, the `page`-th of them. */
    activeAmbassador: (query: string, page: number) =>
      call<{ docs: Ambassador[]; totalDocs: number }>(
        `/api/ambassadors?depth=0&limit=1&page=${page}&sort=lastName,firstName&where[status][equals]=active${query}`,
      ),
    build: async () => (await call<{ doc: { id: number } }>('/api/newsletter-issues/build', { body: '{}', method: 'POST' })).doc.id,
    delete: (id: number) => call(`/api/newsletter-issues/${id}`, { method: 'DELETE' }),
    update: (id: number, data: Record<string, unknown>) => call(`/api/newsletter-issues/${id}`, { body: JSON.stringify(data), method: 'PATCH' }),
  }
}

const built = new Set<number>()

afterAll(async () => {
  const api = await editorApi()
  for (const id of built) await api.delete(id)
}, 60_000)

const panel = (page: Page) => page.locator('section.issue-preview')
const frame = (page: Page) => panel(page).locator('iframe.issue-preview__frame')
const previewText = async (page: Page) =>
  flatText(
    ((await frame(page).getAttribute('srcdoc')) ?? '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replaceAll('&nbsp;', ' ')
      .replaceAll('&amp;', '&'),
  )

const isPreviewRequest = (request: Request) => /\/api\/newsletter-issues\/\d+\/preview$/.test(new URL(request.url()).pathname)

/** The issue's edit view as editrice, counting the preview requests from the moment it opens. */
const openIssue = async (id: number) => {
  const browser = await openFrenchBrowser(demo.browser, { height: 1400, width: 1440 })
  await signIn(browser.page, demo.server.baseUrl, editor)
  const previews: string[] = []
  browser.page.on('request', (request) => {
    if (isPreviewRequest(request)) previews.push(new URL(request.url()).search)
  })
  await browser.page.goto(`${demo.server.baseUrl}${issuesPath}/${id}`)
  await frame(browser.page).waitFor()
  await waitForFormToSettle(browser.page, 2000)
  return { ...browser, previews }
}

/** Finds an ambassador by name in the picker and previews the issue as them. */
const previewAs = async (page: Page, ambassador: Ambassador) => {
  await panel(page).getByLabel('Un ambassadeur', { exact: true }).check()
  await panel(page).getByLabel('Rechercher un ambassadeur', { exact: true }).fill(`${ambassador.firstName} ${ambassador.lastName}`)
  const answered = page.waitForResponse((response) => isPreviewRequest(response.request()) && response.url().includes(`ambassador=${ambassador.id}`))
  await panel(page).getByRole('option', { name: new RegExp(`^${ambassador.firstName} ${ambassador.lastName}`) }).click()
  expect((await answered).status()).toBe(200)
  await expect.poll(() => previewText(page)).toMatch(new RegExp(`(Bonjour|Hello) ${ambassador.firstName}`))
}

describe('the issue preview as one ambassador, driven by a real browser', () => {
  it('should load the preview once when the issue view opens', async () => {
    const id = await (await editorApi()).build()
    built.add(id)
    const { context, previews } = await openIssue(id)
    expect(previews).toHaveLength(1)
    await context.close()
  }, 600_000)

  it('should find an ambassador beyond the first hundred by name and preview the issue once as them', async () => {
    const api = await editorApi()
    const id = await api.build()
    built.add(id)
    const { totalDocs } = await api.activeAmbassador('', 1)
    expect(totalDocs).toBeGreaterThan(100)
    const [last] = (await api.activeAmbassador('', totalDocs)).docs
    const { context, page, previews } = await openIssue(id)
    previews.length = 0
    await previewAs(page, last!)
    await waitForFormToSettle(page, 2000)
    expect(previews).toEqual([`?format=json&ambassador=${last!.id}`])
    expect(normalizeSpaces(await panel(page).getByText(/^Aperçu pour /).innerText())).toBe(`Aperçu pour ${last!.firstName} ${last!.lastName}`)
    await page.screenshot({ fullPage: true, path: '/tmp/issue-preview-picker.png' })
    await context.close()
  }, 600_000)

  it('should show an English ambassador the English subject and introduction', async () => {
    const api = await editorApi()
    const id = await api.build()
    built.add(id)
    await api.update(id, {
      introduction: 'Bonjour à toutes et à tous, voici les nouvelles du mois.',
      title: 'Les nouvelles du mois',
      translations: [{ introduction: 'Hello everyone, here is the news of the month.', language: 'en', title: 'News of the month' }],
    })
    const [english] = (await api.activeAmbassador('&where[language][equals]=en', 1)).docs
    const { context, page } = await openIssue(id)
    await previewAs(page, english!)
    expect(normalizeSpaces(await panel(page).locator('[data-preview-subject]').innerText())).toBe('News of the month')
    const text = await previewText(page)
    expect(text).toContain('Hello everyone, here is the news of the month.')
    expect(text).not.toContain('Bonjour')
    await page.screenshot({ fullPage: true, path: '/tmp/issue-preview-english.png' })
    await context.close()
  }, 600_000)

  it('should show a French ambassador the French subject and introduction', async () => {
    const api = await editorApi()
    const id = await api.build()
    built.add(id)
    await api.update(id, {
      introduction: 'Bonjour à toutes et à tous, voici les nouvelles du mois.',
      title: 'Les nouvelles du mois',
      translations: [{ introduction: 'Hello everyone, here is the news of the month.', language: 'en', title: 'News of the month' }],
    })
    const [french] = (await api.activeAmbassador('&where[language][equals]=fr', 1)).docs
    const { context, page } = await openIssue(id)
    await previewAs(page, french!)
    expect(normalizeSpaces(await panel(page).locator('[data-preview-subject]').innerText())).toBe('Les nouvelles du mois')
    const text = await previewText(page)
    expect(text).toContain('Bonjour à toutes et à tous, voici les nouvelles du mois.')
    expect(text).not.toContain('Hello')
    await page.screenshot({ fullPage: true, path: '/tmp/issue-preview-french.png' })
    await context.close()
  }, 600_000)
})
