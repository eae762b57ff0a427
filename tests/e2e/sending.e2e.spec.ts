/**
 * Sending a newsletter issue from its edit view, in a real browser on the demo: editrice opens the next
 * issue, clicks "Envoyer maintenant", confirms, and watches the sending panel follow the demo's
 * in-process sender to the end; every ambassador of the frozen audience gets the issue in the demo's
 * mail catcher. The panel reads in English for an English browser, and passes axe-core without a
 * serious or critical violation in the light and dark themes.
 */

import type { Page, Response } from 'playwright-core'

import { describe, expect, it } from 'vitest'

import { demoPassword } from '../../demo/seed/users.ts'
import { normalizeSpaces, restToken, openFrenchBrowser, selectedOption, seriousAxeViolations, signIn, useDemoAndBrowser, waitForFormToSettle } from './adminActions.ts'
import { flatText, listMail } from './mailCatcher.ts'

const editor = 'editrice@ambassadeurs.example'
const issuesPath = '/admin/collections/newsletter-issues'

const demo = useDemoAndBrowser()

type Issue = { id: number; status: string; title: string; translations?: { title: string }[] }
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
  }
}

/**
 * The next occurrence's issue, ready to send: built (201), or found (200, `created: false`: the demo
 * seeds it as a draft). One another run already sent is deleted and built again.
 */
const issueToSend = async (): Promise<Issue> => {
  const api = await editorApi()
  const { doc } = await api.build()
  expect(doc).toBeDefined()
  if (doc!.status === 'draft' || doc!.status === 'scheduled') {
    return doc!
  }
  const deleted = await api.call(`/api/newsletter-issues/${doc!.id}`, { method: 'DELETE' })
  expect(deleted.status, await deleted.clone().text()).toBe(200)
  const rebuilt = await api.build()
  expect(rebuilt.doc?.status).toBe('draft')
  return rebuilt.doc!
}

const panel = (page: Page) => page.locator('section.send-progress')
const statusText = async (page: Page) => normalizeSpaces(await panel(page).getByRole('status').innerText())
const countOf = async (page: Page, state: string) =>
  Number((await panel(page).locator(`[data-state="${state}"] dd`).innerText()).replace(/\D/g, ''))

/** The issue the tests send (built by the first), and the audience the send answer named. */
const toSend = {} as { issue: Issue }
const sent = {} as { audience: number; issue: Issue }

/** The issue's edit view, once the sending panel shows its status and the form has settled. */
const openIssue = async (page: Page, id: number) => {
  await page.goto(`${demo.server.baseUrl}${issuesPath}/${id}`)
  await panel(page).getByRole('status').waitFor()
  await waitForFormToSettle(page)
}

/** Each theme's serious and critical axe-core violations in the panel of the issue, once `ready` holds. */
const panelViolationsByTheme = async (id: number, ready: (page: Page) => Promise<unknown>, screenshot: string) => {
  const { context, page } = await openFrenchBrowser(demo.browser, { height: 1400, width: 1440 })
  await signIn(page, demo.server.baseUrl, editor)
  const violations: Record<string, { theme?: string; violations: unknown[] }> = {}
  for (const theme of ['light', 'dark'] as const) {
    // Payload's admin follows the system's colour scheme until the user picks a theme.
    await page.emulateMedia({ colorScheme: theme })
    await openIssue(page, id)
    await ready(page)
    violations[theme] = {
      theme: await page.evaluate(() => document.documentElement.dataset.theme),
      violations: await seriousAxeViolations(panel(page)),
    }
    await panel(page).screenshot({ path: `/tmp/${screenshot}-${theme}.png` })
  }
  await context.close()
  return violations
}

const noViolations = { dark: { theme: 'dark', violations: [] }, light: { theme: 'light', violations: [] } }

