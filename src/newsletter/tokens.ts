import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** What a token lets its holder do; a token for one purpose is refused by every other endpoint. */
export const tokenPurposes = ['preferences', 'unsubscribe', 'click'] as const
export type TokenPurpose = (typeof tokenPurposes)[number]

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

/**
 * A signed token: `a1.<key id>.<purpose>.<ambassador>[.<issue>.<item>].<HMAC-SHA256>`, URL-safe. It does
 * not expire: an unsubscribe link must keep working for as long as the message sits in a mailbox.
 */
export const signToken = (purpose: TokenPurpose, subject: TokenSubject, secret: string): string => {
  const { id, key } = keyOf(secret)
  const parts = [version, id, purpose, String(subject.ambassador)]
  if (purpose === 'click') {
    parts.push(String(subject.issue ?? ''), String(subject.item ?? ''))
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
 * truncated token. The signature is compared in constant time.
 */
export const verifyToken = (
  token: unknown,
  purpose: TokenPurpose,
  secrets: readonly string[],
): TokenSubject | undefined => {
  if (typeof token !== 'string' || token.length > 300) {
    return undefined
  }
  const parts = token.split('.')
  const expectedLength = purpose === 'click' ? 7 : 5
  if (parts.length !== expectedLength || parts[0] !== version || parts[2] !== purpose) {
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
  const [ambassador, issue, item] = parts.slice(3, -1)
  return purpose === 'click' ? { ambassador: ambassador!, issue, item } : { ambassador: ambassador! }
}
