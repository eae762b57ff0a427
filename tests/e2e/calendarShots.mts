// Temporary: screenshots of the calendar view in French and English (PNGs in /tmp/calshots).
import { launchChromium, openFrenchBrowser, signIn } from './browser.ts'

const base = process.argv[2] ?? 'http://127.0.0.1:3300'
const who = process.argv[3] ?? 'editrice@ambassadeurs.example'
const tag = process.argv[4] ?? 'editor'
const months = (process.argv[5] ?? '2027-08,2027-09').split(',')
const theme = process.argv[6] ?? 'light'
const browser = await launchChromium()
try {
  for (const language of ['fr', 'en']) {
    const { context, page } = await openFrenchBrowser(browser, { height: 1300, width: 1440 })
    await signIn(page, base, who)
    await context.addCookies([
      { name: 'payload-lng', url: base, value: language },
      { name: 'payload-theme', url: base, value: theme },
    ])
    for (const month of months) {
      const started = Date.now()
      await page.goto(`${base}/admin/calendar?month=${month}${process.env.CAL ? `&calendar=${process.env.CAL}` : ""}`)
      await page.locator('.calendar-view').waitFor()
      await page.waitForTimeout(500)
      const file = `/tmp/calshots/${tag}-${month}-${language}-${theme}.png`
      await page.screenshot({ fullPage: true, path: file })
      console.log(file, Date.now() - started, 'ms')
      const first = await page.locator('.calendar-view__grid thead').boundingBox()
      const second = await page.locator('.calendar-view__grid tbody').nth(1).boundingBox()
      if (first && second) {
        await page.screenshot({
          clip: { height: second.y + second.height - first.y, width: 900, x: first.x, y: first.y },
          path: file.replace('.png', '-crop.png'),
        })
      }
    }
    await context.close()
  }
} finally {
  await browser.close()
}
