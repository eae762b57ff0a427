import { defaultNewsletterRRule } from 'payload-plugin-ambassadors/defaults'
import { day } from './company.ts'
import { type ContentIds, contentIdOf } from './contentItems.ts'
import { createDoc, type Id, type SeedContext } from './context.ts'
import type { ThemeIds } from './themes.ts'

export const calendarName = 'Calendrier éditorial du programme ambassadeurs'

const cadences = [
  { kind: 'newsletter', label: 'Newsletter des ambassadeurs (1er et 15 du mois)', rrule: defaultNewsletterRRule },
  {
    kind: 'weekly-notification',
    label: 'Notification hebdomadaire : le contenu à partager de la semaine',
    rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=10;BYMINUTE=0;BYSECOND=0',
  },
  {
    kind: 'training',
    label: 'Formation mensuelle « Partager efficacement sur LinkedIn » (visio, 45 min)',
    rrule: 'FREQ=MONTHLY;BYDAY=1TH;BYHOUR=12;BYMINUTE=30;BYSECOND=0',
  },
  {
    kind: 'workshop',
    label: 'Atelier trimestriel des ambassadeurs et des référents',
    rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYDAY=2TH;BYHOUR=14;BYMINUTE=0;BYSECOND=0',
  },
]

/** The seeds' three slumps; each is followed by a relaunch. */
const deadPeriods = [
  { name: 'Trêve de Noël', start: day('2026-12-19'), end: day('2027-01-03') },
  { name: 'Ponts de mai', start: day('2027-05-01'), end: day('2027-05-16') },
  { name: 'Vacances d’août', start: day('2027-08-01'), end: day('2027-08-31') },
].map((period) => ({ ...period, policy: 'relaunch-after' }))

const phases = [
  { name: 'Bêta-ambassadeurs', kind: 'beta', start: day('2026-03-02'), end: day('2026-04-10'), targetSize: 8 },
  { name: 'Primo-ambassadeurs', kind: 'primo', start: day('2026-04-13'), end: day('2026-07-10'), targetSize: 60 },
  { name: 'Recrutement continu', kind: 'continuous', start: day('2026-09-07'), targetSize: 400 },
]

export const seedCalendar = (ctx: SeedContext, themes: ThemeIds, content: ContentIds): Promise<Id> => {
  const plannedSlots = [
    {
      date: '2026-12-01T08:00:00.000Z',
      title: 'Newsletter du 1er décembre : résultats du groupe et Villeurbanne-Est',
      theme: themes.corporate,
      contentItem: contentIdOf(content, 'chiffre-affaires-neuf-mois-2026'),
      notes: 'Remercier Julien (référent Auvergne-Rhône-Alpes) pour la suggestion sur le réseau de chaleur.',
    },
    {
      date: '2026-12-08T09:00:00.000Z',
      title: 'Salon Énergies & Territoires : relais de l’invitation',
      theme: themes.corporate,
      contentItem: contentIdOf(content, 'salon-energies-territoires-lyon-2026'),
      notes: 'Cibler en priorité les ambassadeurs de la région Auvergne-Rhône-Alpes.',
    },
    {
      date: '2026-12-15T08:00:00.000Z',
      title: 'Lancement de la campagne alternance 2027',
      theme: themes['recrutement-alternance'],
      contentItem: contentIdOf(content, 'campagne-alternance-2027'),
      notes: 'Dernière newsletter avant la trêve de Noël.',
    },
    {
      date: '2027-01-05T09:00:00.000Z',
      title: 'Relance de janvier : vœux 2027 et temps forts du trimestre',
      theme: themes.corporate,
      notes: 'Relance après la trêve de Noël : un message de remerciement aux ambassadeurs les plus actifs de 2026.',
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
