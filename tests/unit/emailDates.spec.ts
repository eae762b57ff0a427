import { describe, expect, it } from 'vitest'

import { formatEmailDate, formatEmailDateTime } from '../../src/emails/formatEmailDate.ts'

describe('formatEmailDate and formatEmailDateTime', () => {
  it('should write a moment as weekday, day, month, year and 24-hour time in French', () => {
    expect(formatEmailDateTime('2026-12-09T16:01:00.000Z', 'fr', 'Europe/Paris')).toBe('mercredi 9 décembre 2026 à 17:01')
  })

  it('should write a moment in the same order in English, without a comma', () => {
    expect(formatEmailDateTime('2026-12-09T16:01:00.000Z', 'en', 'Europe/Paris')).toBe('Wednesday 9 December 2026 at 17:01')
  })

  it('should write a day in the same words as a moment, without the time', () => {
    expect([formatEmailDate('2026-12-09', 'fr', 'Europe/Paris'), formatEmailDate('2026-12-09', 'en', 'Europe/Paris')]).toEqual([
      'mercredi 9 décembre 2026',
      'Wednesday 9 December 2026',
    ])
  })

  it('should answer null for a moment that does not parse', () => {
    expect(formatEmailDateTime('not a date', 'fr', 'Europe/Paris')).toBeNull()
  })
})
