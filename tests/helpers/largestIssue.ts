import type { NewsletterItem, SegmentContent } from '../../src/newsletter/types.ts'

import { shareTextLimits } from '../../src/defaults.ts'
import { issueTitleMaxLength } from '../../src/newsletter/issueSubjects.ts'

/** Real-sounding prose in each language: accents, typographic apostrophes and quotes, an emoji, hashtags. */
const prose = {
  en: 'We’re proud to share our teams’ latest news: three new apprentices joined the Lyon workshop this month, and the “Future of Work” webinar drew more than 400 colleagues 🚀 Thanks to everyone who took part, asked questions and passed the word on. Curious about how we build tomorrow’s services together? Read on, share it with your network and tell us what you think! #Ardelys #EmployerBrand #Innovation ',
  fr: 'Fiers de partager les dernières nouvelles de nos équipes : trois nouveaux apprentis ont rejoint l’atelier de Lyon ce mois-ci, et le webinaire « L’avenir du travail » a réuni plus de 400 collègues 🚀 Merci à toutes celles et ceux qui ont participé, posé leurs questions et fait passer le mot. Envie de découvrir comment nous construisons ensemble les services de demain ? Lisez, partagez avec votre réseau et dites-nous ce que vous en pensez ! #Ardelys #MarqueEmployeur #Innovation ',
}

/** `length` characters (code points, as the limits count them) of the language's prose. */
export const proseOf = (language: keyof typeof prose, length: number): string =>
  Array.from(prose[language].repeat(Math.ceil(length / prose[language].length) + 1))
    .slice(0, length)
    .join('')
    .replace(/ $/, '.')

/** Limits of the fields an item is made of (see `ContentItems/fields.ts` and `shareTextLimits`). */
const itemLimits = { summary: 600, title: 200 }

/**
 * An item with every field as long as a save allows (title, summary, each network's share text) and the
 * others as long as real ones get: a campaign link with its tracking parameters, an image, a theme, a referent.
 */
export const largestItem = (language: keyof typeof prose, index: number): NewsletterItem => ({
  id: index,
  imageAlt: proseOf(language, 160),
  imageUrl: `https://ambassadeurs.ardelys.example/api/media/file/visuel-campagne-marque-employeur-2027-${index}-1200x630.jpg`,
  link: `https://www.ardelys.example/actualites/2027/03/innovation-marque-employeur-et-recrutement-${index}-notre-strategie-pour-2027?utm_source=newsletter&utm_medium=email&utm_campaign=ambassadeurs-mars-2027&utm_content=item-${index}`,
  shareTexts: (['linkedin', 'x', 'facebook', 'other'] as const).map((network) => ({ network, text: proseOf(language, shareTextLimits[network] > 5000 ? 5000 : shareTextLimits[network]) })),
  suggestedBy: { name: 'Marie-Amélie de La Fontaine-Dubreuil', network: 'Auvergne-Rhône-Alpes · Grand Lyon et Métropole' },
  summary: proseOf(language, itemLimits.summary),
  theme: { color: '#aa3366', name: language === 'fr' ? 'Marque employeur et recrutement' : 'Employer brand and recruitment' },
  title: proseOf(language, itemLimits.title),
})

/**
 * The heaviest issue a programme can send: `items` of `largestItem`, the longest subject, an introduction of
 * three long paragraphs and the six trainings the coming-up block shows at most.
 */
export const largestIssue = (language: keyof typeof prose, items: number): SegmentContent => ({
  ambassadorsSlug: 'ambassadors',
  apiRoute: '/api',
  introduction: [proseOf(language, 500), proseOf(language, 400), proseOf(language, 300)].join('\n\n'),
  issue: { id: 4242, sendDate: '2027-03-01', title: proseOf(language, issueTitleMaxLength) },
  items: Array.from({ length: items }, (_, index) => largestItem(language, index + 1)),
  language,
  programmeName: 'Ambassadeurs Ardelys',
  publicUrl: 'https://ambassadeurs.ardelys.example',
  timeZone: 'Europe/Paris',
  unsubscribeMailto: 'desinscription@ardelys.example',
  upcoming: Array.from({ length: 6 }, (_, index) => ({
    label: proseOf(language, 120),
    place: proseOf(language, 160),
    registrationLink: `https://www.ardelys.example/formations/ambassadeurs/prendre-la-parole-sur-linkedin?session=${index + 1}&utm_source=newsletter`,
    start: `2027-03-0${index + 2}T09:00:00+01:00`,
  })),
})
