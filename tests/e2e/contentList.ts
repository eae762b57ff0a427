/**
 * The content library's list in the French admin ("Bibliothèque de contenus"), complete, and its picture:
 * shared by the browser test and `scripts/refresh-screenshots.mjs` (no vitest in here).
 */
import type { Locator, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'

/** The texts of one column of the list (`field` is the column's field name). */
export const columnTexts = (page: Page, field: string) =>
  page.locator(`table tbody td.cell-${field}`).allInnerTexts()

/** A relationship cell that has not loaded its document yet. */
const isPendingCell = (text: string) => /^(Chargement en cours|<Pas de |…)/.test(text)

/**
 * Opens the content library's list and waits for every row to be complete. Payload fetches a
 * relationship cell's documents once the cell is in view, but a cell laid out below the fold at
 * first and moved up by the final layout is never fetched and keeps showing "<Pas de …>" (seen at
 * 1440x900 on the last rows); so the list is opened in a window tall enough for all its rows, then
 * the window goes back to 1440x900. Every seeded item has a network, so a complete row names one.
 */
export const openContentList = async (page: Page, baseUrl: string, { timeoutMs = 60_000 } = {}): Promise<Locator> => {
  await page.setViewportSize({ height: 2400, width: 1440 })
  await page.goto(`${baseUrl}/admin/collections/content-items`)
  await page.locator('h1', { hasText: 'Bibliothèque de contenus' }).waitFor()
  const rows = page.locator('table tbody tr')
  await rows.first().waitFor()
  const deadline = Date.now() + timeoutMs
  let pending = (await columnTexts(page, 'network')).filter(isPendingCell)
  while (pending.length > 0) {
    if (Date.now() > deadline) {
      throw new Error(`the content list still has ${pending.length} network cells loading after ${timeoutMs} ms`)
    }
    await page.waitForTimeout(500)
    pending = (await columnTexts(page, 'network')).filter(isPendingCell)
  }
  await page.setViewportSize({ height: 900, width: 1440 })
  return rows
}

/** The whole page as a PNG at `file` (its folder is created), Next's development badge hidden by the browser. */
export const screenshotContentList = async (page: Page, file: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  await page.screenshot({ fullPage: true, path: file })
}
