import { type ContentIds, contentIdOf } from './contentItems.ts'
import { createDoc, type Id, type SeedContext } from './context.ts'

const issueContent = [
  'chiffre-affaires-neuf-mois-2026',
  'reseau-chaleur-villeurbanne-est',
  'salon-energies-territoires-lyon-2026',
  'decret-tertiaire-operat-2027',
  'campagne-alternance-2027',
  'portrait-lea-technicienne-cvc',
] as const

const introduction = [
  'Bonjour à toutes et à tous,',
  'Pour cette édition de décembre : les résultats du groupe sur neuf mois, la mise en service du réseau de chaleur de Villeurbanne-Est, le salon Énergies & Territoires à Lyon, le lancement de notre campagne alternance 2027 et le portrait de Léa, technicienne à Nantes.',
  'Merci à Julien et Élodie, nos référents à Lyon et à Nantes, pour leurs suggestions. Partagez ce qui vous parle, quand vous le souhaitez : rien n’est obligatoire.',
].join('\n\n')

const englishIntroduction = [
  'Hello everyone,',
  'In this December issue: the group’s nine-month results, the Villeurbanne-Est heat network going live, the Énergies & Territoires trade fair in Lyon, the launch of our 2027 apprenticeship campaign and a portrait of Léa, a technician in Nantes.',
  'Thanks to Julien and Élodie, our referents in Lyon and Nantes, for their suggestions. Share what speaks to you, whenever you like: nothing is compulsory.',
].join('\n\n')

/** The next issue, left as a draft for the editor to review before it is scheduled. */
export const seedNewsletterIssue = (ctx: SeedContext, calendar: Id, content: ContentIds): Promise<Id> =>
  createDoc(ctx, 'newsletter-issues', {
    calendar,
    contentItems: issueContent.map((key) => contentIdOf(content, key)),
    introduction,
    // The calendar's occurrence it is the issue of: the build finds it instead of building a second one.
    occurrenceKey: `${calendar}@2026-12-01T09:00:00+01:00`,
    scheduledAt: '2026-12-01T08:00:00.000Z',
    status: 'draft',
    // Titled as a built issue is, so every issue in the list reads alike.
    title: 'Newsletter des ambassadeurs · 01/12/2026',
    translations: [{ introduction: englishIntroduction, language: 'en', title: 'Ambassador newsletter · 01/12/2026' }],
  })
