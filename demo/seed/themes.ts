import type { UserIds, UserKey } from './users.ts'

import { createDoc, type Id, type SeedContext } from './context.ts'

type Localized = { description: string; name: string }

type ThemeSpec = {
  color: string
  editors?: UserKey[]
  en: Localized
  fr: Localized
  key: string
  parent?: string
  /** Share of the whole mix; a sub-theme's shares add up to its parent's. */
  targetShare: number
}

/** The seeds' three base themes (shares add up to 100), each with two sub-themes. Parents come first. */
const themeSpecs = [
  {
    key: 'corporate',
    color: '#1d4ed8',
    targetShare: 40,
    fr: { name: 'Corporate', description: 'Valeurs, résultats, événements et offres du groupe Ardelys.' },
    en: { name: 'Corporate', description: 'Ardelys group values, results, events and services.' },
  },
  {
    key: 'veille-metier',
    color: '#047857',
    targetShare: 30,
    fr: { name: 'Veille métier', description: 'Tendances, innovations et réglementation de nos métiers de l’énergie et du bâtiment.' },
    en: { name: 'Industry watch', description: 'Trends, innovation and regulation in our energy and building trades.' },
  },
  {
    key: 'rh-marque-employeur',
    color: '#be185d',
    editors: ['editeurRh'],
    targetShare: 30,
    fr: { name: 'RH / marque employeur', description: 'Recrutement, alternance, métiers et vie des équipes.' },
    en: { name: 'HR / employer brand', description: 'Hiring, apprenticeships, careers and life in our teams.' },
  },
  {
    key: 'resultats-actualites',
    color: '#2563eb',
    parent: 'corporate',
    targetShare: 20,
    fr: { name: 'Résultats et actualités du groupe', description: 'Chiffres clés, nominations, ouvertures d’agences.' },
    en: { name: 'Results and group news', description: 'Key figures, appointments, new agencies.' },
  },
  {
    key: 'projets-realisations',
    color: '#3b82f6',
    parent: 'corporate',
    targetShare: 20,
    fr: { name: 'Projets et réalisations', description: 'Chantiers livrés, mises en service et retours d’expérience clients.' },
    en: { name: 'Projects and references', description: 'Completed sites, commissionings and client stories.' },
  },
  {
    key: 'transition-energetique',
    color: '#059669',
    parent: 'veille-metier',
    targetShare: 15,
    fr: { name: 'Transition énergétique', description: 'Réseaux de chaleur, renouvelables, sobriété et flexibilité.' },
    en: { name: 'Energy transition', description: 'District heating, renewables, sufficiency and flexibility.' },
  },
  {
    key: 'reglementation-normes',
    color: '#10b981',
    parent: 'veille-metier',
    targetShare: 15,
    fr: { name: 'Réglementation et normes', description: 'Décret tertiaire, RE2020, audits énergétiques, normes techniques.' },
    en: { name: 'Regulation and standards', description: 'Tertiary decree, RE2020, energy audits, technical standards.' },
  },
  {
    key: 'recrutement-alternance',
    color: '#db2777',
    parent: 'rh-marque-employeur',
    targetShare: 15,
    fr: { name: 'Recrutement et alternance', description: 'Offres d’emploi, cooptation, écoles et alternance.' },
    en: { name: 'Hiring and apprenticeships', description: 'Job offers, referrals, schools and apprenticeships.' },
  },
  {
    key: 'vie-des-equipes',
    color: '#ec4899',
    parent: 'rh-marque-employeur',
    targetShare: 15,
    fr: { name: 'Vie des équipes', description: 'Portraits, engagements, sécurité et moments partagés.' },
    en: { name: 'Life in our teams', description: 'Portraits, commitments, safety and shared moments.' },
  },
] as const satisfies readonly ThemeSpec[]

export type ThemeSlug = (typeof themeSpecs)[number]['key']
export type ThemeIds = Record<ThemeSlug, Id>
export const themeSlugs: readonly ThemeSlug[] = themeSpecs.map((spec) => spec.key)

/** Creates each theme in French, then adds its English name and description to the same document. */
export const seedThemes = async (ctx: SeedContext, users: UserIds): Promise<ThemeIds> => {
  const ids: Record<string, Id> = {}
  for (const spec of themeSpecs as readonly ThemeSpec[]) {
    const id = await createDoc(
      ctx,
      'themes',
      {
        ...spec.fr,
        active: true,
        color: spec.color,
        editors: (spec.editors ?? []).map((key) => users[key]),
        parent: spec.parent ? ids[spec.parent] : null,
        slug: spec.key,
        targetShare: spec.targetShare,
      },
      { locale: 'fr' },
    )
    // The slug is sent again: the slug hook would otherwise derive it from the English name.
    await ctx.payload.update({
      collection: 'themes',
      data: { ...spec.en, slug: spec.key },
      depth: 0,
      id,
      locale: 'en',
      req: ctx.req,
    })
    ids[spec.key] = id
  }
  return ids as ThemeIds
}
