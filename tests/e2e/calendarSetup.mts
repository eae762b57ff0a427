// Temporary: fills a DEMO_SEED=false demo with users and calendars for the calendar view's screenshots.
const base = process.argv[2] ?? 'http://127.0.0.1:3300'
const password = 'demo-ambassadeurs'

const call = async (method: string, path: string, body?: unknown, token?: string) => {
  const response = await fetch(`${base}/api${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    method,
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

const day = (value: string) => `${value}T12:00:00.000Z`

const registered = await call('POST', '/users/first-register', {
  email: 'admin@ambassadeurs.example',
  name: 'Admin',
  password,
  roles: ['admin'],
}).catch((err) => ({ error: String(err) }))
console.log('first-register', 'error' in registered ? registered.error : 'ok')
const { token } = (await call('POST', '/users/login', { email: 'admin@ambassadeurs.example', password })) as { token: string }
for (const [email, roles, name] of [
  ['editrice@ambassadeurs.example', ['editor'], 'Claire Martin'],
  ['referent.lyon@ambassadeurs.example', ['referent'], 'Julien Roux'],
] as const) {
  await call('POST', '/users', { email, name, password, roles }, token).catch((err) => console.log(String(err)))
}
const custom = (rrule: string) => ({ repeats: 'custom', rrule })
const calendar = await call(
  'POST',
  '/editorial-calendars',
  {
    cadences: [
      { kind: 'newsletter', label: 'Newsletter des ambassadeurs (1er et 15 du mois)', startsOn: day('2026-09-01'), ...custom('FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0;BYSECOND=0') },
      { kind: 'notification', label: 'Notification hebdomadaire : le contenu à partager', startsOn: day('2026-09-01'), ...custom('FREQ=WEEKLY;BYDAY=TU;BYHOUR=10;BYMINUTE=0;BYSECOND=0') },
      { durationMinutes: 45, kind: 'training', label: 'Formation « Partager efficacement sur LinkedIn » (visio, 45 min)', startsOn: day('2026-09-01'), ...custom('FREQ=MONTHLY;BYDAY=1TH;BYHOUR=12;BYMINUTE=30;BYSECOND=0') },
      { durationMinutes: 120, kind: 'workshop', label: 'Atelier trimestriel des ambassadeurs et des référents', startsOn: day('2026-09-01'), ...custom('FREQ=YEARLY;BYMONTH=3,6,9,12;BYDAY=2TH;BYHOUR=14;BYMINUTE=0;BYSECOND=0') },
    ],
    deadPeriods: [
      { end: day('2027-01-03'), name: 'Trêve de Noël', policy: 'pause', start: day('2026-12-20') },
      { end: day('2027-05-16'), name: 'Ponts de mai', policy: 'lighten', start: day('2027-05-01') },
      { end: day('2027-08-31'), name: 'Vacances d’août', policy: 'pause', start: day('2027-08-01') },
    ],
    name: 'Calendrier éditorial du programme ambassadeurs',
    phases: [
      { end: day('2027-08-06'), kind: 'beta', name: 'Bêta-ambassadeurs', start: day('2027-06-14'), targetSize: 20 },
      { end: day('2027-12-17'), kind: 'primo', name: 'Primo-ambassadeurs', start: day('2027-08-23'), targetSize: 60 },
      { kind: 'continuous', name: 'Recrutement continu', start: day('2027-09-13'), targetSize: 400 },
    ],
    plannedSlots: [
      { date: '2027-09-08T07:30:00.000Z', end: '2027-09-08T08:00:00.000Z', kind: 'content', title: 'Rentrée : les résultats du semestre à partager' },
      { date: '2027-09-16T12:00:00.000Z', end: '2027-09-16T14:00:00.000Z', kind: 'workshop', place: 'Lyon, siège', registrationLink: 'https://example.com/inscription', title: 'Atelier de rentrée des référents' },
      { date: '2027-08-18T08:00:00.000Z', kind: 'internal-comms', title: 'Rappel : reprise des envois en septembre' },
    ],
    timeZone: 'Europe/Paris',
  },
  token,
)
console.log('calendar', (calendar.doc as { id: unknown }).id)
const second = await call('POST', '/editorial-calendars', { name: 'Calendrier RH et marque employeur', timeZone: 'Europe/Paris' }, token)
console.log('calendar 2', (second.doc as { id: unknown }).id)
