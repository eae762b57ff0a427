import { describe, expect, it } from 'vitest'

import {
  emailConfirmationMaxAgeMs,
  isEmailConfirmation,
  signEmailConfirmation,
  userOfEmailConfirmation,
} from '../../src/accounts/emailConfirmationToken.ts'

const secret = 'test-secret'
const now = Date.UTC(2026, 2, 2, 9)
const subject = { email: 'nouvelle@test.example', user: 7 }

describe('email confirmation tokens', () => {
  it('should confirm the address it was signed for, whatever its case', () => {
    const token = signEmailConfirmation(subject, secret, now)
    expect([userOfEmailConfirmation(token, now + 1000), isEmailConfirmation(token, { ...subject, email: 'Nouvelle@Test.example' }, [secret])]).toEqual([
      '7',
      true,
    ])
  })

  it('should expire after a day', () => {
    const token = signEmailConfirmation(subject, secret, now)
    expect(userOfEmailConfirmation(token, now + emailConfirmationMaxAgeMs + 1000)).toBeNull()
  })

  it('should confirm neither another address, nor another user, nor with another secret', () => {
    const token = signEmailConfirmation(subject, secret, now)
    expect([
      isEmailConfirmation(token, { ...subject, email: 'autre@test.example' }, [secret]),
      isEmailConfirmation(token, { ...subject, user: 8 }, [secret]),
      isEmailConfirmation(token, subject, ['another-secret']),
    ]).toEqual([false, false, false])
  })

  it('should refuse malformed tokens without throwing', () => {
    expect([undefined, '', 'a.b', '7.zzzzzzzzzzz.x', `${'7'.repeat(300)}.1.x`, ['7']].map((token) => userOfEmailConfirmation(token, now))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ])
  })
})
