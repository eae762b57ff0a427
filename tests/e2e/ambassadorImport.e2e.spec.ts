/**
 * The CSV import above the ambassadors list, in the French admin: editrice chooses a file, checks it
 * (nothing written), imports it and reads the counts; a file with mistakes lists them by row and column
 * and imports nothing. The panel passes axe-core in the light and dark themes.
 */
import type { Page } from 'playwright-core'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { normalizeSpaces, restToken, openFrenchBrowser, seriousAxeViolations, signIn, useDemoAndBrowser } from './adminActions.ts'

const editor = 'editrice@ambassadeurs.example'
const domain = '@import-e2e.example'

const demo = useDemoAndBrowser()

let dir = ''
const files = { bad: '', good: '' }

/** Files as Excel in French saves them: a byte order mark, `;` separators, CRLF line ends. */
const excelCsv = (rows: string[][]) => `\uFEFF${rows.map((row) => row.join(';')).join('\r\n')}\r\n`

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassador-import-e2e-'))
  const header = ['Courriel', 'Prénom', 'Nom', 'Région', 'Thématiques', 'Fréquence']
  files.good = path.join(dir, 'ambassadeurs.csv')
  fs.writeFileSync(
    files.good,
    excelCsv([
      header,
      [`ines.garnier${domain}`, 'Inès', 'Garnier', 'Auvergne-Rhône-Alpes', 'corporate', 'Mensuelle'],
      [`paul.lefort${domain}`, 'Paul', 'Lefort', 'Pays de la Loire', 'corporate|veille-metier', 'Bimensuelle'],
    ]),
  )
  files.bad = path.join(dir, 'ambassadeurs-erreurs.csv')
  fs.writeFileSync(
    files.bad,
    excelCsv([
      header,
      [`lea.morel${domain}`, 'Léa', 'Morel', 'Auvergne-Rhône-Alpes', 'corporate', ''],
      ['lea.morel-at-example', 'Léa', 'Morel', '', '', ''],
      [`hugo.blanc${domain}`, 'Hugo', 'Blanc', 'Atlantide', 'corporate', ''],
    ]),
  )
})

afterAll(() => {
  if (dir) fs.rmSync(dir, { force: true, recursive: true })
})

/** The ambassadors list with the import panel opened. */
const openImportPanel = async (page: Page) => {
  await page.goto(`${demo.server.baseUrl}/admin/collections/ambassadors`)
  const panel = page.locator('section.ambassador-import')
  await panel.locator('summary').click()
  await panel.getByLabel('Fichier CSV').waitFor()
  return panel
}

