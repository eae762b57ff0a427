// Port checks for the launcher: a port that is taken is reported in one line naming the port, the
// service and the environment variable that moves it, before anything is started.
import net from 'node:net'

/** An error meant for the person at the terminal: the launcher prints its message alone, no stack. */
export class LauncherError extends Error {
  constructor(message, { code } = {}) {
    super(message)
    this.name = 'LauncherError'
    if (code) this.code = code
  }
}

/**
 * The port in the environment variable `name`, or `fallback` when it is unset or empty. A value that is
 * not a TCP port (1 to 65535) is refused with a message naming the variable.
 */
export const portFromEnv = (name, fallback) => {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LauncherError(`${name}=${raw} is not a TCP port number (1 to 65535)`)
  }
  return port
}

/**
 * Whether a server could listen on `port` at `host` now (`host` undefined: every address, as Node and
 * `next dev` do by default). Resolves to undefined when it could, else the error code (EADDRINUSE,
 * EACCES, …). The probe is closed before this resolves.
 */
export const probePort = (port, host) =>
  new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', (err) => resolve(err?.code || 'EUNKNOWN'))
    server.listen({ exclusive: true, host, port }, () => server.close(() => resolve(undefined)))
  })

const describeHost = (host) => (host === undefined ? 'all addresses' : host)

/** The first port after `port` that is free at `host`, to suggest one; undefined when none is near. */
const nextFreePort = async (port, host, avoid) => {
  for (let candidate = port + 1; candidate <= Math.min(port + 50, 65535); candidate++) {
    if (avoid.has(candidate)) continue
    if ((await probePort(candidate, host)) === undefined) return candidate
  }
  return undefined
}

/**
 * The one-line error for a port a service cannot listen on. `spec`: `{ port, host, service, variable }`.
 * `code`: the listen error's code.
 */
export const portError = async ({ port, host, service, variable }, code, avoid = new Set()) => {
  if (code === 'EACCES') {
    return new LauncherError(
      `port ${port} (${service}) needs privileges to listen on: set ${variable} to a port above 1023`,
      { code },
    )
  }
  if (code === 'EADDRINUSE') {
    const suggestion = await nextFreePort(port, host, avoid)
    const hint = suggestion ? `, e.g. ${variable}=${suggestion}` : ''
    return new LauncherError(
      `port ${port} (${service}) is already in use on ${describeHost(host)}: stop what listens there, or set ${variable} to another port${hint}`,
      { code },
    )
  }
  return new LauncherError(
    `port ${port} (${service}) cannot be listened on at ${describeHost(host)} (${code}): set ${variable} to another port`,
    { code },
  )
}

/**
 * Checks every port in `specs` (`{ port, host, service, variable }`) before anything starts: one line per
 * port that is taken, then throws (the launcher exits non-zero). Two services given the same port are
 * refused too.
 */
export const assertPortsFree = async (specs) => {
  const problems = []
  const seen = new Map()
  for (const spec of specs) {
    const other = seen.get(spec.port)
    if (other) {
      problems.push(
        new LauncherError(
          `port ${spec.port} is given to both ${other.service} (${other.variable}) and ${spec.service} (${spec.variable}): set one of them to another port`,
        ),
      )
      continue
    }
    seen.set(spec.port, spec)
  }
  const avoid = new Set(specs.map((spec) => spec.port))
  for (const spec of specs) {
    const code = await probePort(spec.port, spec.host)
    if (code) problems.push(await portError(spec, code, avoid))
  }
  if (problems.length === 1) throw problems[0]
  if (problems.length > 1) {
    throw new LauncherError(problems.map((problem) => problem.message).join('\n'), { code: problems[0].code })
  }
}

/** `err` as one readable text: never `undefined`, the stack only for unexpected errors. */
export const describeError = (err) => {
  if (err instanceof LauncherError) return err.message
  if (err instanceof Error) return err.stack || err.message || err.name || 'an error without a message'
  if (err === undefined || err === null) return `failed for an unknown reason (an error value of ${err})`
  if (typeof err === 'string') return err
  try {
    return JSON.stringify(err)
  } catch {
    return String(err)
  }
}
