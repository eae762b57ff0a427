/**
 * The ambassador's own pages (preferences, unsubscribe) in Chromium, on the demo, as an ambassador
 * following the links of the newsletter: on a phone (390×844) and a desktop, no sign-in, no script.
 * The pages pass axe-core without a serious or critical violation; a GET changes nothing, the button does.
 */
import type { BrowserContext, Page } from 'playwright-core'

import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { signToken, type TokenPurpose } from '../../src/newsletter/tokens.ts'
import { normalizeSpaces, restToken, seriousAxeViolations, useDemoAndBrowser } from './adminActions.ts'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const screenshotDir = path.join(rootDir, '.test-data', 'screenshots')

/**
 * The demo runs without PAYLOAD_SECRET (startDemoServer clears it), so payload.config.ts falls back to
 * its development secret; Payload signs with the first 32 hex digits of its SHA-256, and so do the links.
 */
const demoSecret = createHash('sha256').update('development-secret-not-for-production').digest('hex').slice(0, 32)

const phone = { deviceScaleFactor: 2, hasTouch: true, isMobile: true, viewport: { height: 844, width: 390 } }
const desktop = { viewport: { height: 1000, width: 1440 } }

type Ambassador = { firstName: string; frequency: string; id: number; language: string; status: string; themes: number[] }

const demo = useDemoAndBrowser()

/** The demo's REST API as its admin, to pick an ambassador and read or restore them. */
const adminApi = async () => {
  const token = await restToken(demo.server.baseUrl, 'admin@ambassadeurs.example')
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  return {
    /** The `index`-th active French ambassador who gets the newsletter twice a month. */
    pick: async (index: number): Promise<Ambassador> => {
      const query = 'where[status][equals]=active&where[language][equals]=fr&where[frequency][equals]=twice-monthly&sort=id&limit=10&depth=0'
      const response = await fetch(`${demo.server.baseUrl}/api/ambassadors?${query}`, { headers })
      const { docs } = (await response.json()) as { docs: Ambassador[] }
      return docs[index]!
    },
    read: async (id: number): Promise<Ambassador> =>
      (await (await fetch(`${demo.server.baseUrl}/api/ambassadors/${id}?depth=0`, { headers })).json()) as Ambassador,
    /**
     * Undoes a test's changes as only the ambassador may (consent is theirs, closed to the API): through
     * their preference page, subscribing again if the test unsubscribed them.
     */
    restore: async ({ frequency, id, language, themes }: Ambassador) => {
      const url = pageUrl('preferences', id)
      const formToken = /name="formToken" value="([^"]+)"/.exec(await (await fetch(url)).text())![1]!
      const body = new URLSearchParams([
        ['scope', 'preferences'],
        ['formToken', formToken],
        ['frequency', frequency],
        ['language', language],
        ['resubscribe', 'yes'],
        ...themes.map((theme) => ['themes', String(theme)]),
      ])
      const response = await fetch(url, {
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: demo.server.baseUrl },
        method: 'POST',
      })
      expect(response.status).toBe(200)
    },
  }
}

const pageUrl = (purpose: TokenPurpose, id: number) =>
  `${demo.server.baseUrl}/api/ambassadors/${purpose}?token=${signToken(purpose, { ambassador: id }, demoSecret)}`

/** A French browser window without any Payload session: the pages need none. */
const openWindow = async (options: typeof phone | typeof desktop): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await demo.browser.newContext({ locale: 'fr-FR', ...options })
  context.setDefaultTimeout(90_000)
  context.setDefaultNavigationTimeout(120_000)
  return { context, page: await context.newPage() }
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * axe-core's serious and critical findings on the page. The pages forbid every script (CSP), so axe is
 * evaluated through the DevTools protocol, which the policy does not govern, not added as a script tag.
 */
const axeFindings = async (page: Page) => {
  await page.evaluate(axeSource)
  return seriousAxeViolations(page.locator('html'))
}

/** Whether the page is wider than its window (a phone would scroll sideways). */
const overflowsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

const shoot = async (page: Page, name: string) => {
  fs.mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ fullPage: true, path: path.join(screenshotDir, `${name}.png`) })
}

