// Temporary: the navigation with the calendar link.
import { launchChromium, openFrenchBrowser, signIn } from './browser.ts'

const base = process.argv[2] ?? 'http://127.0.0.1:3300'
const who = process.argv[3] ?? 'editrice@ambassadeurs.example'
const browser = await launchChromium()
try {
  const { page } = await openFrenchBrowser(browser, { height: 1000, width: 1440 })
  await signIn(page, base, who)
  await page.screenshot({ path: '/tmp/calshots/dashboard.png' })
  const link = page.locator('#nav-ambassadors-calendar')
  console.log('link count', await link.count(), 'visible', await link.isVisible().catch(() => false))
  await page.locator('.template-default__nav-toggler-wrapper button').first().click()
  await page.waitForTimeout(1000)
  await page.screenshot({ path: '/tmp/calshots/nav-open.png' })
  await link.click()
  await page.waitForURL(/\/admin\/calendar/)
  await page.locator('.calendar-view').waitFor()
  await page.waitForTimeout(800)
  await page.screenshot({ path: '/tmp/calshots/nav-calendar.png' })
  console.log(page.url())
} finally {
  await browser.close()
}
