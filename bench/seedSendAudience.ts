import type { Payload } from 'payload'

import { getPool } from '../src/database/pool.ts'
import { tableOf } from '../src/delivery/tables.ts'
import { createSignedInUser } from '../tests/helpers/fixtures.ts'

const regions = [
  'Auvergne-Rhône-Alpes', 'Bourgogne-Franche-Comté', 'Bretagne', 'Grand Est', 'Hauts-de-France',
  'Île-de-France', 'Normandie', 'Nouvelle-Aquitaine', 'Occitanie', 'Pays de la Loire',
] as const
const languages = ['fr', 'en'] as const
const themes = [
  { name: 'Marque employeur', share: 30, slug: 'marque-employeur' },
  { name: 'Innovation', share: 25, slug: 'innovation' },
  { name: 'RSE', share: 20, slug: 'rse' },
  { name: 'Vie des agences', share: 15, slug: 'vie-des-agences' },
  { name: 'Clients', share: 10, slug: 'clients' },
] as const
/** Per language, items for everyone; per region and language, relays of that region: 8 items (the cap) each. */
const programmeItemsPerLanguage = 4
const relayItemsPerRegion = 4

/** First names as the real file has them: accents, hyphens, an apostrophe, an ampersand, a few missing. */
const firstNames = [
  'Claire', 'Thomas', 'Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Gabriel', 'Zoé', 'Raphaël', 'Anaïs', 'Jules',
  'Manon', 'Arthur', 'Camille', 'Noé', 'Éloïse', 'Mathéo', 'Anne-Sophie', 'Jean-François', 'Maëlle', 'Karim',
  'Fatoumata', 'Nguyễn', 'Grégoire', 'Solène', 'Yasmine', 'Timothée', 'Bérénice', 'N’Golo', 'Océane', 'Loïc',
  'Hélène', 'Baptiste', 'Ophélie', 'Mehdi', 'Salomé', 'Kévin', 'Tom & Jerry', '',
]

export type SendAudience = {
  ambassadors: number
  calendarId: number | string
  /** JWT of an editor, for the build and send endpoints. */
  editorToken: string
}

const itemText = (language: 'en' | 'fr', theme: string, where: string, index: number) =>
  language === 'fr'
    ? {
        shareTexts: [
          { network: 'linkedin', text: `Fier de partager cette actualité « ${theme} » de nos équipes ${where} ! Un bel exemple de ce que nous faisons au quotidien pour nos clients et nos territoires. #Ardelys #${index}` },
          { network: 'x', text: `${theme} – ${where} : à lire et à partager #Ardelys` },
        ],
        summary: `Retour sur une initiative « ${theme} » portée par les équipes ${where} : ateliers, rencontres avec les partenaires et témoignages des collaborateurs engagés. Trois minutes de lecture, et de quoi nourrir vos prochains partages.`,
        title: `${theme} : l’initiative des équipes ${where} (n° ${index})`,
      }
    : {
        shareTexts: [
          { network: 'linkedin', text: `Proud to share this "${theme}" story from our ${where} teams! A great example of what we do every day for our customers and communities. #Ardelys #${index}` },
          { network: 'x', text: `${theme} – ${where}: worth a read and a share #Ardelys` },
        ],
        summary: `A look back at a "${theme}" initiative led by our ${where} teams: workshops, partner meetings and stories from committed colleagues. A three-minute read, and plenty for your next posts.`,
        title: `${theme}: what our ${where} teams did (no. ${index})`,
      }

/**
 * The world of one newsletter to `total` ambassadors in 20 segments (10 region networks × French and
 * English, the same count in each): an editor, five themes with target shares, the networks, 88 approved
 * items (4 per language for everyone, 4 per region and language as relays), a calendar with a daily
 * newsletter and a weekly training (the "coming up" block). The items and the calendar go through the
 * Local API; the ambassadors are written by one `INSERT … SELECT generate_series`, as the collection's
 * hooks would only slow down a bulk import.
 */
