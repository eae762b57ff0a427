/**
 * What a person does in the Payload admin (3.90), for the browser tests: open a French browser, sign in,
 * open a document, pick in a select, save. Selectors were read off the real admin DOM: fields are
 * `#field-<name>` (the wrapper of selects and relationships, the input itself for text and textarea),
 * selects are react-select (`.rs__control`, `.rs__menu`, `.rs__option`, `.rs__single-value`), the
 * content library has drafts so its save button is "Publier les modifications" (`#action-save`; a
 * referent's reads "Envoyer la suggestion", "Mettre à jour la suggestion" or "Enregistrer la révision"), a
 * field's server error is a tooltip `aside.field-error` inside the field's `.field-type` wrapper.
 */
import type { Browser, Locator, Page, Response } from 'playwright-core'

import { afterAll, beforeAll, expect } from 'vitest'

import type { SharedDemo } from '../setup/demoSetup.ts'

import { freshDemo } from '../helpers/freshDemo.ts'
import { launchChromium, waitForFormToSettle } from './browser.ts'

// The browser itself (no vitest in there, so scripts/refresh-screenshots.mjs can use it too).
export { launchChromium, openFrenchBrowser, restToken, signIn, waitForFormToSettle } from './browser.ts'

/** The edit view of a content item, once the admin has hydrated its form. */
const waitForEditForm = (page: Page) => page.locator('#field-stage .rs__control').waitFor()

/**
 * Opens a document's edit view. When Payload shows that someone else was editing it a moment ago
 * ("Document verrouillé"), takes it over as a person would ("Prendre en charge"): Payload keeps a
 * document locked for 5 minutes after its last edit, saved or not.
 */
export const openDocument = async (page: Page, baseUrl: string, collection: string, id: number | string) => {
  await page.goto(`${baseUrl}/admin/collections/${collection}/${id}`)
  await takeOverWhenLocked(page)
}

/** Follows a link of the page (the inbox's title link, …) to a document's edit view. */
export const followLinkToDocument = async (link: Locator) => {
  const page = link.page()
  await link.click()
  await page.waitForURL(/\/admin\/collections\/[^/]+\/\d+/)
  await takeOverWhenLocked(page)
}

const takeOverWhenLocked = async (page: Page) => {
  await waitForEditForm(page)
  await waitForFormToSettle(page)
  const lockedDialog = page.locator('dialog#document-locked')
  if (await lockedDialog.isVisible()) {
    await lockedDialog.getByRole('button', { name: 'Prendre en charge' }).click()
    await lockedDialog.waitFor({ state: 'hidden' })
  }
}

/** A field's wrapper (`.field-type`), whether the id sits on the wrapper (selects) or the input (text). */
export const fieldWrapper = (page: Page, name: string) =>
  // In document order an ancestor comes before its descendants: the last match is the innermost.
  page.locator(`#field-${name}.field-type, .field-type:has(#field-${name})`).last()

/** The value a select shows. */
export const selectedOption = (page: Page, name: string) =>
  page.locator(`#field-${name} .rs__single-value`).innerText()

const openMenu = async (page: Page, name: string) => {
  await page.locator(`#field-${name} .rs__control`).click()
  const menu = page.locator(`#field-${name} .rs__menu`)
  await menu.waitFor()
  return menu
}

/** The options a select (or relationship picker) offers, once they are loaded; closes the menu again. */
export const optionsOf = async (page: Page, name: string) => {
  const menu = await openMenu(page, name)
  let labels: string[] = []
  await expect
    .poll(
      async () => {
        labels = await menu.locator('.rs__option').allInnerTexts()
        const isLoading = (await menu.locator('.rs__menu-notice--loading, .rs__loading-indicator').count()) > 0
        return !isLoading && labels.length > 0
      },
      { interval: 250, timeout: 30_000 },
    )
    .toBe(true)
  await page.keyboard.press('Escape')
  await menu.waitFor({ state: 'hidden' })
  return labels.map((label) => label.trim())
}

