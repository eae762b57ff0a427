import { describe, expect, it } from 'vitest'

import { addWorkingDays, isWorkingDay } from '../../src/utilities/addWorkingDays.ts'

const paris = (iso: string) => new Date(`${iso}+01:00`)
const france = { country: 'FR', timeZone: 'Europe/Paris' }

describe('addWorkingDays', () => {
  it('should count three working days from a Monday to the Thursday', () => {
    expect(addWorkingDays(paris('2026-11-23T10:00:00'), 3, france).toISOString()).toBe('2026-11-26T09:00:00.000Z')
  })

  it('should skip the weekend', () => {
    expect(addWorkingDays(paris('2026-11-27T10:00:00'), 3, france).toISOString()).toBe('2026-12-02T09:00:00.000Z')
  })

  it('should skip Christmas and New Year in France', () => {
    // Wed 23 Dec 2026 + 3: 24 (Thu), [25 holiday], 28 (Mon), 29 (Tue)
    expect(addWorkingDays(paris('2026-12-23T10:00:00'), 3, france).toISOString()).toBe('2026-12-29T09:00:00.000Z')
  })

  it('should skip Ascension Thursday 2027', () => {
    // Tue 4 May 2027 + 3: 5 (Wed), [6 Ascension], 7 (Fri), 10 (Mon)
    expect(addWorkingDays(new Date('2027-05-04T08:00:00Z'), 3, france).toISOString()).toBe('2027-05-10T08:00:00.000Z')
  })

  it("should know Alsace-Moselle's Saint-Étienne when given the region", () => {
    const stephen = paris('2025-12-26T12:00:00') // a Friday
    expect([
      isWorkingDay(stephen, { country: 'FR', timeZone: 'Europe/Paris' }),
      isWorkingDay(stephen, { country: 'FR-67', timeZone: 'Europe/Paris' }),
    ]).toEqual([true, false])
  })
})
