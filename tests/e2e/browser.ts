/**
 * Debian's Chromium driven by playwright-core, as a French user of the admin: launch it, open a window,
 * sign in. Nothing here depends on vitest, so `scripts/refresh-screenshots.mjs` uses it too.
 */
import { type Browser, type BrowserContext, chromium, type Page, type Request } from 'playwright-core'

import { demoPassword } from '../../demo/seed/users.ts'

/** The admin's avatar comes from gravatar.com; the tests run offline, so a local stand-in answers. */
const avatarSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50" viewBox="0 0 50 50">' +
  '<circle cx="25" cy="25" r="25" fill="#c9ccd1"/><circle cx="25" cy="19" r="9" fill="#f3f3f3"/>' +
  '<path d="M8 43c3-9 10-13 17-13s14 4 17 13" fill="#f3f3f3"/></svg>'

/**
 * Hides Next's development badge. A string, not a function: playwright sends a function's source to the
 * page, and tsx (the screenshot script) would have added helpers to it that only exist in Node.
 */
const hideDevBadgeScript = `(() => {
  const hide = () => {
    const style = document.createElement('style')
    style.textContent = 'nextjs-portal { display: none !important; }'
    document.head.append(style)
  }
  if (document.head) hide()
  else document.addEventListener('DOMContentLoaded', hide)
})()`

/** Debian's chromium (README: `CHROMIUM_PATH`). */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  })

/** Requests a page has in flight other than GETs: the admin's form-state server actions, saves, lookups. */
const inFlight = new WeakMap<Page, Set<Request>>()

const trackRequests = (page: Page) => {
  const pending = new Set<Request>()
  inFlight.set(page, pending)
  page.on('request', (request) => {
    if (request.method() !== 'GET') pending.add(request)
  })
  const done = (request: Request) => pending.delete(request)
  page.on('requestfinished', done)
  page.on('requestfailed', done)
}

/**
 * A French user's browser (UI language fr-FR) with Next's development badge hidden. `height` defaults to
 * a tall window: Payload fetches a relationship cell's documents only once the cell is in view (the
 * "Historique" table's "Par" column, the lists), and a tall window keeps every row in view.
 */
export const openFrenchBrowser = async (
  browser: Browser,
  { height = 1800, width = 1440 }: { height?: number; width?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { height, width } })
  context.setDefaultTimeout(90_000)
  context.setDefaultNavigationTimeout(120_000)
  await context.route('https://www.gravatar.com/**', (route) =>
    route.fulfill({ body: avatarSvg, contentType: 'image/svg+xml' }),
  )
  await context.addInitScript({ content: hideDevBadgeScript })
  const page = await context.newPage()
  trackRequests(page)
  return { context, page }
}

/** Signs a demo account in over REST (`POST /api/users/login`) and answers its JWT, for the API calls tests make beside the browser. */
export const restToken = async (baseUrl: string, email: string): Promise<string> => {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    body: JSON.stringify({ email, password: demoPassword }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  if (login.status !== 200) {
    throw new Error(`POST /api/users/login as ${email} answered ${login.status}: ${await login.text()}`)
  }
  return ((await login.json()) as { token: string }).token
}

/** Signs in through the admin's own login form, as a person would, and lands on the dashboard. */
export const signIn = async (page: Page, baseUrl: string, email: string) => {
  await page.goto(`${baseUrl}/admin`)
  await page.waitForURL(/\/admin\/login/)
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Mot de passe').fill(demoPassword)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
}

/**
 * Waits until the page has sent nothing but GETs for `quietMs`. The admin sends a form-state request a
 * moment after each change; one that lands after a save would lock the document again for 5 minutes
 * (Payload's document locking), so a save waits for the form to settle first.
 */
export const waitForFormToSettle = async (page: Page, quietMs = 1000) => {
  const pending = inFlight.get(page) ?? new Set()
  let quietSince = Date.now()
  const deadline = Date.now() + 90_000
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() > deadline) {
      throw new Error(`the admin still has requests in flight: ${[...pending].map((r) => r.url()).join(', ')}`)
    }
    if (pending.size > 0) quietSince = Date.now()
    await page.waitForTimeout(100)
  }
}