/** Picks an option of a select by its label, as a person would with the mouse. */
export const chooseOption = async (page: Page, name: string, label: string) => {
  const menu = await openMenu(page, name)
  await menu.locator('.rs__option').getByText(label, { exact: true }).click()
  await expect.poll(() => selectedOption(page, name)).toBe(label)
}

const isContentSave = (response: Response) => {
  const request = response.request()
  return (
    ['PATCH', 'POST'].includes(request.method()) &&
    /^\/api\/content-items(\/\d+)?$/.test(new URL(response.url()).pathname) &&
    // Relationship pickers look documents up with a POST that says it is a GET.
    !request.headers()['x-payload-http-method-override']
  )
}

/** The answer of a save through the admin: the HTTP status of the API's answer. */
export type SaveOutcome = { status: number }

/**
 * Clicks the publish button (`#action-save`, whatever it reads) and waits for the API's answer. A successful save then waits
 * for the admin's success toast and for the form to settle (after a creation, on the new item's URL).
 */
export const publishChanges = async (page: Page): Promise<SaveOutcome> => {
  await waitForFormToSettle(page)
  const answer = page.waitForResponse(isContentSave)
  await page.locator('#action-save').click()
  const response = await answer
  const status = response.status()
  if (status < 400) {
    const isCreate = response.request().method() === 'POST'
    const toast = isCreate ? 'Contenu : création effectuée.' : 'Mis à jour avec succès.'
    if (isCreate) await page.waitForURL(/\/admin\/collections\/content-items\/\d+/)
    await page.locator('.payload-toast-container li').getByText(toast).first().waitFor()
    await waitForEditForm(page)
    await waitForFormToSettle(page)
  }
  return { status }
}

/** The server's error on a field, as the admin shows it (a tooltip on the field), whitespace normalised. */
export const fieldErrorText = async (page: Page, name: string) => {
  const tooltip = fieldWrapper(page, name).locator('aside.field-error.tooltip--show')
  await tooltip.waitFor()
  return normalizeSpaces(await tooltip.innerText())
}

/** French typography puts (narrow) no-break spaces around « » and before ":". */
export const normalizeSpaces = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The item's id in the edit view's URL. */
export const documentIdFromUrl = (page: Page) => {
  const id = /\/collections\/[^/]+\/(\d+)/.exec(new URL(page.url()).pathname)?.[1]
  expect(id, `no document id in ${page.url()}`).toBeDefined()
  return Number(id)
}

/** The dashboard's inbox ("Boîte de réception des suggestions" or "Mes suggestions"). */
export const openDashboardInbox = async (page: Page, baseUrl: string) => {
  await page.goto(`${baseUrl}/admin`)
  const inbox = page.locator('section.suggestion-inbox')
  await inbox.waitFor()
  return inbox
}

/** The inbox's row of an item, by its exact title, as the cells' texts keyed by their column heading. */
export const inboxRow = async (inbox: Locator, title: string) => {
  const headings = (await inbox.locator('thead th').allInnerTexts()).map((text) => text.trim())
  const row = inbox.locator('tbody tr').filter({ has: inbox.page().getByRole('link', { exact: true, name: title }) })
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1)
  const cells = (await row.locator('td').allInnerTexts()).map((text) => normalizeSpaces(text))
  return Object.fromEntries(headings.map((heading, index) => [heading, cells[index]]))
}

export type ActivityRow = { actor: string; comment: string; fromStage: string; toStage: string }

/**
 * The "Historique" of the open item (the join field's table, newest first), once every actor cell has
 * loaded. The table is read as rendered with the page, so reload after a save to see the new entry.
 */