const chooseAndPress = async (page: Page, file: string, button: 'Importer' | 'Vérifier') => {
  const panel = page.locator('section.ambassador-import')
  await panel.getByLabel('Fichier CSV').setInputFiles(file)
  const answer = page.waitForResponse(
    (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/ambassadors/import',
  )
  await panel.getByRole('button', { exact: true, name: button }).click()
  const status = (await answer).status()
  await panel.locator('.ambassador-import__result').waitFor()
  return status
}

const countsOf = async (page: Page) =>
  Object.fromEntries(
    await page
      .locator('.ambassador-import__count')
      .evaluateAll((items) => items.map((item) => [item.getAttribute('data-count'), item.querySelector('dd')?.textContent])),
  )

/** The number of ambassadors the list says it has ("1-10 de 200"). */
const listTotal = async (page: Page) =>
  Number(/(\d+)$/.exec(normalizeSpaces(await page.locator('.page-controls__page-info').innerText()))?.[1])

/** A REST session of editrice, to read and remove what the tests import without the admin. */
const editorApi = async () => {
  const token = await restToken(demo.server.baseUrl, editor)
  const inDomain = `where[email][like]=${encodeURIComponent(domain)}`
  const headers = { authorization: `JWT ${token}` }
  return {
    emails: async () => {
      const response = await fetch(`${demo.server.baseUrl}/api/ambassadors?depth=0&limit=50&sort=email&${inDomain}`, { headers })
      expect(response.status).toBe(200)
      return ((await response.json()) as { docs: { email: string }[] }).docs.map((doc) => doc.email)
    },
    removeImported: async () => {
      await fetch(`${demo.server.baseUrl}/api/ambassadors?${inDomain}`, { headers, method: 'DELETE' })
    },
  }
}

describe('the ambassadors CSV import', () => {
  it('should check a file without writing, then import it and show the counts', async () => {
    const { context, page } = await openFrenchBrowser(demo.browser, { height: 1200, width: 1440 })
    await signIn(page, demo.server.baseUrl, editor)
    const panel = await openImportPanel(page)
    const api = await editorApi()

    expect(await chooseAndPress(page, files.good, 'Vérifier')).toBe(200)
    expect(normalizeSpaces(await panel.locator('.ambassador-import__result').innerText())).toBe(
      'Vérification faite : le fichier est valide, rien n’est encore enregistré.',
    )
    expect(await countsOf(page)).toEqual({ created: '2', unchanged: '0', updated: '0' })
    expect(await api.emails()).toEqual([])

    const totalBefore = await listTotal(page)
    expect(await chooseAndPress(page, files.good, 'Importer')).toBe(200)
    expect(normalizeSpaces(await panel.locator('.ambassador-import__result').innerText())).toBe('Import terminé.')
    expect(await countsOf(page)).toEqual({ created: '2', unchanged: '0', updated: '0' })
    expect(await api.emails()).toEqual([`ines.garnier${domain}`, `paul.lefort${domain}`])
    // The list below reloads from the server and counts the two new ambassadors.
    await expect.poll(() => listTotal(page), { timeout: 30_000 }).toBe(totalBefore + 2)
    await page.screenshot({ fullPage: false, path: '/tmp/ambassador-import-done.png' })

    expect(await chooseAndPress(page, files.good, 'Importer')).toBe(200)
    expect(await countsOf(page)).toEqual({ created: '0', unchanged: '2', updated: '0' })
    await context.close()
    await api.removeImported()
  }, 300_000)

  it('should list a faulty file’s errors by row and column and import nothing', async () => {
    const { context, page } = await openFrenchBrowser(demo.browser, { height: 1200, width: 1440 })
    await signIn(page, demo.server.baseUrl, editor)
    const panel = await openImportPanel(page)
    const api = await editorApi()

    expect(await chooseAndPress(page, files.bad, 'Importer')).toBe(400)
    const rows = await panel
      .locator('table[data-kind="error"] tbody tr')
      .evaluateAll((items) => items.map((item) => [...item.querySelectorAll('td')].map((cell) => cell.textContent ?? '')))
    expect(rows.map(([row, column, message]) => [row, column, normalizeSpaces(message ?? '')])).toEqual([
      ['3', 'Courriel', '« lea.morel-at-example » n’est pas une adresse e-mail valide.'],
      ['4', 'Région', 'Aucun réseau régional ne s’appelle « Atlantide ».'],
    ])
    expect(await api.emails()).toEqual([])
    await page.screenshot({ fullPage: false, path: '/tmp/ambassador-import-errors.png' })
    await context.close()
  }, 300_000)

  it('should have no serious or critical accessibility violation, in the light and dark themes', async () => {
    const { context, page } = await openFrenchBrowser(demo.browser, { height: 1200, width: 1440 })
    await signIn(page, demo.server.baseUrl, editor)
    const violations: Record<string, { theme?: string; violations: unknown[] }> = {}
    for (const theme of ['light', 'dark'] as const) {
      // Payload's admin follows the system's colour scheme until the user picks a theme.
      await page.emulateMedia({ colorScheme: theme })
      const panel = await openImportPanel(page)
      await chooseAndPress(page, files.bad, 'Vérifier')
      violations[theme] = {
        theme: await page.evaluate(() => document.documentElement.dataset.theme),
        violations: await seriousAxeViolations(panel),
      }
      await page.screenshot({ fullPage: false, path: `/tmp/ambassador-import-${theme}.png` })
    }
    expect(violations).toEqual({ dark: { theme: 'dark', violations: [] }, light: { theme: 'light', violations: [] } })
    await context.close()
  }, 300_000)
})
