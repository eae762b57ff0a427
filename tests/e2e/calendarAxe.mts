// Temporary: axe-core on the calendar view, light and dark, French and English.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

import { launchChromium, openFrenchBrowser, signIn } from './browser.ts'

const base = process.argv[2] ?? 'http://127.0.0.1:3300'
const who = process.argv[3] ?? 'editrice@ambassadeurs.example'
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const browser = await launchChromium()
try {
  for (const theme of ['light', 'dark']) {
    for (const language of ['fr', 'en']) {
      const { context, page } = await openFrenchBrowser(browser, { height: 1300, width: 1440 })
      await signIn(page, base, who)
      await context.addCookies([
        { name: 'payload-lng', url: base, value: language },
        { name: 'payload-theme', url: base, value: theme },
      ])
      for (const month of ['2027-08', '2027-09']) {
        await page.goto(`${base}/admin/calendar?month=${month}${process.env.CAL ? `&calendar=${process.env.CAL}` : ''}`)
        await page.locator('.calendar-view').waitFor()
        await page.addScriptTag({ content: axeSource })
        const result = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (c: Element, o: object) => Promise<{ incomplete: { id: string; impact?: string; nodes: unknown[] }[]; violations: { help: string; id: string; impact?: string; nodes: { target: unknown; failureSummary?: string }[] }[] }> } }).axe
          const r = await axe.run(document.querySelector('.calendar-view')!, { resultTypes: ['violations', 'incomplete'] })
          return {
            incomplete: r.incomplete.map((v) => `${v.id}(${v.impact}) x${v.nodes.length}`),
            violations: r.violations.map((v) => ({ help: v.help, id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => [JSON.stringify(n.target), n.failureSummary]) })),
          }
        })
        console.log(theme, language, month, JSON.stringify(result, null, 1))
      }
      await context.close()
    }
  }
} finally {
  await browser.close()
}
