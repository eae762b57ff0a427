import { describe, expect, it } from 'vitest'

import { formatCount } from '../../src/components/ShareTextCounter/formatCount.ts'

describe('formatCount', () => {
  it('should write a count with the admin’s language, not the machine’s', () => {
    expect([formatCount(3000, 'fr'), formatCount(3000, 'en')]).toEqual(['3\u202f000', '3,000'])
  })
})
