import { describe, expect, it } from 'vitest'

import { summarizeRule } from '../../src/calendar/ruleSummary.ts'

describe('summarizeRule', () => {
  it('should say that a rule on 30 February never happens instead of describing it', () => {
    expect(summarizeRule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', '2027-01-04T12:00:00.000Z', 'fr')).toEqual({ kind: 'never' })
  })

  it('should say that a rule whose UNTIL comes before its first day never happens', () => {
    expect(summarizeRule('FREQ=WEEKLY;BYDAY=MO;UNTIL=20260101', '2027-01-04T12:00:00.000Z', 'en')).toEqual({ kind: 'never' })
  })

  it('should describe a rule that happens, in the editor’s language', () => {
    expect(summarizeRule('FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0', '2027-01-04T12:00:00.000Z', 'fr')).toEqual({
      kind: 'summary',
      text: 'Le 1er et le 15 du mois à 09:00',
    })
  })

  it('should describe 29 February, which happens in leap years', () => {
    expect(summarizeRule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2027-01-04T12:00:00.000Z', 'en').kind).toBe('summary')
  })

  it('should wait for a rule still being typed', () => {
    expect([summarizeRule(undefined, undefined, 'fr'), summarizeRule('FREQ=MONTHLY;BYMONTHDAY=', undefined, 'fr')]).toEqual([
      { kind: 'incomplete' },
      { kind: 'incomplete' },
    ])
  })
})
