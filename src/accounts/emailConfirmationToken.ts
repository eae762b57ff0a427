import { createHmac, timingSafeEqual } from 'node:crypto'

import { normalizeEmail } from '../utilities/normalizeEmail.ts'

/** How long a confirmation link works. */
export const emailConfirmationMaxAgeMs = 24 * 60 * 60_000

const idPattern = /^[A-Za-z0-9_-]{1,64}$/

/** A key of its own, derived from the secret: a confirmation token is no other token, and no session. */
const keyOf = (secret: string) => createHmac('sha256', secret).update('payload-plugin-ambassadors/email-confirmation/v1').digest()

const macOf = (secret: string, user: string, expires: string, email: string) =>
  createHmac('sha256', keyOf(secret)).update(`${user}\n${expires}\n${normalizeEmail(email)}`).digest('base64url')

/**
 * `<user>.<expiry, base 36 seconds>.<HMAC>`: confirms that the holder reads the mailbox of `email`, the
 * address the account has now. The address is signed, not carried: once the account's address changes
 * again, the token confirms nothing.
 */
export const signEmailConfirmation = ({ email, user }: { email: string; user: number | string }, secret: string, now = Date.now()): string => {
  const expires = Math.floor((now + emailConfirmationMaxAgeMs) / 1000).toString(36)
  return `${user}.${expires}.${macOf(secret, String(user), expires, email)}`
}

/** The user a well-formed, unexpired token names; check it against their address with `isEmailConfirmation`. */
export const userOfEmailConfirmation = (token: unknown, now = Date.now()): string | null => {
  const [user, expires, mac, ...rest] = typeof token === 'string' && token.length <= 200 ? token.split('.') : []
  if (!user || !expires || !mac || rest.length > 0 || !idPattern.test(user) || !/^[0-9a-z]{1,10}$/.test(expires)) {
    return null
  }
  return parseInt(expires, 36) * 1000 > now ? user : null
}

/** True when `token` was signed, with one of `secrets`, for this user and this address. */
export const isEmailConfirmation = (token: string, { email, user }: { email: string; user: number | string }, secrets: string[]): boolean => {
  const [tokenUser, expires, mac] = token.split('.')
  if (tokenUser !== String(user) || !expires || !mac) {
    return false
  }
  const given = Buffer.from(mac)
  return secrets.some((secret) => {
    const expected = Buffer.from(macOf(secret, String(user), expires, email))
    return expected.length === given.length && timingSafeEqual(expected, given)
  })
}
