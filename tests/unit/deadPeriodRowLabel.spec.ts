import { describe, expect, it } from 'vitest'

import { adminDay, relaunchOfRow } from '../../src/components/CalendarFields/relaunchOfRow.ts'

const settings = { holidays: ['2027-11-11'], workingDays: 3 }
const august = { end: '2027-08-31T12:00:00.000Z', name: 'Août', start: '2027-08-01T12:00:00.000Z' }

describe('relaunchOfRow', () => {
  it('should propose the relaunch the given working days after the period, weekends skipped', () => {
    expect(relaunchOfRow({ ...august, end: '2027-08-27T12:00:00.000Z', relaunch: { decision: 'proposed' } }, settings)).toEqual({
      day: '2027-09-01',
      kind: 'proposed',
    })
  })

  it('should skip the public holidays it is given', () => {
    expect(relaunchOfRow({ end: '2027-11-10T12:00:00.000Z', relaunch: {} }, { ...settings, workingDays: 1 })).toEqual({
      day: '2027-11-12',
      kind: 'proposed',
    })
  })

  it('should tell the day a relaunch was moved to, and a dropped one', () => {
    expect([
      relaunchOfRow({ ...august, relaunch: { date: '2027-09-13T12:00:00.000Z', decision: 'accepted' } }, settings),
      relaunchOfRow({ ...august, relaunch: { decision: 'dropped' } }, settings),
    ]).toEqual([{ day: '2027-09-13', kind: 'moved' }, { kind: 'dropped' }])
  })

  it('should tell nothing while the period has no end', () => {
    expect(relaunchOfRow({ name: 'Août' }, settings)).toBeNull()
  })

  it('should write the day as the admin writes its days', () => {
    expect(adminDay('2027-09-03')).toBe('03/09/2027')
  })
})
