import { day } from './company.ts'
import { type ContentIds, contentIdOf } from './contentItems.ts'
import { createDoc, type Id, type SeedContext } from './context.ts'
import type { ThemeIds } from './themes.ts'

export const calendarName = 'Calendrier éditorial du programme ambassadeurs'

const cadences = [
  { kind: 'newsletter', label: 'Newsletter des ambassadeurs (1er et 15 du mois)', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0;BYSECOND=0' },
  {
    kind: 'notification',
    label: 'Notification hebdomadaire : le contenu à partager de la semaine',
    rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=10;BYMINUTE=0;BYSECOND=0',
  },
  {
    durationMinutes: 45,
    kind: 'training',
    label: 'Formation mensuelle « Partager efficacement sur LinkedIn » (visio, 45 min)',
    rrule: 'FREQ=MONTHLY;BYDAY=1TH;BYHOUR=12;BYMINUTE=30;BYSECOND=0',
  },
  {
    durationMinutes: 120,
    kind: 'workshop',
    label: 'Atelier trimestriel des ambassadeurs et des référents',
    rrule: 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYDAY=2TH;BYHOUR=14;BYMINUTE=0;BYSECOND=0',
  },
  {
    kind: 'internal-comms',
    label: 'Point programme dans la lettre interne (le dernier vendredi du mois)',
    rrule: 'FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=11;BYMINUTE=0;BYSECOND=0',
  },
  {
    durationMinutes: 60,
    kind: 'prospection',
    label: 'Présentation du programme aux nouveaux arrivants (recrutement d’ambassadeurs)',
    rrule: 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYDAY=1TU;BYHOUR=9;BYMINUTE=30;BYSECOND=0',
  },
].map((cadence) => ({ ...cadence, startsOn: day('2026-09-01') }))

/** The seeds' three slumps, as a new calendar proposes them, each followed by a relaunch. */
const deadPeriods = [
  {
    end: day('2027-01-03'),
    name: 'Trêve des fêtes de fin d’année',
    policy: 'pause',
    relaunch: { decision: 'accepted' },
    start: day('2026-12-20'),
  },
  { end: day('2027-05-17'), name: 'Ponts de mai', policy: 'lighten', start: day('2027-05-01') },
  { end: day('2027-08-31'), name: 'Vacances d’août', policy: 'pause', start: day('2027-08-01') },
]

const phases = [
  { name: 'Bêta-ambassadeurs', kind: 'beta', start: day('2026-03-02'), end: day('2026-04-10'), targetSize: 8 },
  { name: 'Primo-ambassadeurs', kind: 'primo', start: day('2026-04-13'), end: day('2026-07-10'), targetSize: 60 },
  { name: 'Recrutement continu', kind: 'continuous', start: day('2026-09-07'), targetSize: 400 },
]

export const seedCalendar = (ctx: SeedContext, themes: ThemeIds, content: ContentIds): Promise<Id> => {
  const plannedSlots = [
    {
      contentItems: [contentIdOf(content, 'chiffre-affaires-neuf-mois-2026')],
      date: '2026-12-01T08:00:00.000Z',
      kind: 'newsletter',
      title: 'Newsletter du 1er décembre : résultats du groupe et Villeurbanne-Est',
      theme: themes.corporate,
      notes: 'Remercier Julien (référent Auvergne-Rhône-Alpes) pour la suggestion sur le réseau de chaleur.',
    },
    {
      contentItems: [contentIdOf(content, 'salon-energies-territoires-lyon-2026')],
      date: '2026-12-08T09:00:00.000Z',
      kind: 'content',
      title: 'Salon Énergies & Territoires : relais de l’invitation',
      theme: themes.corporate,
      notes: 'Cibler en priorité les ambassadeurs de la région Auvergne-Rhône-Alpes.',
    },
    {
      contentItems: [contentIdOf(content, 'campagne-alternance-2027')],
      date: '2026-12-15T08:00:00.000Z',
      kind: 'content',
      title: 'Lancement de la campagne alternance 2027',
      theme: themes['recrutement-alternance'],
      notes: 'Dernière newsletter avant la trêve de Noël.',
    },
    {
      date: '2027-01-06T09:00:00.000Z',
      kind: 'relaunch',
      title: 'Relance de janvier : vœux 2027 et temps forts du trimestre',
      theme: themes.corporate,
      notes: 'Relance après la trêve de Noël : un message de remerciement aux ambassadeurs les plus actifs de 2026.',
    },
    {
      date: '2027-01-21T12:00:00.000Z',
      end: '2027-01-21T13:30:00.000Z',
      kind: 'training',
      place: 'Lyon, siège, salle Confluence',
      registrationLink: 'https://intranet.ardelys.example/formations/ambassadeurs-2027',
      title: 'Formation des nouveaux ambassadeurs : rédiger son post LinkedIn',
      videoLink: 'https://visio.ardelys.example/ambassadeurs',
    },
    {
      date: '2027-09-06T08:00:00.000Z',
      kind: 'relaunch',
      title: 'Rentrée des ambassadeurs : newsletter de relance et atelier',
    },
  ]
  return createDoc(ctx, 'editorial-calendars', {
    cadences,
    deadPeriods,
    name: calendarName,
    phases,
    plannedSlots,
    timeZone: 'Europe/Paris',
  })
}
