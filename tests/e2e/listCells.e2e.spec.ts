import type { Page } from 'playwright-core'

import { describe, expect, it } from 'vitest'

import { openFrenchBrowser as openBrowser, signIn as signInAt, useDemoAndBrowser } from './adminActions.ts'
import { columnTexts } from './contentList.ts'

const editor = 'editrice@ambassadeurs.example'

const demo = useDemoAndBrowser()

/** The texts of a list's column once no cell is loading any more ("…"). */
const settledColumn = async (page: Page, collection: string, field: string) => {
  await page.goto(`${demo.server.baseUrl}/admin/collections/${collection}`)
  await page.locator('table tbody tr').first().waitFor()
  await expect.poll(async () => (await columnTexts(page, field)).filter((text) => text.trim() === '…').length, { timeout: 60_000 }).toBe(0)
  return (await columnTexts(page, field)).map((text) => text.trim())
}

describe('relationship columns of the plugin’s lists', () => {
  it('should show names or "—" in the ambassadors’ region column, never Payload’s "<Pas de …>"', async () => {
    const { context, page } = await openBrowser(demo.browser, { height: 900, width: 1440 })
    await signInAt(page, demo.server.baseUrl, editor)

    const regions = await settledColumn(page, 'ambassadors', 'regionNetwork')
    expect(regions.length).toBeGreaterThan(0)
    expect(regions.filter((text) => text === '' || text.startsWith('<'))).toEqual([])
    await context.close()
  }, 240_000)

  it('should show names or "—" in the content library’s network column, never Payload’s "<Pas de …>"', async () => {
    const { context, page } = await openBrowser(demo.browser, { height: 900, width: 1440 })
    await signInAt(page, demo.server.baseUrl, editor)

    const networks = await settledColumn(page, 'content-items', 'network')
    expect(networks.filter((text) => text === '' || text.startsWith('<'))).toEqual([])
    await context.close()
  }, 240_000)
})
