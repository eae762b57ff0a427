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
    key = createHmac('sha256', secret).update('payload-plugin-ambassadors/form/v2').digest()
    keyCache.set(secret, key)
  }
  return key
}

const mac = (secret: string, issuedAt: string, version: string, pageToken: string) =>
  createHmac('sha256', formKeyOf(secret)).update(`${issuedAt}.${version}.${pageToken}`).digest('base64url')

/**
 * The hidden field of the preference form: when the page was shown, the ambassador's form version then
 * (`formVersion`, raised by every save), and an HMAC of both with the page's token. Needs no session; a
 * POST without it, with it forged, copied from another ambassador's page, older than `formTokenMaxAgeMs`,
 * or already used by a save, is refused.
 */
export const issueFormToken = (pageToken: string, formVersion: number, secret: string, now: number = Date.now()): string => {
  const issuedAt = Math.floor(now / 1000).toString(36)
  const version = formVersion.toString(36)
  return `${issuedAt}.${version}.${mac(secret, issuedAt, version, pageToken)}`
}

/** `valid`: issued for this page and the current form version; `used`: genuine, but a save came since; else `refused`. */
export type FormTokenCheck = 'refused' | 'used' | 'valid'

/** Whether `field` was issued for `pageToken` with one of `secrets`, less than a day ago, and not used since. Constant-time. */
export const checkFormToken = (
  field: unknown,
  pageToken: string,
  formVersion: number,
  secrets: readonly string[],
  now: number = Date.now(),
): FormTokenCheck => {
  if (typeof field !== 'string' || field.length > 100) {
    return 'refused'
  }
  const [issuedAt, version, signature, ...rest] = field.split('.')
  if (!issuedAt || !version || !signature || rest.length > 0 || !/^[0-9a-z]{1,10}$/.test(issuedAt) || !/^[0-9a-z]{1,10}$/.test(version)) {
    return 'refused'
  }
  const age = now - parseInt(issuedAt, 36) * 1000
  if (age > formTokenMaxAgeMs || age < -clockSkewMs) {
    return 'refused'
  }
  const given = Buffer.from(signature)
  const isGenuine = secrets.some((secret) => {
    const expected = Buffer.from(mac(secret, issuedAt, version, pageToken))
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
  if (!isGenuine) {
    return 'refused'
  }
  return parseInt(version, 36) === formVersion ? 'valid' : 'used'
}
