#!/usr/bin/env node
// One command for the demo: embedded PostgreSQL (when DATABASE_URL is unset), a mail catcher (when
// SMTP_URL is unset), then `next dev` with the admin, or another command with the same services.
//
//   node scripts/dev.mjs                 the demo (npm run dev)
//   node scripts/dev.mjs --worker        a job worker (npm run worker)
//   node scripts/dev.mjs [--no-mail] -- CMD ARGS…   any command with the services, exit code passed through
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startEmbeddedPostgres } from './lib/embeddedPostgres.mjs'
import { startMailCatcher } from './lib/mailCatcher.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)

const argv = process.argv.slice(2)
const separator = argv.indexOf('--')
const flags = separator === -1 ? argv : argv.slice(0, separator)
const command = separator === -1 ? [] : argv.slice(separator + 1)
const isWorker = flags.includes('--worker')
const wantsMail = !flags.includes('--no-mail')
const port = process.env.PORT || '3000'
const dataDir = process.env.DEMO_DATA_DIR || path.join(root, '.data')
const pidFile = path.join(dataDir, 'children.pids')
const log = (message) => console.log(`[demo] ${message}`)

// Children of a launcher that was killed outright (SIGKILL) are still running: stop them first.
const stopOrphans = () => {
  if (!fs.existsSync(pidFile)) return
  for (const pid of fs.readFileSync(pidFile, 'utf8').split('\n').map(Number).filter(Boolean)) {
    try {
      process.kill(-pid, 'SIGTERM')
      log(`stopped an orphaned process group ${pid}`)
    } catch {}
  }
  fs.rmSync(pidFile, { force: true })
}

const services = []
let child
let isShuttingDown = false

const shutdown = async (code) => {
  if (isShuttingDown) return
  isShuttingDown = true
  if (child && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }, 15_000)
    await new Promise((resolve) => child.once('exit', resolve))
    clearTimeout(killer)
  }
  for (const service of services.reverse()) {
    await service.stop().catch((err) => console.error(err))
  }
  fs.rmSync(pidFile, { force: true })
  process.exit(code)
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => void shutdown(signal === 'SIGINT' ? 130 : 143))
}
// Exit with our parent (a terminal closed, a test runner killed) rather than linger as an orphan.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) void shutdown(1)
}, 1000).unref()

const run = (args, env) => {
  const proc = spawn(process.execPath, args, { detached: true, env, stdio: 'inherit' })
  fs.mkdirSync(dataDir, { recursive: true })
  fs.appendFileSync(pidFile, `${proc.pid}\n`)
  return proc
}

const main = async () => {
  fs.mkdirSync(dataDir, { recursive: true })
  stopOrphans()
  const env = { ...process.env, PORT: port }
  if (!env.DATABASE_URL) {
    const postgres = await startEmbeddedPostgres({
      database: process.env.DEMO_DB_NAME || 'ambassadeurs',
      dataDir: path.join(dataDir, 'postgres'),
      port: Number(process.env.EMBEDDED_PG_PORT || 54329),
    })
    services.push(postgres)
    env.DATABASE_URL = postgres.url
    log(`embedded PostgreSQL: ${postgres.url} (data in ${path.relative(root, dataDir)}/postgres)`)
  }
  if (!env.SMTP_URL && wantsMail) {
    const mail = await startMailCatcher({
      mailDir: path.join(dataDir, 'mail'),
      smtpPort: Number(process.env.MAILDEV_SMTP_PORT || 1025),
      webPort: Number(process.env.MAILDEV_WEB_PORT || 1080),
    })
    services.push(mail)
    env.SMTP_URL = mail.smtpUrl
    log(`mail catcher: inbox at ${mail.webUrl} (SMTP ${mail.smtpUrl}); nothing is relayed`)
  }
  // Lexical's top-level await makes plain Node 20 exit silently (code 13) without a conditions flag.
  const nodeFlags = ['--conditions=development']

  if (command.length) {
    const [bin, ...rest] = command
    const args = bin === 'node' ? [...nodeFlags, ...rest] : [...nodeFlags, bin, ...rest]
    child = run(args, env)
  } else if (isWorker) {
    child = run([...nodeFlags, '--import', 'tsx', 'scripts/worker.ts'], env)
  } else {
    log('generating the admin import map…')
    const importMap = spawnSync(
      process.execPath,
      [...nodeFlags, 'node_modules/payload/bin.js', 'generate:importmap'],
      { env, stdio: 'inherit' },
    )
    if (importMap.status !== 0) throw new Error('payload generate:importmap failed')
    child = run(['node_modules/next/dist/bin/next', 'dev', '--port', port], env)
    void warmUp(env)
  }
  child.on('exit', (code, signal) => {
    if (code === 13) console.error('[demo] the child exited with code 13 (unsettled top-level await)')
    void shutdown(code ?? (signal ? 1 : 0))
  })
}

// The first request starts Payload (onInit seeds the demo and starts the jobs runner) and compiles the
// admin, so the first person to open it does not wait.
const warmUp = async (env) => {
  const base = `http://localhost:${port}`
  const deadline = Date.now() + 10 * 60_000
  while (Date.now() < deadline && !isShuttingDown) {
    try {
      const response = await fetch(`${base}/api/users/me`)
      if (response.status < 500) {
        await fetch(`${base}/admin/login`).catch(() => undefined)
        log(`admin ready: ${base}/admin (password for every demo account: demo-ambassadeurs)`)
        log('  editrice@ambassadeurs.example (editor) · admin@ambassadeurs.example (admin)')
        log('  referent.lyon@ambassadeurs.example · referent.nantes@ambassadeurs.example (referents)')
        if (env.SMTP_URL?.includes('127.0.0.1:')) {
          log(`captured mail: http://localhost:${process.env.MAILDEV_WEB_PORT || 1080}`)
        }
        return
      }
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

main().catch(async (err) => {
  console.error('[demo]', err)
  await shutdown(1)
})