describe('the sending panel of a newsletter issue, driven by a real browser on the demo', () => {
  it('should offer to send a draft now, with no serious or critical accessibility violation in the light and dark themes', async () => {
    toSend.issue = await issueToSend()
    const violations = await panelViolationsByTheme(
      toSend.issue.id,
      async (page) => {
        expect(await statusText(page)).toBe('État de l’envoi : Brouillon')
        await panel(page).getByRole('button', { exact: true, name: 'Envoyer maintenant' }).waitFor()
      },
      'sending-draft',
    )
    expect(violations).toEqual(noViolations)
  }, 600_000)

  it('should send the issue after the confirmation and follow its progress until it is sent', async () => {
    const { issue } = toSend
    expect(issue).toBeDefined()
    const { context, page } = await openFrenchBrowser(demo.browser, { height: 1400, width: 1440 })
    await signIn(page, demo.server.baseUrl, editor)
    await openIssue(page, issue.id)
    expect(await statusText(page)).toBe('État de l’envoi : Brouillon')

    await panel(page).getByRole('button', { exact: true, name: 'Envoyer maintenant' }).click()
    const dialog = page.locator('.send-progress__confirm')
    await dialog.getByText('L’audience est figée maintenant', { exact: false }).waitFor()
    await page.screenshot({ fullPage: false, path: '/tmp/sending-confirm.png' })
    const answered = page.waitForResponse(
      (response: Response) =>
        response.request().method() === 'POST' && new URL(response.url()).pathname === `/api/newsletter-issues/${issue.id}/send`,
    )
    await dialog.getByRole('button', { exact: true, name: 'Envoyer maintenant' }).click()
    const response = await answered
    expect(response.status()).toBe(200)
    const answer = (await response.json()) as { audience: number; message: string; status: string }
    expect(answer.status).toBe('sending')
    // The demo's ambassadors whose phase and frequency take this issue: well over a hundred.
    expect(answer.audience).toBeGreaterThan(100)
    await page.locator('.payload-toast-container li').getByText(answer.message, { exact: true }).first().waitFor()
    await panel(page).getByRole('progressbar', { name: 'Avancement de l’envoi' }).waitFor()
    await page.screenshot({ fullPage: false, path: '/tmp/sending-in-progress.png' })

    await expect.poll(() => statusText(page), { interval: 500, timeout: 180_000 }).toBe('État de l’envoi : Envoyée')
    const bar = panel(page).getByRole('progressbar', { name: 'Avancement de l’envoi' })
    await expect.poll(() => bar.getAttribute('value'), { timeout: 30_000 }).toBe(String(answer.audience))
    expect(await bar.getAttribute('max')).toBe(String(answer.audience))
    expect(await countOf(page, 'sent')).toBe(answer.audience)
    expect(normalizeSpaces(await panel(page).locator('h3').innerText())).toBe('Bilan de l’envoi')
    // The view was refreshed from the server: the status select follows.
    await expect.poll(() => selectedOption(page, 'status'), { timeout: 30_000 }).toBe('Envoyée')
    expect(await panel(page).getByRole('button').count()).toBe(0)
    await waitForFormToSettle(page)
    await page.screenshot({ fullPage: false, path: '/tmp/sending-done.png' })
    sent.audience = answer.audience
    sent.issue = issue
    await context.close()
    // The sent issue stays: its deliveries are the record of what went out (the demo's data is thrown away).
  }, 600_000)

  it('should have handed one message per ambassador of the audience to the mail server', async () => {
    expect(sent.issue).toBeDefined()
    // Each ambassador gets the subject of their language: the issue's title, or one of its translations'.
    const stored = (await (await (await editorApi()).call(`/api/newsletter-issues/${sent.issue.id}?depth=0`)).json()) as Issue
    const subjects = new Set([stored.title, ...(stored.translations ?? []).map(({ title }) => title)].map(flatText))
    expect(subjects.size).toBeGreaterThan(1)
    const messages = (await listMail(demo.server.mailUrl)).filter((mail) => subjects.has(flatText(mail.subject)))
    const recipients = new Set(messages.flatMap((mail) => mail.to.map((to) => to.address.toLowerCase())))
    expect({ messages: messages.length, recipients: recipients.size }).toEqual({ messages: sent.audience, recipients: sent.audience })
    expect(recipients.has(editor)).toBe(false)
  }, 120_000)

  it('should show the final counts in English to an English browser', async () => {
    expect(sent.issue).toBeDefined()
    const context = await demo.browser.newContext({ locale: 'en-US', viewport: { height: 1400, width: 1440 } })
    context.setDefaultTimeout(90_000)
    const login = await context.request.post(`${demo.server.baseUrl}/api/users/login`, {
      data: { email: editor, password: demoPassword },
    })
    expect(login.status()).toBe(200)
    const page = await context.newPage()
    await openIssue(page, sent.issue.id)
    expect(await statusText(page)).toBe('Sending status: Sent')
    expect(normalizeSpaces(await panel(page).locator('h3').innerText())).toBe('Final counts')
    expect((await panel(page).locator('dt').allInnerTexts()).map(normalizeSpaces)).toEqual([
      'Waiting',
      'Being sent',
      'Sent',
      'To retry',
      'Failed',
      'Uncertain',
      'Left out',
    ])
    expect(await countOf(page, 'sent')).toBe(sent.audience)
    await page.screenshot({ fullPage: false, path: '/tmp/sending-done-en.png' })
    await context.close()
  }, 300_000)

  it('should show the final counts with no serious or critical accessibility violation in the light and dark themes', async () => {
    expect(sent.issue).toBeDefined()
    const violations = await panelViolationsByTheme(
      sent.issue.id,
      async (page) => {
        await panel(page).getByRole('progressbar').waitFor()
        expect(await countOf(page, 'sent')).toBe(sent.audience)
      },
      'sending-panel',
    )
    expect(violations).toEqual(noViolations)
  }, 300_000)
})
