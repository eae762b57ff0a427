import { describe, expect, it } from 'vitest'

import type { CalendarData } from '../../src/calendar/types.ts'

import { upcomingEvents } from '../../src/newsletter/loadIssueContent.ts'

const settings = { holidayCountry: 'FR', relaunchWorkingDays: 3 }
const everyHalfMinute = `FREQ=DAILY;BYHOUR=${Array.from({ length: 24 }, (_, hour) => hour).join(',')};BYMINUTE=${Array.from({ length: 60 }, (_, minute) => minute).join(',')};BYSECOND=0,30`

const calendarWith = (rrule: string): CalendarData => ({
  cadences: [{ id: 'c1', kind: 'training', label: 'Formation', rrule, startsOn: '2027-01-01T12:00:00.000Z', time: '10:00' }],
  id: 7,
  timeZone: 'Europe/Paris',
})

const recordingLogger = () => {
  const lines: { details: object; message: string }[] = []
  return { lines, warn: (details: object, message: string) => void lines.push({ details, message }) }
}

describe('the upcoming events of an issue', () => {
  it('should list the trainings of the 30 days after the send', () => {
    const logger = recordingLogger()
    const events = upcomingEvents(calendarWith('FREQ=WEEKLY;BYDAY=TU;BYHOUR=10;BYMINUTE=0;BYSECOND=0'), settings, '2027-03-01T08:00:00.000Z', logger)
    expect([events.length, events[0]?.start, logger.lines]).toEqual([5, '2027-03-02T10:00:00+01:00', []])
  })

  it('should leave the events out, not fail, when the calendar cannot be expanded', () => {
    const logger = recordingLogger()
    expect(upcomingEvents(calendarWith(everyHalfMinute), settings, '2027-03-01T08:00:00.000Z', logger)).toEqual([])
  })

  it('should log the calendar whose events it left out, with the rule that stopped it', () => {
    const logger = recordingLogger()
    upcomingEvents(calendarWith(everyHalfMinute), settings, '2027-03-01T08:00:00.000Z', logger)
    expect(logger.lines).toEqual([{ details: { calendar: 7, path: 'cadences.0.rrule' }, message: expect.stringContaining('calendar 7') }])
  })
})
