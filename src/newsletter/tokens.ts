import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/**
 * What a token lets its holder do; a token for one purpose is refused by every other endpoint. A
 * `preview` token (in previews and test messages) shows the ambassador's pages as they would see them
 * and changes nothing.
 */
export const tokenPurposes = ['preferences', 'unsubscribe', 'click', 'preview'] as const
export type TokenPurpose = (typeof tokenPurposes)[number]

/** How long a preview link works: a test message lies in a staff mailbox, and shows an ambassador's choices. */
export const previewTokenMaxAgeMs = 7 * 24 * 60 * 60 * 1000

/** The parts a token of each purpose has, signature included. */
const partCounts: Record<TokenPurpose, number> = { click: 7, preferences: 5, preview: 6, unsubscribe: 5 }

/** The ambassador (and for clicks, the issue and item) a token speaks for. */
export type TokenSubject = { ambassador: number | string; issue?: number | string; item?: number | string }

const version = 'a1'
const idPattern = /^[A-Za-z0-9_-]{1,64}$/

type Key = { id: string; key: Buffer }

const keyCache = new Map<string, Key>()

/**
 * A signing key derived from a secret (PAYLOAD_SECRET), so the session secret is never used as is; its
 * id (8 characters of its hash) travels in the token, so a token signed before a secret rotation is
 * still checked against the secret it was signed with, as long as that secret is listed.
 */
const keyOf = (secret: string): Key => {
  let key = keyCache.get(secret)
  if (!key) {
    const derived = createHmac('sha256', secret).update('payload-plugin-ambassadors/tokens/v1').digest()
    key = { id: createHash('sha256').update(derived).digest('base64url').slice(0, 8), key: derived }
    keyCache.set(secret, key)
  }
  return key
}

const sign = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest('base64url')

const toSeconds36 = (ms: number) => Math.floor(ms / 1000).toString(36)

/**
 * A signed token: `a1.<key id>.<purpose>.<ambassador>[.<issue>.<item>|.<expiry>].<HMAC-SHA256>`, URL-safe.
 * A link token does not expire: an unsubscribe link must keep working for as long as the message sits in
 * a mailbox. A preview token expires `previewTokenMaxAgeMs` after `now`.
 */
export const signToken = (purpose: TokenPurpose, subject: TokenSubject, secret: string, now: number = Date.now()): string => {
  const { id, key } = keyOf(secret)
  const parts = [version, id, purpose, String(subject.ambassador)]
  if (purpose === 'click') {
    parts.push(String(subject.issue ?? ''), String(subject.item ?? ''))
  }
  if (purpose === 'preview') {
    parts.push(toSeconds36(now + previewTokenMaxAgeMs))
  }
  for (const part of parts.slice(3)) {
    if (!idPattern.test(part)) {
      throw new Error(`signToken: "${part}" cannot be carried in a token`)
    }
  }
  const body = parts.join('.')
  return `${body}.${sign(key, body)}`
}

/**
 * The subject of a token signed for `purpose` with one of `secrets` (the current one first, then the
 * previous ones), or `undefined` for anything else: another purpose, an unknown key, a forged or
 * truncated token, an expired preview. The signature is compared in constant time.
 */
export const verifyToken = (
  token: unknown,
  purpose: TokenPurpose,
  secrets: readonly string[],
  now: number = Date.now(),
): TokenSubject | undefined => {
  if (typeof token !== 'string' || token.length > 300) {
    return undefined
  }
  const parts = token.split('.')
  if (parts.length !== partCounts[purpose] || parts[0] !== version || parts[2] !== purpose) {
    return undefined
  }
  const key = secrets.map(keyOf).find((candidate) => candidate.id === parts[1])
  if (!key) {
    return undefined
  }
  const signature = Buffer.from(parts[parts.length - 1]!)
  const expected = Buffer.from(sign(key.key, parts.slice(0, -1).join('.')))
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
    return undefined
  }
  const [ambassador, ...rest] = parts.slice(3, -1) as [string, ...string[]]
  if (purpose === 'click') {
    return { ambassador, issue: rest[0], item: rest[1] }
  }
  if (purpose === 'preview') {
    const expiry = rest[0]!
    return /^[0-9a-z]{1,10}$/.test(expiry) && parseInt(expiry, 36) * 1000 >= now ? { ambassador } : undefined
  }
  return { ambassador }
}
