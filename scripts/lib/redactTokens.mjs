// Tokens in the demo's log lines: an ambassador's links (preferences, unsubscribe, click), a calendar's
// feed, Payload's session and verification tokens. Each value is replaced by `…`; the rest of the line
// (method, path, status, timing) is kept.

/** `?token=…`, `&feedToken=…`, `; payload-token=…` (cookies): any parameter whose name holds "token". */
const parameterPattern = /((?:^|[?&;\s])[\w.-]*token[\w.-]*=)[^&\s"'#<>;,\x1b]+/gi

/** The same inside a URL carried, encoded, by another one (`?next=%2F…%3Ftoken%3D…`). */
const encodedParameterPattern = /((?:%3F|%26)[\w.-]*token[\w.-]*%3D)[^&\s"'#<>%\x1b]+/gi

/** `"token":"…"` (JSON, pino) and `token: '…'` (util.inspect). */
const fieldPattern = /("[\w-]*token[\w-]*"\s*:\s*"|\b[\w]*token[\w]*:\s*')[^"']*/gi

/** The plugin's signed tokens, wherever they stand: `a1.<key>.<purpose>.<ids…>.<HMAC-SHA256>`. */
const signedPattern = /\ba1\.[\w-]{8}\.[a-z-]+(?:\.[\w-]{1,64})+\.[\w-]{43}(?![\w-])/g

/** Payload's email verification link, `/verify/<token>`, and `Authorization: JWT|Bearer <token>`. */
const verifyPathPattern = /(\/verify\/)[^/?#\s"'\x1b]+/g
const authorizationPattern = /\b((?:JWT|Bearer)\s+)[\w.~+/=-]+/g

/**
 * A log line (or several) with every token value replaced by `…`.
 * @param {string} text
 * @returns {string}
 */
export const redactTokens = (text) =>
  text
    .replace(signedPattern, '…')
    .replace(parameterPattern, '$1…')
    .replace(encodedParameterPattern, '$1…')
    .replace(fieldPattern, '$1…')
    .replace(verifyPathPattern, '$1…')
    .replace(authorizationPattern, '$1…')

/** A line longer than this is written redacted as it stands rather than held for its end. */
const maxHeldChars = 64 * 1024

/**
 * Copies `source` (a child's stdout or stderr) to `target` line by line, redacted. A line is written
 * once complete, so a token split across two chunks is still recognised; what is left is written when
 * the source ends.
 * @param {import('node:stream').Readable} source
 * @param {import('node:stream').Writable} target
 */
export const pipeRedacted = (source, target) => {
  let held = ''
  source.setEncoding('utf8')
  source.on('data', (chunk) => {
    held += chunk
    const end = held.lastIndexOf('\n')
    if (end === -1 && held.length < maxHeldChars) return
    const complete = end === -1 ? held.length : end + 1
    target.write(redactTokens(held.slice(0, complete)))
    held = held.slice(complete)
  })
  source.on('end', () => {
    if (held) target.write(redactTokens(held))
    held = ''
  })
}