export const activityRows = async (page: Page): Promise<ActivityRow[]> => {
  const table = page.locator('#field-activity')
  const rows = table.locator('tbody tr')
  await rows.first().waitFor()
  await expect
    .poll(
      async () =>
        (await table.locator('td.cell-actor').allInnerTexts()).filter((text) => /^(Chargement|<Pas de )/.test(text.trim())),
      { interval: 250, timeout: 30_000 },
    )
    .toEqual([])
  const column = async (name: string) =>
    (await table.locator(`tbody td.cell-${name}`).allInnerTexts()).map((text) => normalizeSpaces(text))
  const actors = await column('actor')
  const comments = await column('comment')
  const fromStages = await column('fromStage')
  const toStages = await column('toStage')
  return actors.map((actor, index) => ({
    actor,
    comment: comments[index] ?? '',
    fromStage: fromStages[index] ?? '',
    toStage: toStages[index] ?? '',
  }))
}

/**
 * The run's demo, as seeded (its records restored, its mail catcher emptied), and a Chromium of the test
 * file's own (closed after it). Read `server` and `browser` inside tests, once `beforeAll` has run.
 */
export const useDemoAndBrowser = () => {
  const state = {} as { browser: Browser; server: SharedDemo }
  beforeAll(async () => {
    state.server = await freshDemo()
    state.browser = await launchChromium()
  }, 300_000)
  afterAll(async () => {
    await state.browser?.close()
  }, 60_000)
  return state
}

/** The content item's workflow panel (the sidebar's actions). */
export const workflowPanel = (page: Page) => page.locator('section.workflow-actions')

/** The stage the workflow panel shows. */
export const panelStage = (page: Page) => workflowPanel(page).locator('[data-stage-label]').innerText()

/** The labels of the decisions the panel offers, in order. */
export const panelActions = async (page: Page) =>
  (await workflowPanel(page).locator('.workflow-actions__buttons button').allInnerTexts()).map((text) => text.trim())

/**
 * Takes a decision with the panel's button `label` (typing `comment` in its dialog when it asks for
 * one) and waits for the move endpoint's answer; on success, for the panel to show `expectedStage`.
 */
export const takeAction = async (
  page: Page,
  label: string,
  { comment, expectedStage }: { comment?: string; expectedStage?: string } = {},
): Promise<SaveOutcome> => {
  // After a decision's reload the server's HTML shows the panel before React hydrates it: a click then is lost.
  await waitForEditForm(page)
  await waitForFormToSettle(page)
  const isMove = (response: Response) =>
    response.request().method() === 'POST' && /\/api\/content-items\/\d+\/move$/.test(new URL(response.url()).pathname)
  const panel = workflowPanel(page)
  const answer = page.waitForResponse(isMove)
  await panel.getByRole('button', { exact: true, name: label }).click()
  if (comment !== undefined) {
    const dialog = panel.locator('dialog[open]')
    await dialog.waitFor()
    await dialog.getByRole('textbox').fill(comment)
    await dialog.getByRole('button', { exact: true, name: label }).click()
  }
  const response = await answer
  const status = response.status()
  if (status < 400 && expectedStage) {
    await expect.poll(() => panelStage(page), { timeout: 60_000 }).toBe(expectedStage)
    await waitForEditForm(page)
    await waitForFormToSettle(page)
  }
  return { status }
}

/** The serious and critical axe-core violations inside `scope` (axe's source injected on first use). */
export const seriousAxeViolations = async (scope: Locator) => {
  const page = scope.page()
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined')
  if (!hasAxe) {
    const { readFile } = await import('node:fs/promises')
    const { createRequire } = await import('node:module')
    const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    await page.addScriptTag({ content: source })
  }
  const handle = await scope.elementHandle()
  const violations = await page.evaluate(async (element) => {
    type AxeResult = { violations: { help: string; id: string; impact?: string; nodes: { target: unknown[] }[] }[] }
    const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<AxeResult> } }).axe
    const result = await axe.run(element as Element, { resultTypes: ['violations'] })
    return result.violations.map((violation) => ({
      help: violation.help,
      id: violation.id,
      impact: violation.impact ?? '',
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }))
  }, handle)
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
}
