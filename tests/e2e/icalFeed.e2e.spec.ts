/**
 * The calendar feed as the demo serves it, bundled by Next (`npm run dev`), not as the function runs in
 * plain Node: a bundler moves code and breaks what reads package files through `__dirname`, as the zone
 * files the feed's VTIMEZONE once came from. Read back with ical.js.
 */
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SharedDemo } from '../setup/demoSetup.ts'

import { freshDemo } from '../helpers/freshDemo.ts'
import { restToken } from './browser.ts'

let server: SharedDemo
let response: Response
let feed: ICAL.Component

beforeAll(async () => {
  server = await freshDemo()
  const jwt = await restToken(server.baseUrl, 'admin@ambassadeurs.example')
  const calendars = (await (await fetch(`${server.baseUrl}/api/editorial-calendars?limit=1&depth=0`, { headers: { authorization: `JWT ${jwt}` } })).json()) as {
    docs: { feedToken: string; id: number }[]
  }
  const [calendar] = calendars.docs
  response = await fetch(`${server.baseUrl}/api/editorial-calendars/${calendar!.id}/ical?token=${calendar!.feedToken}`)
  feed = new ICAL.Component(ICAL.parse(await response.text()))
}, 300_000)

describe('the calendar feed the demo serves', () => {
  it('should describe Europe/Paris, the zone its events name, with its summer and winter time', () => {
    const zones = feed.getAllSubcomponents('vtimezone')
    const named = new Set(feed.getAllSubcomponents('vevent').map((event) => event.getFirstProperty('dtstart')?.getParameter('tzid')).filter(Boolean))
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'text/calendar; charset=utf-8'])
    expect([...named]).toEqual(['Europe/Paris'])
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Paris'])
    expect(new Set(zones[0]!.getAllSubcomponents().map((observance) => observance.name))).toEqual(new Set(['daylight', 'standard']))
  })

  it('should give the Paris offsets of winter and summer time (the monthly training’s 12:30, in January and July)', () => {
    const zone = new ICAL.Timezone(feed.getFirstSubcomponent('vtimezone')!)
    const winter = ICAL.Time.fromJSDate(new Date('2027-01-07T11:30:00.000Z'), true).convertToZone(zone)
    const summer = ICAL.Time.fromJSDate(new Date('2027-07-01T10:30:00.000Z'), true).convertToZone(zone)
    expect([winter.toString(), summer.toString()]).toEqual(['2027-01-07T12:30:00', '2027-07-01T12:30:00'])
  })

  it('should stamp every event in UTC', () => {
    const stamps = feed.getAllSubcomponents('vevent').map((event) => (event.getFirstPropertyValue('dtstamp') as ICAL.Time).zone?.tzid)
    expect(new Set(stamps)).toEqual(new Set(['UTC']))
  })

  it('should show the phase with no end as under way for more than a day, saying it has no end date', () => {
    const phase = new ICAL.Event(feed.getAllSubcomponents('vevent').find((event) => event.getFirstPropertyValue('summary') === 'Recrutement continu')!)
    expect([phase.startDate.toString(), phase.duration.toSeconds() > 86_400, phase.endDate.toJSDate() > new Date()]).toEqual(['2026-09-07', true, true])
    expect(phase.description).toMatch(/sans date de fin|no end date/)
  })
})
