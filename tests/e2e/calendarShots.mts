// Temporary: screenshots of the calendar view on the real demo seed (PNGs in /tmp/calshots).
import { startDemoServer } from '../helpers/startDemoServer.ts'
import { launchChromium, openFrenchBrowser, signIn } from './browser.ts'

const server = await startDemoServer()
const browser = await launchChromium()
try {
  for (const theme of ['light', 'dark']) {
    for (const language of ['fr', 'en']) {
      const { context, page } = await openFrenchBrowser(browser, { height: 1300, width: 1440 })
      await signIn(page, server.baseUrl, 'editrice@ambassadeurs.example')
      await context.addCookies([
        { name: 'payload-lng', url: server.baseUrl, value: language },
        { name: 'payload-theme', url: server.baseUrl, value: theme },
      ])
      const months = theme === 'light' ? ['2027-08', '2027-09', '2027-05', '2026-12'] : ['2027-08', '2027-09']
      for (const month of months) {
        await page.goto(`${server.baseUrl}/admin/calendar?month=${month}`)
        await page.locator('.calendar-view').waitFor()
        await page.waitForTimeout(500)
        const file = `/tmp/calshots/seed-${month}-${language}-${theme}.png`
        await page.screenshot({ fullPage: true, path: file })
        console.log(file)
      }
      await context.close()
    }
  }
} finally {
  await browser.close()
  await server.stop()
}