export const seedSendAudience = async (payload: Payload, total: number): Promise<SendAudience> => {
  const editor = await createSignedInUser(payload, 'editrice.envoi.bench@ambassadeurs.example', ['editor'])
  const themeIds = []
  for (const theme of themes) {
    const doc = await payload.create({ collection: 'themes', data: { name: theme.name, slug: theme.slug, targetShare: theme.share } as never })
    themeIds.push(doc.id)
  }
  const networkIds = []
  for (const region of regions) {
    const doc = await payload.create({ collection: 'referent-networks', data: { editors: [editor.id], kind: 'region', name: `${region} (envoi)` } as never })
    networkIds.push(doc.id)
  }
  const items: Record<string, unknown>[] = []
  let index = 0
  for (const language of languages) {
    for (let n = 0; n < programmeItemsPerLanguage; n++) {
      const theme = themes[n % themes.length]!
      items.push({ ...itemText(language, theme.name, language === 'fr' ? 'du groupe' : 'group-wide', ++index), category: 'programme', language, themes: [themeIds[n % themes.length]] })
    }
    for (const [regionIndex, region] of regions.entries()) {
      for (let n = 0; n < relayItemsPerRegion; n++) {
        const themeIndex = (regionIndex + n) % themes.length
        items.push({ ...itemText(language, themes[themeIndex]!.name, region, ++index), category: 'relay', language, network: networkIds[regionIndex], themes: [themeIds[themeIndex]] })
      }
    }
  }
  for (const [position, item] of items.entries()) {
    await payload.create({
      collection: 'content-items',
      data: {
        ...item,
        _status: 'published',
        link: `https://www.ardelys.example/actualites/${position + 1}?utm_source=ambassadeurs&utm_medium=email`,
        stage: 'approved',
        submittedBy: editor.id,
      } as never,
    })
  }
  const calendar = await payload.create({
    collection: 'editorial-calendars',
    data: {
      cadences: [
        { kind: 'newsletter', label: 'Newsletter des ambassadeurs', rrule: 'FREQ=DAILY;BYHOUR=12;BYMINUTE=0;BYSECOND=0', startsOn: new Date().toISOString() },
        { durationMinutes: 45, kind: 'training', label: 'Formation « Partager efficacement sur LinkedIn » (visio, 45 min)', rrule: 'FREQ=WEEKLY;BYDAY=TH;BYHOUR=12;BYMINUTE=30;BYSECOND=0', startsOn: new Date().toISOString() },
      ],
      deadPeriods: [],
      name: 'Calendrier du banc d’envoi',
    } as never,
  })

  const ambassadors = tableOf(payload, 'ambassadors')
  const enumOf = (field: string) => `"enum_${ambassadors.slice(1, -1)}_${field}"`
  const pool = getPool(payload)
  // Ambassador i: language by i % 2, region by (i / 2) % 10, so each of the 20 segments gets total / 20.
  await pool.query(
    `INSERT INTO ${ambassadors} (email, first_name, last_name, language, region_network_id, frequency, status, phase, consent_at)
     SELECT 'ambassadeur.' || i || '@ardelys.example',
            NULLIF(($2::text[])[1 + i % array_length($2::text[], 1)], ''),
            'Collaborateur ' || i,
            (CASE WHEN i % 2 = 0 THEN 'fr' ELSE 'en' END)::${enumOf('language')},
            ($3::int[])[1 + (i / 2) % array_length($3::int[], 1)],
            'twice-monthly'::${enumOf('frequency')}, 'active'::${enumOf('status')}, 'continuous'::${enumOf('phase')}, now()
     FROM generate_series(1, $1::int) AS i`,
    [total, firstNames, networkIds.map(Number)],
  )
  await pool.query(`ANALYZE ${ambassadors}`)
  return { ambassadors: total, calendarId: calendar.id, editorToken: editor.token }
}
