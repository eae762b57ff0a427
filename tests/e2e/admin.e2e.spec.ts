import type { Page } from 'playwright-core'

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { contentSpecs } from '../../demo/seed/contentItems.ts'
import {
  chooseOption,
  openFrenchBrowser as openBrowser,
  signIn as signInAt,
  useDemoAndBrowser,
  waitForFormToSettle,
} from './adminActions.ts'
import { columnTexts, openContentList as openList, screenshotContentList } from './contentList.ts'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/**
 * The run's picture of the list, in an ignored folder: a test run leaves the checkout as it found it.
 * The README's `docs/admin-content-list.png` is refreshed on purpose, with `npm run screenshots`.
 */
const screenshotPath = path.join(rootDir, '.test-data', 'screenshots', 'admin-content-list.png')

const editor = 'editrice@ambassadeurs.example'
const referentLyon = 'referent.lyon@ambassadeurs.example'

/** The seed routes every item of referent.lyon (suggestions included) to the Auvergne-Rhône-Alpes network. */
const lyonTitles = contentSpecs.filter((spec) => spec.network === 'ara').map((spec) => spec.title)
/** A Pays de la Loire suggestion, recent enough to be on the editor's first page. */
const nantesTitle = 'Réseau de chaleur de Rezé : 3 000 logements raccordés'

const demo = useDemoAndBrowser()

/** A French user's browser: French UI language, 1440x900 window, Next's development badge hidden. */
const openFrenchBrowser = () => openBrowser(demo.browser, { height: 900, width: 1440 })

/** Signs in through the admin's own login form, as a person would. */
const signIn = (page: Page, email: string) => signInAt(page, demo.server.baseUrl, email)

/** The content library's list, once every row is complete (see contentList.ts). */
const openContentList = (page: Page) => openList(page, demo.server.baseUrl)

/** The total in the list's "1-10 de 40" page information. */
const listTotal = async (page: Page) => {
  const info = (await page.locator('.page-controls__page-info').innerText()).replace(/\s+/g, ' ')
  return Number(/de (\d+)/.exec(info)?.[1])
}

describe('the admin in French, driven by a real browser', () => {
  it('should show the editor the content library with French labels and the seeded content', async () => {
    const { context, page } = await openFrenchBrowser()
    await signIn(page, editor)
    const rows = await openContentList(page)

    await expect.poll(() => page.locator('h1').innerText()).toBe('Bibliothèque de contenus')
    const headings = await page.locator('table thead th').allInnerTexts()
    expect(headings.map((text) => text.trim())).toEqual(
      expect.arrayContaining(['Titre', 'Étape', 'Catégorie', 'Réseau de référents', 'Langue', 'Échéance']),
    )
    expect(await rows.count()).toBeGreaterThanOrEqual(10)
    expect(await listTotal(page)).toBe(contentSpecs.length)
    expect(await columnTexts(page, 'stage')).toEqual(expect.arrayContaining(['En relecture', 'Refusé']))
    expect(await columnTexts(page, 'network')).toEqual(
      expect.arrayContaining(['Auvergne-Rhône-Alpes', 'Pays de la Loire']),
    )
    expect(await columnTexts(page, 'network')).not.toContain('<Pas de Réseau de référents>')
    expect(await columnTexts(page, 'title')).toContain(nantesTitle)
    expect(await page.locator('nav a[href="/admin/collections/ambassadors"]').innerText()).toBe('Ambassadeurs')

    // The same picture as the README's (scripts/refresh-screenshots.mjs), kept with the run's files.
    await screenshotContentList(page, screenshotPath)

    // The approved items, further down the list, carry the French stage label too.
    await page.goto(`${demo.server.baseUrl}/admin/collections/content-items?where[stage][equals]=approved`)
    await page.locator('table tbody tr').first().waitFor()
    expect(new Set(await columnTexts(page, 'stage'))).toEqual(new Set(['Validé']))
    await context.close()
  }, 240_000)

  it('should show a referent only the content of their network and no ambassadors link', async () => {
    const { context, page } = await openFrenchBrowser()
    await signIn(page, referentLyon)
    const rows = await openContentList(page)

    await expect.poll(() => page.locator('h1').innerText()).toBe('Bibliothèque de contenus')
    expect(lyonTitles.length).toBeGreaterThan(0)
    expect(await rows.count()).toBe(lyonTitles.length)
    expect(await listTotal(page)).toBe(lyonTitles.length)
    expect(await listTotal(page)).toBeLessThan(contentSpecs.length)
    expect((await columnTexts(page, 'title')).sort()).toEqual([...lyonTitles].sort())
    expect(await columnTexts(page, 'title')).not.toContain(nantesTitle)
    expect(await page.locator('table').innerText()).not.toContain('Pays de la Loire')
    expect(new Set(await columnTexts(page, 'network'))).toEqual(new Set(['Auvergne-Rhône-Alpes']))

    const nav = page.locator('nav').first()
    expect(await nav.getByRole('link', { exact: true, name: 'Réseaux de référents' }).count()).toBe(1)
    expect(await nav.getByRole('link', { exact: true, name: 'Ambassadeurs' }).count()).toBe(0)
    // Nothing for a referent to do there: the activity log is read in each item, colleagues by name.
    expect(await nav.getByRole('link', { exact: true, name: 'Historique des contenus' }).count()).toBe(0)
    expect(await nav.getByRole('link', { exact: true, name: 'Utilisateurs' }).count()).toBe(0)
    expect(await page.locator('a[href^="/admin/collections/ambassadors"]').count()).toBe(0)
    await context.close()
  }, 180_000)
  it("should count a share text's characters live against its network's limit", async () => {
    const { context, page } = await openFrenchBrowser()
    await signIn(page, editor)
    await page.goto(`${demo.server.baseUrl}/admin/collections/content-items/create`)
    await waitForFormToSettle(page)
    await page.getByRole('button', { name: 'Ajouter : Texte de partage' }).click()
    const counter = page.locator('.share-text-counter')
    await chooseOption(page, 'shareTexts__0__network', 'X (Twitter)')
    await page.locator('#field-shareTexts__0__text').fill('é'.repeat(279) + '🎉')
    await expect.poll(() => counter.innerText()).toBe('280 / 280 caractères')
    expect(await counter.getAttribute('class')).not.toContain('share-text-counter--over')
    await page.locator('#field-shareTexts__0__text').press('!')
    await expect.poll(() => counter.getAttribute('class')).toContain('share-text-counter--over')
    expect(await counter.innerText()).toBe('281 / 280 caractères')
    await context.close()
  }, 180_000)
})
