#!/usr/bin/env node
// `npm test`: everything the suite needs, then vitest. PostgreSQL is started by the suite itself
// (embedded) unless DATABASE_URL is set; Debian's chromium, postfix and spamassassin are installed here
// when missing and we are allowed to (root with apt-get).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const run = (command, args, options = {}) =>
  spawnSync(command, args, { stdio: 'inherit', ...options }).status ?? 1

// Real parts the suite drives: Chromium (the admin), Postfix (a real MTA on loopback, never relaying) and
// SpamAssassin (local rules on every kind of message we send).
const needed = [
  { binary: chromium, pkg: 'chromium' },
  { binary: '/usr/sbin/postfix', pkg: 'postfix' },
  { binary: '/usr/bin/spamassassin', pkg: 'spamassassin' },
].filter(({ binary }) => !fs.existsSync(binary))
if (needed.length > 0) {
  const packages = needed.map(({ pkg }) => pkg)
  const isRoot = process.getuid?.() === 0
  const hasApt = fs.existsSync('/usr/bin/apt-get')
  if (!isRoot || !hasApt) {
    console.error(`[test] missing: ${packages.join(', ')}. Install Debian's packages: apt-get install ${packages.join(' ')}`)
    process.exit(1)
  }
  console.log(`[test] installing ${packages.join(', ')} from Debian for the suite…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  if (run('apt-get', ['update', '-qq'], { env }) || run('apt-get', ['install', '-y', '-qq', ...packages], { env })) {
    console.error(`[test] apt-get could not install ${packages.join(', ')}`)
    process.exit(1)
  }
}

const resultsFile = path.join(root, '.test-data', 'results.json')
fs.mkdirSync(path.dirname(resultsFile), { recursive: true })
fs.rmSync(resultsFile, { force: true })
const status = run(process.execPath, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
  ...process.argv.slice(2),
])
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'))
  console.log(`\nvitest: ${results.numPassedTests} passed, ${results.numFailedTests} failed`)
}
process.exit(status)
