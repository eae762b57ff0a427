#!/usr/bin/env node
// One command for the demo: embedded PostgreSQL (when DATABASE_URL is unset), a mail catcher (when
// SMTP_URL is unset), then `next dev` with the admin, or another command with the same services.
//
//   node scripts/dev.mjs                 the demo (npm run dev)
//   node scripts/dev.mjs --worker        a job worker (npm run worker)
//   node scripts/dev.mjs [--no-mail] -- CMD ARGS…   any command with the services, exit code passed through
//
// Ports (each checked before anything starts; a taken one is reported in one line naming the variable
// that moves it): PORT (next dev, 3000), EMBEDDED_PG_PORT (54329), MAILDEV_SMTP_PORT (1025),
// MAILDEV_WEB_PORT (1080). DEMO_HOST: the address next dev listens on (default: all, as Next does;
// e.g. 127.0.0.1 to keep the demo off the network). PostgreSQL and MailDev listen on 127.0.0.1 only.
// Data: DEMO_DATA_DIR (.data); as root, see scripts/lib/embeddedPostgres.mjs for where PostgreSQL's
// files really are when the postgres user cannot reach the checkout.
// Logs: what next dev and the worker write passes through scripts/lib/redactTokens.mjs, so the
// ambassadors' and the calendar feed's tokens (and session tokens) show as `…`.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startEmbeddedPostgres, stopOrphanedEmbeddedPostgres } from './lib/embeddedPostgres.mjs'
import { startMailCatcher } from './lib/mailCatcher.mjs'
import { assertPortsFree, describeError, portError, portFromEnv } from './lib/ports.mjs'
import { pipeRedacted } from './lib/redactTokens.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)

const argv = process.argv.slice(2)
const separator = argv.indexOf('--')
const flags = separator === -1 ? argv : argv.slice(0, separator)
const command = separator === -1 ? [] : argv.slice(separator + 1)
const isWorker = flags.includes('--worker')
const wantsMail = !flags.includes('--no-mail')
const dataDir = path.resolve(process.env.DEMO_DATA_DIR || path.join(root, '.data'))
const pidFile = path.join(dataDir, 'children.pids')
const log = (message) => console.log(`[demo] ${message}`)
const logError = (text) => {
  for (const line of text.split('\n')) console.error(`[demo] ${line}`)
}

// Ports and addresses (validated: a value that is not a port is refused naming its variable).
let ports
try {
  ports = {
    http: portFromEnv('PORT', 3000),
    mailSmtp: portFromEnv('MAILDEV_SMTP_PORT', 1025),
    mailWeb: portFromEnv('MAILDEV_WEB_PORT', 1080),
    pg: portFromEnv('EMBEDDED_PG_PORT', 54329),
  }
} catch (err) {
  logError(describeError(err))
  process.exit(1)
}
const port = String(ports.http)
const demoHost = process.env.DEMO_HOST?.trim().replace(/^\[(.*)\]$/, '$1') || undefined
const isWildcard = (host) => !host || host === '0.0.0.0' || host === '::' || host === '[::]'
/** Where the launcher itself reaches next dev. */
const probeBase = `http://${isWildcard(demoHost) ? 'localhost' : demoHost.includes(':') && !demoHost.startsWith('[') ? `[${demoHost}]` : demoHost}:${port}`
const portSpecs = {
  http: { host: demoHost, port: ports.http, service: 'demo web server, next dev', variable: 'PORT' },
  mailSmtp: { host: '127.0.0.1', port: ports.mailSmtp, service: 'mail catcher SMTP', variable: 'MAILDEV_SMTP_PORT' },
  mailWeb: { host: '127.0.0.1', port: ports.mailWeb, service: 'mail catcher web inbox', variable: 'MAILDEV_WEB_PORT' },
  pg: { host: '127.0.0.1', port: ports.pg, service: 'embedded PostgreSQL', variable: 'EMBEDDED_PG_PORT' },
}

const processGroupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0)
    return true
  } catch (err) {
    return err?.code === 'EPERM'
  }
}

/** Whether `pid` is still the child of a live launcher (its parent is a Node process, not init). */
const hasLiveLauncher = (pid) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    return parent !== 1 && parent !== process.pid && fs.readFileSync(`/proc/${parent}/comm`, 'utf8').trim() === 'node'
  } catch {
    return false
  }
}

