#!/usr/bin/env node
// `npm run screenshots` (node scripts/refresh-screenshots.mjs): refreshes the README's picture of the
// admin, docs/admin-content-list.png. Starts the demo like the browser tests do (node scripts/dev.mjs on
// free ports, next dev on 127.0.0.1, a throwaway data directory with the French demo data), signs in as
// editrice@ambassadeurs.example in Debian's chromium (CHROMIUM_PATH, default /usr/bin/chromium), opens
// the content library's list once every row is complete and takes the whole page at 1440 px wide.
// Stop `npm run dev` first: Next runs one `next dev` per checkout.
//
//   node scripts/refresh-screenshots.mjs [--out FILE]    FILE defaults to docs/admin-content-list.png
//
// The browser test takes the same picture into .test-data/screenshots/ on every run, so that a test run
// leaves the checkout untouched; this script is the one way the committed picture changes.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { register } from 'tsx/esm/api'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const editor = 'editrice@ambassadeurs.example'
const log = (message) => console.log(`[screenshots] ${message}`)

const { values } = parseArgs({ options: { out: { type: 'string' } } })
const outFile = path.resolve(root, values.out ?? path.join('docs', 'admin-content-list.png'))

// The helpers are the browser tests' own TypeScript modules.
register()
const { startDemoServer } = await import('../tests/helpers/startDemoServer.ts')
const { launchChromium, openFrenchBrowser, signIn } = await import('../tests/e2e/browser.ts')
const { openContentList, screenshotContentList } = await import('../tests/e2e/contentList.ts')

let demo
let browser
let cleaning
const cleanUp = () =>
  (cleaning ??= (async () => {
    await browser?.close().catch((err) => console.error('[screenshots] closing chromium failed', err))
    await demo?.stop().catch((err) => console.error('[screenshots] stopping the demo failed', err))
  })())

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.once(signal, () => {
    log(`${signal}: stopping the demo`)
    void cleanUp().then(() => process.exit(code))
  })
}

const main = async () => {
  log('starting the demo on free ports with a fresh database (a minute or two)…')
  demo = await startDemoServer()
  log(`demo ready at ${demo.baseUrl}`)
  browser = await launchChromium()
  const { page } = await openFrenchBrowser(browser, { height: 900, width: 1440 })
  await signIn(page, demo.baseUrl, editor)
  await openContentList(page, demo.baseUrl)
  // Taken into the ignored .test-data first, then copied over the target: a failed run leaves the old
  // picture whole and nothing untracked behind.
  const taken = path.join(root, '.test-data', 'screenshots', `refresh-${process.pid}.png`)
  try {
    await screenshotContentList(page, taken)
    fs.mkdirSync(path.dirname(outFile), { recursive: true })
    fs.copyFileSync(taken, outFile)
  } finally {
    fs.rmSync(taken, { force: true })
  }
  log(`wrote ${path.relative(root, outFile)}`)
}

try {
  await main()
} catch (err) {
  if (!cleaning) {
    console.error('[screenshots] failed:', err)
    process.exitCode = 1
  }
} finally {
  await cleanUp()
}
