import { describe, expect, it } from 'vitest'

import { firstFrozenChange, isContentFrozen } from '../../src/delivery/frozenContent.ts'

const stored = {
  calendar: 3,
  contentItems: [4, 5],
  introduction: null,
  scheduledAt: '2026-03-02T11:00:00.000Z',
  segments: [{ key: 'a', items: [4] }],
  title: 'Édition',
}

describe('an issue frozen with its audience', () => {
  it('should be frozen while sending, paused or sent, and once cancelled after the freeze only', () => {
    const statuses = ['draft', 'scheduled', 'sending', 'paused', 'sent', 'cancelled', 'skipped']
    expect(statuses.map((status) => isContentFrozen({ status }))).toEqual([false, false, true, true, true, false, false])
    expect(isContentFrozen({ audienceFrozenAt: '2026-03-02T11:00:00.000Z', status: 'cancelled' })).toBe(true)
  })

  it('should see no change in a save that repeats every value, populated, as strings or as another date form', () => {
    const repeated = {
      calendar: { id: 3, name: 'Calendrier' },
      contentItems: ['4', { id: 5 }],
      introduction: '',
      scheduledAt: '2026-03-02T12:00:00+01:00',
      segments: [{ items: [4], key: 'a' }],
      title: 'Édition',
    }
    expect(firstFrozenChange(repeated, stored)).toBeUndefined()
  })

  it('should name the first field that changes', () => {
    expect([
      firstFrozenChange({ title: 'Autre' }, stored),
      firstFrozenChange({ contentItems: [5, 4] }, stored),
      firstFrozenChange({ scheduledAt: null }, stored),
      firstFrozenChange({ segments: [] }, stored),
    ]).toEqual(['title', 'contentItems', 'scheduledAt', 'segments'])
  })

  it('should name a change of another language’s subject or introduction', () => {
    const translated = { ...stored, translations: [{ id: 'r1', introduction: null, language: 'en', title: 'News' }] }
    expect([
      firstFrozenChange({ translations: [{ language: 'en', title: 'Other news' }] }, translated),
      firstFrozenChange({ translations: [{ introduction: 'Hello', language: 'en', title: 'News' }] }, translated),
      firstFrozenChange({ translations: [{ id: 'r1', introduction: '', language: 'en', title: 'News' }] }, translated),
    ]).toEqual(['translations', 'translations', undefined])
  })
})
