import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a page's form may be posted after the page was shown. */
export const formTokenMaxAgeMs = 24 * 60 * 60 * 1000

/** A form shown by a server whose clock runs a little ahead is still accepted. */
const clockSkewMs = 5 * 60 * 1000

const keyCache = new Map<string, Buffer>()

/** A key of its own, derived from the secret with a purpose no link token uses. */
const formKeyOf = (secret: string): Buffer => {
  let key = keyCache.get(secret)
  if (!key) {
    key = createHmac('sha256', secret).update('payload-plugin-ambassadors/form/v1').digest()
    keyCache.set(secret, key)
  }
  return key
}

const mac = (secret: string, issuedAt: string, pageToken: string) =>
  createHmac('sha256', formKeyOf(secret)).update(`${issuedAt}.${pageToken}`).digest('base64url')

/**
 * The hidden field of a page's forms: when the page was shown, and an HMAC of that time with the page's
 * token. Needs no session and no storage; a POST without it, with it forged or copied from another
 * ambassador's page, or older than `formTokenMaxAgeMs`, is refused.
 */
export const issueFormToken = (pageToken: string, secret: string, now: number = Date.now()): string => {
  const issuedAt = Math.floor(now / 1000).toString(36)
  return `${issuedAt}.${mac(secret, issuedAt, pageToken)}`
}

/** Whether `field` was issued for `pageToken` with one of `secrets`, less than a day ago. Constant-time. */
export const checkFormToken = (
  field: unknown,
  pageToken: string,
  secrets: readonly string[],
  now: number = Date.now(),
): boolean => {
  if (typeof field !== 'string' || field.length > 100) {
    return false
  }
  const [issuedAt, signature, ...rest] = field.split('.')
  if (!issuedAt || !signature || rest.length > 0 || !/^[0-9a-z]{1,10}$/.test(issuedAt)) {
    return false
  }
  const age = now - parseInt(issuedAt, 36) * 1000
  if (age > formTokenMaxAgeMs || age < -clockSkewMs) {
    return false
  }
  const given = Buffer.from(signature)
  return secrets.some((secret) => {
    const expected = Buffer.from(mac(secret, issuedAt, pageToken))
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}