/** Submits a form with a button and waits for the page the POST answers. */
const clickAndWaitForPost = async (page: Page, name: string) => {
  const answer = page.waitForResponse((response) => response.request().method() === 'POST')
  await page.getByRole('button', { name }).click()
  const response = await answer
  await page.waitForLoadState()
  return response
}

describe('the preference page', () => {
  it.each([
    ['phone', phone],
    ['desktop', desktop],
  ] as const)('should change the frequency and confirm it on a %s, in French, without a serious axe finding', async (device, options) => {
    const api = await adminApi()
    const ambassador = await api.pick(device === 'phone' ? 0 : 1)
    const { context, page } = await openWindow(options)
    try {
      const response = await page.goto(pageUrl('preferences', ambassador.id))

      expect(response?.status()).toBe(200)
      expect(response?.headers()['content-security-policy']).toContain("default-src 'none'")
      expect(await page.locator('html').getAttribute('lang')).toBe('fr')
      expect(normalizeSpaces(await page.locator('h1').innerText())).toBe('Vos préférences')
      expect(await page.getByRole('group', { name: 'Fréquence de la newsletter' }).getByLabel('Deux fois par mois').isChecked()).toBe(true)
      expect(await overflowsWidth(page)).toBe(false)
      expect(await axeFindings(page)).toEqual([])
      await shoot(page, `ambassador-preferences-${device}-fr`)
      expect((await api.read(ambassador.id)).frequency).toBe('twice-monthly')

      await page.getByLabel('Une fois par mois').check()
      const saved = await clickAndWaitForPost(page, 'Enregistrer mes préférences')

      expect(saved.status()).toBe(200)
      expect(normalizeSpaces(await page.getByRole('status').innerText())).toBe('Vos préférences sont enregistrées.')
      expect(await page.getByLabel('Une fois par mois').isChecked()).toBe(true)
      expect((await api.read(ambassador.id)).frequency).toBe('monthly')
      expect(await axeFindings(page)).toEqual([])
      await shoot(page, `ambassador-preferences-saved-${device}-fr`)
    } finally {
      await context.close()
      await api.restore(ambassador)
    }
  }, 240_000)
})

describe('the unsubscribe page', () => {
  it('should change nothing on GET or HEAD, then unsubscribe with the button on a phone', async () => {
    const api = await adminApi()
    const ambassador = await api.pick(2)
    const url = pageUrl('unsubscribe', ambassador.id)
    const head = await fetch(url, { method: 'HEAD' })
    expect([head.status, (await head.text()).length]).toEqual([200, 0])
    const { context, page } = await openWindow(phone)
    try {
      await page.goto(url)

      expect(normalizeSpaces(await page.locator('h1').innerText())).toBe('Se désinscrire de la newsletter')
      expect((await api.read(ambassador.id)).status).toBe('active')
      expect(await overflowsWidth(page)).toBe(false)
      expect(await axeFindings(page)).toEqual([])
      await shoot(page, 'ambassador-unsubscribe-phone-fr')

      const answer = await clickAndWaitForPost(page, 'Me désinscrire')

      expect([answer.status(), answer.headers().location]).toEqual([200, undefined])
      expect(normalizeSpaces(await page.locator('h1').innerText())).toBe('Désinscription confirmée')
      expect((await api.read(ambassador.id)).status).toBe('unsubscribed')
      expect(await axeFindings(page)).toEqual([])
      await shoot(page, 'ambassador-unsubscribed-phone-fr')
    } finally {
      await context.close()
      await api.restore(ambassador)
    }
  }, 240_000)

  it('should keep the newsletter coming once a month with the lighter choice, on a desktop', async () => {
    const api = await adminApi()
    const ambassador = await api.pick(3)
    const { context, page } = await openWindow(desktop)
    try {
      await page.goto(pageUrl('unsubscribe', ambassador.id))
      expect(await axeFindings(page)).toEqual([])
      await shoot(page, 'ambassador-unsubscribe-desktop-fr')

      await clickAndWaitForPost(page, 'La recevoir une fois par mois')

      expect(normalizeSpaces(await page.getByRole('status').innerText())).toBe(
        'C’est noté : vous recevrez la newsletter une fois par mois.',
      )
      const after = await api.read(ambassador.id)
      expect([after.status, after.frequency]).toEqual(['active', 'monthly'])
    } finally {
      await context.close()
      await api.restore(ambassador)
    }
  }, 240_000)
})