// Children of a launcher that was killed outright (SIGKILL) are still running: stop them first, and
// wait until they are gone (they hold the ports). Those of another live launcher on the same data
// directory (a worker beside the demo) are left alone.
const stopOrphans = async () => {
  if (!fs.existsSync(pidFile)) return
  const pids = fs.readFileSync(pidFile, 'utf8').split('\n').map(Number).filter(Boolean)
  const kept = pids.filter((pid) => processGroupAlive(pid) && hasLiveLauncher(pid))
  const stopping = []
  for (const pid of pids.filter((pid) => !kept.includes(pid))) {
    try {
      process.kill(-pid, 'SIGTERM')
      stopping.push(pid)
      log(`stopping an orphaned process group ${pid}`)
    } catch {}
  }
  const deadline = Date.now() + 15_000
  while (stopping.some(processGroupAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  for (const pid of stopping.filter(processGroupAlive)) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {}
  }
  if (kept.length) fs.writeFileSync(pidFile, kept.map((pid) => `${pid}\n`).join(''))
  else fs.rmSync(pidFile, { force: true })
}

/** Forgets our child in the pid file (another launcher on this data directory may have entries). */
const forgetChild = (pid) => {
  try {
    const rest = fs.readFileSync(pidFile, 'utf8').split('\n').filter((line) => line && Number(line) !== pid)
    if (rest.length) fs.writeFileSync(pidFile, rest.map((line) => `${line}\n`).join(''))
    else fs.rmSync(pidFile, { force: true })
  } catch {}
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
    await service.stop().catch((err) => logError(describeError(err)))
  }
  if (child?.pid) forgetChild(child.pid)
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

/**
 * Starts a child in its own process group. With `redact`, its output reaches the terminal line by line
 * with every token replaced by `…` (next dev logs each request's URL, the ambassadors' and the feed's
 * tokens included); colours are kept when the terminal shows them.
 */
const run = (args, env, { redact = false } = {}) => {
  const colours = process.stdout.isTTY && !('NO_COLOR' in env) && !('FORCE_COLOR' in env) ? { FORCE_COLOR: '1' } : {}
  const proc = spawn(process.execPath, args, {
    detached: true,
    env: redact ? { ...env, ...colours } : env,
    stdio: redact ? ['inherit', 'pipe', 'pipe'] : 'inherit',
  })
  if (redact) {
    pipeRedacted(proc.stdout, process.stdout)
    pipeRedacted(proc.stderr, process.stderr)
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.appendFileSync(pidFile, `${proc.pid}\n`)
  return proc
}

/** A service's start, with a port taken meanwhile reported like the checks before. */
const startService = async (specs, start) => {
  try {
    return await start()
  } catch (err) {
    if (err?.code !== 'EADDRINUSE' && err?.code !== 'EACCES') throw err
    const spec = specs.find((candidate) => String(candidate.port) === String(err.port)) ?? specs[0]
    throw await portError(spec, err.code)
  }
}

const shown = (file) => {
  const relative = path.relative(root, file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

const main = async () => {
  fs.mkdirSync(dataDir, { recursive: true })
  await stopOrphans()
  const env = { ...process.env, PORT: port }
  const wantsPostgres = !env.DATABASE_URL
  const wantsMailCatcher = !env.SMTP_URL && wantsMail
  const wantsNext = !command.length && !isWorker
  const pgDataDir = path.join(dataDir, 'postgres')
  // A server left by a killed launcher holds the port: stop it before checking the ports.
  if (wantsPostgres) await stopOrphanedEmbeddedPostgres(pgDataDir)
  await assertPortsFree([
    ...(wantsPostgres ? [portSpecs.pg] : []),
    ...(wantsMailCatcher ? [portSpecs.mailSmtp, portSpecs.mailWeb] : []),
    ...(wantsNext ? [portSpecs.http] : []),
  ])
  if (wantsPostgres) {
    const postgres = await startService([portSpecs.pg], () =>
      startEmbeddedPostgres({
        database: process.env.DEMO_DB_NAME || 'ambassadeurs',
        dataDir: pgDataDir,
        port: ports.pg,
      }),
    )
    services.push(postgres)
    env.DATABASE_URL = postgres.url
    const where = postgres.relocated
      ? `${shown(pgDataDir)} -> ${postgres.dataDir}: run as root, PostgreSQL runs as the postgres user, which cannot reach ${shown(dataDir)}`
      : shown(pgDataDir)
    log(`embedded PostgreSQL: ${postgres.url} (data in ${where})`)
  }
  if (wantsMailCatcher) {
    const mail = await startService([portSpecs.mailSmtp, portSpecs.mailWeb], () =>
      startMailCatcher({
        mailDir: path.join(dataDir, 'mail'),
        smtpPort: ports.mailSmtp,
        webPort: ports.mailWeb,
      }),
    )
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
    child = run([...nodeFlags, '--import', 'tsx', 'scripts/worker.ts'], env, { redact: true })
  } else {
    log('generating the admin import map…')
    const importMap = spawnSync(
      process.execPath,
      [...nodeFlags, 'node_modules/payload/bin.js', 'generate:importmap'],
      { env, stdio: 'inherit' },
    )
    if (importMap.status !== 0) throw new Error('payload generate:importmap failed')
    const hostArgs = demoHost ? ['--hostname', demoHost] : []
    child = run(['node_modules/next/dist/bin/next', 'dev', '--port', port, ...hostArgs], env, { redact: true })
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
  const base = probeBase
  const deadline = Date.now() + 10 * 60_000
  while (Date.now() < deadline && !isShuttingDown) {
    try {
      const response = await fetch(`${base}/api/users/me`)
      if (response.status < 500) {
        await fetch(`${base}/admin/login`).catch(() => undefined)
        const shownBase = isWildcard(demoHost) ? `http://localhost:${port}` : base
        log(`admin ready: ${shownBase}/admin (password for every demo account: demo-ambassadeurs)`)
        log('  editrice@ambassadeurs.example (editor) · admin@ambassadeurs.example (admin)')
        log('  referent.lyon@ambassadeurs.example · referent.nantes@ambassadeurs.example (referents)')
        if (env.SMTP_URL?.includes('127.0.0.1:')) {
          log(`captured mail: http://localhost:${ports.mailWeb}`)
        }
        return
      }
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

main().catch(async (err) => {
  logError(describeError(err))
  await shutdown(1)
})
