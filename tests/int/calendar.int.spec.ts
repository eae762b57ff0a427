import ICAL from 'ical.js'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { taskSlugs } from '../../src/jobs/taskSlugs.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { fieldErrors } from '../helpers/fieldErrors.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures
let calendarId: number | string
let feedToken: string

type Occurrence = { deadPeriod?: string; kind?: string; label: string; start: string; end?: string; status: string; type: string }

const pathsOf = (body: unknown) => ((body as { errors?: { path: string }[] }).errors ?? []).map((error) => error.path)
const messagesOf = (body: unknown) => ((body as { errors?: { message: string; data?: { errors?: { message: string; path: string }[] } }[] }).errors ?? [])
  .flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((inner) => `${inner.path}: ${inner.message}`)])
  .join(' | ')

const day = (iso: string) => `${iso}T12:00:00.000Z`

beforeAll(async () => {
  t = await initTestPayload('calendar')
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
  const calendar = await t.payload.create({
    collection: 'editorial-calendars',
    data: {
      cadences: [
        { kind: 'newsletter', label: 'Newsletter des ambassadeurs', repeats: 'month-days', monthDays: [1, 15], startsOn: day('2027-01-01'), time: '09:00' },
        { kind: 'notification', label: 'Notification du mardi', rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=10;BYMINUTE=0;BYSECOND=0', startsOn: day('2027-01-01') },
      ],
      deadPeriods: [
        { end: day('2027-08-31'), name: 'Vacances d’août', policy: 'pause', start: day('2027-08-01') },
        { end: day('2027-05-17'), name: 'Ponts de mai', policy: 'lighten', start: day('2027-05-01') },
      ],
      name: 'Calendrier du programme',
      phases: [{ end: day('2027-03-12'), kind: 'beta', name: 'Bêta', start: day('2027-03-01'), targetSize: 25 }],
      plannedSlots: [
        {
          date: '2027-09-06T07:00:00.000Z',
          kind: 'training',
          registrationLink: 'https://intranet.example/inscription',
          title: 'Formation de rentrée',
        },
      ],
      timeZone: 'Europe/Paris',
    } as never,
    showHiddenFields: true,
  })
  calendarId = calendar.id
  feedToken = (calendar as { feedToken?: string }).feedToken ?? ''
})

afterAll(async () => {
  await t?.teardown()
})

describe('calendar model', () => {
  it('should store the RRULE of a plain choice and recognise the plain choice of an RRULE', async () => {
    const doc = (await t.payload.findByID({ collection: 'editorial-calendars', id: calendarId })) as unknown as {
      cadences: { repeats: string; rrule: string; weekdays?: string[] }[]
    }
    expect(doc.cadences.map(({ repeats, rrule, weekdays }) => ({ repeats, rrule, weekdays }))).toEqual([
      { repeats: 'month-days', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0;BYSECOND=0', weekdays: [] },
      { repeats: 'weekly', rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=10;BYMINUTE=0;BYSECOND=0', weekdays: ['TU'] },
    ])
  })

  it('should give a new calendar the three dead periods to come, May from the French holidays', async () => {
    const response = await api.rest('POST', '/editorial-calendars', { body: { name: 'Nouveau' }, language: 'fr', token: f.editor.token })
    const periods = response.body.doc.deadPeriods as { name: string; policy: string; start: string; end: string }[]
    expect(response.status).toBe(201)
    expect(periods.map((period) => period.policy).sort()).toEqual(['lighten', 'pause', 'pause'])
    const may = periods.find((period) => period.policy === 'lighten')!
    expect([may.name, may.start.slice(5, 10)]).toEqual(['Ponts de mai', '05-01'])
    expect(periods.find((period) => period.start.slice(5, 10) === '08-01')?.end.slice(5, 10)).toBe('08-31')
    expect(periods.find((period) => period.start.slice(5, 10) === '12-20')?.end.slice(5, 10)).toBe('01-03')
  })

  it.each([
    ['FREQ=MONTHLY;INTERVAL=0', /INTERVAL=0.*1 to 9999/],
    ['FREQ=MONTHLY;INTERVAL=-5', /INTERVAL=-5/],
    ['FREQ=YEARLY;BYMONTH=13', /BYMONTH=13.*1 to 12/],
    ['FREQ=MONTHLY;BYMONTHDAY=40', /BYMONTHDAY=40/],
    ['FREQ=DAILY;COUNT=3;UNTIL=20270101', /UNTIL and COUNT/],
    ['FREQ=WEEKLY;TZID=Mars/Olympus', /TZID “Mars\/Olympus”/],
    ['FREQ=WEEKLY;WKST=XX', /WKST “XX” is not a weekday/],
    ['FREQ=WEEKLY;BYDAY=MO\nFREQ=MONTHLY;BYMONTHDAY=1', /One rule on one line/],
    ['FREQ=DAILY;UNTIL=20270230', /UNTIL “20270230” is not a real date/],
    ['FREQ=DAILY;UNTIL=20200101', /never happens/],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', /never happens/],
  ])('should refuse %j with the reason, naming the field', async (rrule, reason) => {
    const response = await api.rest('POST', '/editorial-calendars', {
      body: { cadences: [{ kind: 'newsletter', label: 'Mauvaise règle', repeats: 'custom', rrule, startsOn: '2026-01-01' }], name: 'Invalide' },
      language: 'en',
      token: f.editor.token,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('cadences.0.rrule')
    expect(messagesOf(response.body)).toMatch(reason)
  })

  it('should give the reason in French to a French admin', async () => {
    const response = await api.rest('POST', '/editorial-calendars', {
      body: { cadences: [{ kind: 'newsletter', label: 'x', repeats: 'custom', rrule: 'FREQ=YEARLY;BYMONTH=13' }], name: 'Invalide' },
      language: 'fr',
      token: f.editor.token,
    })
    expect([response.status, messagesOf(response.body)]).toEqual([400, expect.stringMatching(/BYMONTH=13 est hors limites : de 1 à 12/)])
  })

  it('should refuse a plain choice left incomplete, an impossible time and an end before a start', async () => {
    const response = await api.rest('POST', '/editorial-calendars', {
      body: {
        cadences: [{ kind: 'workshop', label: 'Atelier', repeats: 'monthly-weekday', time: '25:00' }],
        deadPeriods: [{ end: '2027-07-01', name: 'À l’envers', policy: 'pause', start: '2027-08-01' }],
        name: 'Incomplet',
      },
      language: 'en',
      token: f.editor.token,
    })
    const paths = JSON.stringify(response.body)
    expect(response.status).toBe(400)
    for (const path of ['cadences.0.ordinal', 'cadences.0.weekday', 'cadences.0.time', 'deadPeriods.0.end']) {
      expect(paths).toContain(path)
    }
  })
})

describe('GET /api/editorial-calendars/:id/occurrences', () => {
  const occurrences = async (query: string, token = f.editor.token) =>
    api.rest<{ occurrences: Occurrence[] }>('GET', `/editorial-calendars/${calendarId}/occurrences?${query}`, { token })

  it('should serve the newsletter outside August and cancel it inside, for editors and referents', async () => {
    for (const user of [f.editor, f.admin, f.referentA]) {
      const response = await occurrences('from=2027-07-01&to=2027-09-30', user.token)
      expect(response.status).toBe(200)
      const newsletters = response.body.occurrences.filter((o) => o.type === 'cadence' && o.kind === 'newsletter')
      expect(newsletters.map((o) => [o.start, o.status, o.deadPeriod ?? null])).toEqual([
        ['2027-07-01T09:00:00+02:00', 'scheduled', null],
        ['2027-07-15T09:00:00+02:00', 'scheduled', null],
        ['2027-08-01T09:00:00+02:00', 'cancelled', 'Vacances d’août'],
        ['2027-08-15T09:00:00+02:00', 'cancelled', 'Vacances d’août'],
        ['2027-09-01T09:00:00+02:00', 'scheduled', null],
        ['2027-09-15T09:00:00+02:00', 'scheduled', null],
      ])
    }
  })

  it('should list the dead period, its proposed relaunch three working days after, the slot and a phase warning', async () => {
    const august = (await occurrences('from=2027-08-01&to=2027-09-10')).body.occurrences
    expect(august.find((o) => o.type === 'dead-period')).toMatchObject({ end: '2027-08-31', label: 'Vacances d’août', start: '2027-08-01' })
    expect(august.find((o) => o.type === 'relaunch')).toMatchObject({ start: '2027-09-03', status: 'proposed' })
    expect(august.find((o) => o.type === 'slot')).toMatchObject({ kind: 'training', start: '2027-09-06T09:00:00+02:00' })
    const march = (await occurrences('from=2027-03-01&to=2027-03-31')).body.occurrences
    expect(march.find((o) => o.type === 'phase')).toMatchObject({
      warnings: expect.arrayContaining([expect.objectContaining({ code: 'targetSizeOutside', value: 25 })]),
    })
  })

  it('should keep one send per cadence in a lightened period: the first on a working day, else the first', async () => {
    const may = (await occurrences('from=2027-05-01&to=2027-05-31')).body.occurrences
    const kept = (kind: string) =>
      may.filter((o) => o.kind === kind && o.deadPeriod === 'Ponts de mai' && o.status === 'scheduled').map((o) => o.start)
    // 1 and 15 May 2027 are Saturdays: the newsletter keeps the first; Tuesday 4 May is a working day.
    expect([kept('newsletter'), kept('notification')]).toEqual([['2027-05-01T09:00:00+02:00'], ['2027-05-04T10:00:00+02:00']])
    expect(may.filter((o) => o.deadPeriod === 'Ponts de mai' && o.status === 'cancelled').map((o) => o.start.slice(0, 10))).toEqual(['2027-05-11', '2027-05-15'])
  })

  it.each([
    ['from=2027-13-01&to=2027-12-31', 400, 'from'],
    ['from=2027-02-30&to=2027-12-31', 400, 'from'],
    ['from=2027-01-01&to=yesterday', 400, 'to'],
    ['from=2027-06-01&to=2027-05-01', 400, 'to'],
    ['from=2027-01-01&to=2029-12-31', 400, 'to'],
  ])('should answer %s with a %i naming %s', async (query, status, path) => {
    const response = await occurrences(query)
    expect([response.status, pathsOf(response.body)]).toEqual([status, [path]])
  })

  it('should refuse strangers and unknown calendars without a 500', async () => {
    const anonymous = await api.rest('GET', `/editorial-calendars/${calendarId}/occurrences?from=2027-01-01&to=2027-01-31`)
    const unknown = await occurrences('from=2027-01-01').then(() =>
      api.rest('GET', '/editorial-calendars/999999/occurrences?from=2027-01-01&to=2027-01-31', { token: f.editor.token }),
    )
    const malformed = await api.rest('GET', '/editorial-calendars/abc/occurrences', { token: f.editor.token })
    expect([anonymous.status, unknown.status, malformed.status]).toEqual([401, 404, 404])
  })
})

describe('calendar dates far from today', () => {
  const weekly = { kind: 'newsletter', label: 'Lettre du mardi', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYHOUR=9;BYMINUTE=0;BYSECOND=0' }

  it.each(['0001-01-01', '0026-03-01', '2101-01-01'])('should refuse a cadence starting on %s over REST, naming the field', async (startsOn) => {
    const response = await api.rest('POST', '/editorial-calendars', {
      body: { cadences: [{ ...weekly, repeats: 'custom', startsOn: day(startsOn) }], name: 'Coquille' },
      language: 'en',
      token: f.editor.token,
    })
    expect([response.status, JSON.stringify(response.body), messagesOf(response.body)]).toEqual([
      400,
      expect.stringContaining('cadences.0.startsOn'),
      expect.stringContaining('Choose a day between 01/01/2000 and 31/12/2100'),
    ])
  })

  it('should refuse a cadence starting in year 1 over GraphQL, naming the field in French', async () => {
    const response = await api.gql(
      `mutation { createEditorialCalendar(data: { name: "Coquille", timeZone: "Europe/Paris", cadences: [{ kind: newsletter, label: "Lettre", repeats: custom, rrule: "FREQ=WEEKLY", startsOn: "0001-01-01T12:00:00.000Z" }] }) { id } }`,
      { language: 'fr', token: f.editor.token },
    )
    expect(response.body.errors?.[0]?.extensions?.data?.errors).toEqual([
      { label: expect.any(String), message: 'Choisissez un jour entre le 01/01/2000 et le 31/12/2100.', path: 'cadences.0.startsOn' },
    ])
  })

  it('should refuse a dead period, a phase and a slot dated in 1900, naming each field', async () => {
    const response = await api.rest('POST', '/editorial-calendars', {
      body: {
        deadPeriods: [{ end: day('2027-08-31'), name: 'Août', policy: 'pause', start: day('1900-08-01') }],
        name: 'Coquilles',
        phases: [{ kind: 'beta', name: 'Bêta', start: day('1900-03-01') }],
        plannedSlots: [{ date: '1900-09-06T07:00:00.000Z', kind: 'training', title: 'Formation' }],
      },
      language: 'en',
      token: f.editor.token,
    })
    expect([response.status, pathsOf(response.body)]).toEqual([400, expect.any(Array)])
    for (const path of ['deadPeriods.0.start', 'phases.0.start', 'plannedSlots.0.date']) {
      expect(JSON.stringify(response.body)).toContain(path)
    }
  })

  it('should refuse a range in the year 5000 with a 400 naming from', async () => {
    const response = await api.rest('GET', `/editorial-calendars/${calendarId}/occurrences?from=5000-01-01&to=5001-12-31`, { token: f.referentA.token })
    expect([response.status, response.body]).toEqual([
      400,
      { errors: [{ message: expect.stringContaining('between 2000-01-01 and 2100-12-31'), path: 'from' }] },
    ])
  })

  it('should expand a stored cadence starting in year 1 over 2026 as one starting near it', async () => {
    const stored = await t.payload.create({ collection: 'editorial-calendars', data: { cadences: [{ ...weekly, repeats: 'custom', startsOn: day('2025-12-09') }], deadPeriods: [], name: 'Ancien' } as never })
    const expected = await api.rest<{ occurrences: Occurrence[] }>('GET', `/editorial-calendars/${stored.id}/occurrences?from=2026-01-01&to=2026-12-31`, { token: f.editor.token })
    // Written as a record saved before the check would be: the adapter, no validation. 0001-01-02 is a
    // Tuesday a whole number of fortnights before 2025-12-09.
    const cadences = (stored as unknown as { cadences: { id: string }[] }).cadences
    await t.payload.db.updateOne({ collection: 'editorial-calendars', data: { cadences: [{ ...cadences[0], startsOn: day('0001-01-02') }] }, id: stored.id })
    const response = await api.rest<{ occurrences: Occurrence[] }>('GET', `/editorial-calendars/${stored.id}/occurrences?from=2026-01-01&to=2026-12-31`, { token: f.editor.token })
    await t.payload.delete({ collection: 'editorial-calendars', id: stored.id })
    expect([response.status, response.body.occurrences.length, response.body.occurrences]).toEqual([200, 26, expected.body.occurrences])
  })

  const everyHalfMinute = `FREQ=DAILY;BYHOUR=${Array.from({ length: 24 }, (_, hour) => hour).join(',')};BYMINUTE=${Array.from({ length: 60 }, (_, minute) => minute).join(',')};BYSECOND=0,30`
  const createTooLong = (kind: string) =>
    t.payload.create({
      collection: 'editorial-calendars',
      data: { cadences: [{ kind, label: 'Chaque minute', repeats: 'custom', rrule: everyHalfMinute, startsOn: day('2026-01-01') }], deadPeriods: [], name: 'Trop' } as never,
      showHiddenFields: true,
    })

  it('should answer 422 naming the cadence when a rule gives more occurrences than an expansion may visit', async () => {
    const stored = await createTooLong('notification')
    const occurrences = await api.rest('GET', `/editorial-calendars/${stored.id}/occurrences?from=2026-01-01&to=2026-03-31`, { language: 'en', token: f.editor.token })
    const feed = await api.rest('GET', `/editorial-calendars/${stored.id}/ical?token=${(stored as { feedToken?: string }).feedToken}`)
    await t.payload.delete({ collection: 'editorial-calendars', id: stored.id })
    const refusal = { errors: [{ message: expect.stringContaining('“Chaque minute” gives too many occurrences'), path: 'cadences.0.rrule' }] }
    expect([occurrences.status, occurrences.body, feed.status]).toEqual([422, refusal, 422])
  })

  it('should count a calendar the hourly build cannot expand and build the others', async () => {
    const stored = await createTooLong('newsletter')
    const task = t.payload.config.jobs.tasks?.find((candidate) => candidate.slug === taskSlugs.buildNewsletterIssues)
    const req = await createLocalReq({}, t.payload)
    const handler = task?.handler as (args: { input: object; req: typeof req }) => Promise<unknown>
    const result = await handler({ input: {}, req })
    await t.payload.delete({ collection: 'editorial-calendars', id: stored.id })
    expect(result).toEqual({ output: expect.objectContaining({ unexpandable: 1 }) })
  })
})

describe('the work of a calendar save', () => {
  const cadences = (count: number, rrule: string, startsOn: string) =>
    Array.from({ length: count }, (_, index) => ({ kind: 'notification', label: `Rendez-vous ${index}`, repeats: 'custom', rrule, startsOn: day(startsOn) }))
  /** From Monday 5 January 2026, every seventh day is a Monday: every Tuesday of 30 years is looked at and left. */
  const misaligned = 'FREQ=DAILY;INTERVAL=7;BYDAY=TU;BYHOUR=9;BYMINUTE=0;BYSECOND=0'

  it('should answer a save of 50 daily cadences that never happen with the reason for each rule', async () => {
    const response = await api.rest('POST', '/editorial-calendars', {
      body: { cadences: cadences(50, 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', '2026-01-01'), name: 'Jamais' },
      language: 'en',
      token: f.editor.token,
    })
    expect([response.status, fieldErrors(response.body)]).toEqual([
      400,
      Array.from({ length: 50 }, (_, index) => ({ label: expect.any(String), message: expect.stringMatching(/never happens/), path: `cadences.${index}.rrule` })),
    ])
  })

  it('should refuse the rules a save has no work left to check, naming them, over REST', async () => {
    const response = await api.rest('POST', '/editorial-calendars', { body: { cadences: cadences(3, misaligned, '2026-01-05'), name: 'Trop de travail' }, language: 'en', token: f.editor.token })
    expect([response.status, fieldErrors(response.body).map(({ message, path }) => [path, message])]).toEqual([
      400,
      [
        ['cadences.0.rrule', expect.stringMatching(/never happens/)],
        ['cadences.1.rrule', 'Checking this calendar’s rules takes too much work (stopped at “Rendez-vous 1”): simplify the rules or split the calendar.'],
        ['cadences.2.rrule', expect.stringMatching(/too much work \(stopped at “Rendez-vous 2”\)/)],
      ],
    ])
  })

  it('should refuse the rules a save has no work left to check over GraphQL, in French', async () => {
    const rows = cadences(2, misaligned, '2026-01-05')
      .map(({ label, rrule, startsOn }) => `{ kind: notification, label: "${label}", repeats: custom, rrule: "${rrule}", startsOn: "${startsOn}" }`)
      .join(', ')
    const response = await api.gql(`mutation { createEditorialCalendar(data: { name: "Trop", timeZone: "Europe/Paris", cadences: [${rows}] }) { id } }`, {
      language: 'fr',
      token: f.editor.token,
    })
    expect(response.body.errors?.[0]?.extensions?.data?.errors?.[1]).toEqual({
      label: expect.any(String),
      message: 'Vérifier les règles de ce calendrier demande trop de travail (arrêt à « Rendez-vous 1 ») : simplifiez les règles ou répartissez-les sur plusieurs calendriers.',
      path: 'cadences.1.rrule',
    })
  })

  it('should refuse more dead periods, phases and planned slots than a calendar holds, naming each list', async () => {
    const response = await api.rest('POST', '/editorial-calendars', {
      body: {
        deadPeriods: Array.from({ length: 101 }, (_, index) => ({ end: day('2027-08-31'), name: `Temps mort ${index}`, policy: 'pause', start: day('2027-08-01') })),
        name: 'Trop de lignes',
        phases: Array.from({ length: 51 }, (_, index) => ({ kind: 'beta', name: `Phase ${index}`, start: day('2027-03-01') })),
        plannedSlots: Array.from({ length: 1001 }, (_, index) => ({ date: '2027-09-06T07:00:00.000Z', kind: 'training', title: `Formation ${index}` })),
      },
      language: 'en',
      token: f.editor.token,
    })
    expect([response.status, fieldErrors(response.body).map(({ message, path }) => [path, message])]).toEqual([
      400,
      [
        ['deadPeriods', 'A calendar holds at most 100 dead periods: remove the past ones.'],
        ['phases', 'A calendar holds at most 50 phases.'],
        ['plannedSlots', 'A calendar holds at most 1000 planned slots: remove the past ones or split the calendar.'],
      ],
    ])
  })

  it('should refuse more cadences than a calendar holds over GraphQL, in French', async () => {
    const rows = cadences(51, 'FREQ=WEEKLY;BYDAY=TU', '2026-01-05')
      .map(({ label, rrule, startsOn }) => `{ kind: notification, label: "${label}", repeats: custom, rrule: "${rrule}", startsOn: "${startsOn}" }`)
      .join(', ')
    const response = await api.gql(`mutation { createEditorialCalendar(data: { name: "Trop", timeZone: "Europe/Paris", cadences: [${rows}] }) { id } }`, {
      language: 'fr',
      token: f.editor.token,
    })
    expect(response.body.errors?.[0]?.extensions?.data?.errors).toEqual([
      { label: expect.any(String), message: 'Un calendrier contient au plus 50 rendez-vous récurrents : répartissez-les sur plusieurs calendriers.', path: 'cadences' },
    ])
  })
})

describe('GET /api/editorial-calendars/:id/ical', () => {
  const feed = (token: string) => api.rest<string>('GET', `/editorial-calendars/${calendarId}/ical?token=${encodeURIComponent(token)}`)

  it('should be a valid RFC 5545 feed: recurrences as RRULEs with EXDATEs, dead periods all day', async () => {
    const response = await feed(feedToken)
    expect(response.status).toBe(200)
    const component = new ICAL.Component(ICAL.parse(response.body))
    expect(component.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Paris')
    const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    const newsletter = events.find((event) => event.summary === 'Newsletter des ambassadeurs')!
    expect(newsletter.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0;BYSECOND=0')
    expect(newsletter.startDate.toString()).toBe('2027-01-01T09:00:00')
    expect(newsletter.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Paris')
    const exdates = newsletter.component.getAllProperties('exdate').flatMap((property) => property.getValues().map(String))
    expect(exdates).toEqual(expect.arrayContaining(['2027-08-01T09:00:00', '2027-08-15T09:00:00']))
    // The parser's own expansion agrees with the plugin: no newsletter in August, two in September.
    const iterator = newsletter.iterator()
    const starts: string[] = []
    for (let next = iterator.next(); next && starts.length < 24; next = iterator.next()) {
      if (!exdates.includes(next.toString())) {
        starts.push(next.toString().slice(0, 10))
      }
    }
    expect(starts.filter((start) => start.startsWith('2027-08'))).toEqual([])
    expect(starts.filter((start) => start.startsWith('2027-09'))).toEqual(['2027-09-01', '2027-09-15'])
    const august = events.find((event) => event.summary === 'Vacances d’août')!
    expect([august.startDate.isDate, august.startDate.toString(), august.endDate.toString()]).toEqual([true, '2027-08-01', '2027-09-01'])
  })

  it('should refuse a missing or wrong token, and the old token once rotated', async () => {
    const missing = await api.rest('GET', `/editorial-calendars/${calendarId}/ical`)
    const wrong = await feed(`${feedToken.slice(0, -2)}xx`)
    const byReferent = await api.rest('POST', `/editorial-calendars/${calendarId}/rotate-feed-token`, { token: f.referentA.token })
    const rotated = await api.rest<{ feedToken: string }>('POST', `/editorial-calendars/${calendarId}/rotate-feed-token`, { token: f.editor.token })
    const old = await feed(feedToken)
    const current = await feed(rotated.body.feedToken)
    expect([missing.status, pathsOf(missing.body), wrong.status, pathsOf(wrong.body)]).toEqual([400, ['token'], 403, ['token']])
    expect([byReferent.status, rotated.status, old.status, current.status]).toEqual([403, 200, 403, 200])
    expect(rotated.body.feedToken).not.toBe(feedToken)
    feedToken = rotated.body.feedToken
  })

  it('should not let anyone set the token through the API', async () => {
    const response = await api.rest('PATCH', `/editorial-calendars/${calendarId}`, { body: { feedToken: 'chosen' }, token: f.editor.token })
    const stored = await t.payload.findByID({ collection: 'editorial-calendars', id: calendarId, showHiddenFields: true })
    expect([response.status, (stored as { feedToken?: string }).feedToken]).toEqual([200, feedToken])
  })
})
