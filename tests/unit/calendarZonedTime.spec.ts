import { describe, expect, it } from 'vitest'

import { startOfZonedDay } from '../../src/utilities/zonedTime.ts'

const startOf = (timeZone: string, instant: string) => new Date(startOfZonedDay(timeZone, Date.parse(instant))).toISOString()

describe('startOfZonedDay', () => {
  it('should start the Paris day of the spring change at its midnight, 00:00+01:00', () => {
    expect(startOf('Europe/Paris', '2026-03-29T12:00:00.000Z')).toBe('2026-03-28T23:00:00.000Z')
  })

  it('should start the Paris day of the autumn change at its midnight, 00:00+02:00', () => {
    expect(startOf('Europe/Paris', '2026-10-25T12:00:00.000Z')).toBe('2026-10-24T22:00:00.000Z')
  })

  it('should start a São Paulo day whose midnight the clocks skip at 01:00-02:00', () => {
    expect(startOf('America/Sao_Paulo', '2018-11-04T12:00:00.000Z')).toBe('2018-11-04T03:00:00.000Z')
  })

  it('should give the same start to every instant of the day, the last minute included', () => {
    expect(startOf('Europe/Paris', '2026-03-29T21:59:00.000Z')).toBe('2026-03-28T23:00:00.000Z')
  })

  it('should read a day of the first century with that century’s offset (Paris mean time, +00:09), not 1926’s', () => {
    expect(startOf('Europe/Paris', '0026-05-01T12:00:00.000Z')).toBe('0026-04-30T23:51:00.000Z')
  })
})
