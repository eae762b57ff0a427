import { describe, expect, it } from 'vitest'

import { parseRuleSyntax } from '../../src/calendar/ruleSyntax.ts'
import { isHttpUrl } from '../../src/validation/validateHttpUrl.ts'
import { findShareTextOverflow } from '../../src/validation/validateShareText.ts'
import { isTimeZone } from '../../src/utilities/isTimeZone.ts'
import { defaultNewsletterRRule } from '../../src/defaults.ts'

describe('parseRuleSyntax', () => {
  it.each([defaultNewsletterRRule, 'RRULE:FREQ=WEEKLY;BYDAY=TU', 'FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1'])(
    'should accept %s',
    (rule) => {
      expect(parseRuleSyntax(rule).ok).toBe(true)
    },
  )

  it.each([
    ['FREQ=SOMETIMES', 'syntax'],
    ['BYDAY=MO', 'freqMissing'],
    ['FREQ=WEEKLY;BYDAY=XX', 'byDayInvalid'],
    ['FREQ=WEEKLY;FOO=1', 'unknownPart'],
    ['', 'syntax'],
  ])('should reject %j (%s)', (rule, code) => {
    expect(parseRuleSyntax(rule)).toMatchObject({ ok: false, problem: { code } })
  })

  it.each(['FREQ=HOURLY', 'FREQ=MINUTELY', 'FREQ=SECONDLY'])('should reject %s as too frequent', (rule) => {
    expect(parseRuleSyntax(rule)).toEqual({ ok: false, problem: { code: 'tooFrequent' } })
  })
})

describe('isHttpUrl', () => {
  it.each(['https://www.ardelys.example/actu', 'http://intranet.example:8080/a?b=c'])('should accept %s', (url) => {
    expect(isHttpUrl(url)).toBe(true)
  })

  it.each(['javascript:alert(1)', 'mailto:a@b.example', '/relative', 'www.example.com', 'data:text/html,x', 'https://'])(
    'should reject %s',
    (url) => {
      expect(isHttpUrl(url)).toBe(false)
    },
  )
})

describe('isTimeZone', () => {
  it('should know Europe/Paris and not Europe/Lyon', () => {
    expect([isTimeZone('Europe/Paris'), isTimeZone('Europe/Lyon')]).toEqual([true, false])
  })
})

describe('findShareTextOverflow', () => {
  it('should accept 280 characters on X, counting accents as one', () => {
    expect(findShareTextOverflow('x', 'é'.repeat(280))).toBeUndefined()
  })

  it('should measure 281 characters on X', () => {
    expect(findShareTextOverflow('x', 'a'.repeat(281))).toEqual({ length: 281, max: 280, network: 'X' })
  })

  it('should count an emoji as one character', () => {
    expect(findShareTextOverflow('x', '🚀'.repeat(280))).toBeUndefined()
  })

  it('should allow 3000 characters on LinkedIn but not 3001', () => {
    expect(findShareTextOverflow('linkedin', 'a'.repeat(3000))).toBeUndefined()
    expect(findShareTextOverflow('linkedin', 'a'.repeat(3001))?.max).toBe(3000)
  })
})
