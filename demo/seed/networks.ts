import type { ThemeIds, ThemeSlug } from './themes.ts'
import type { UserIds, UserKey } from './users.ts'

import { createDoc, createEach, type Id, type SeedContext } from './context.ts'

type NetworkSpec = {
  description: string
  editors: UserKey[]
  key: string
  kind: 'business-line' | 'region' | 'sector'
  members: UserKey[]
  name: string
  themes: ThemeSlug[]
}

const allBaseThemes: ThemeSlug[] = ['corporate', 'veille-metier', 'rh-marque-employeur']

/**
 * referent.lyon and referent.nantes belong to one network each, so their suggestions are routed without
 * asking them to choose, as INTERFACE.md describes them.
 */
export const networkSpecs = [
  {
    key: 'ara',
    kind: 'region',
    name: 'Auvergne-Rhône-Alpes',
    description: 'Agences de Lyon, Grenoble et Clermont-Ferrand : réseaux de chaleur, tertiaire et industrie.',
    members: ['referentLyon'],
    editors: ['editrice'],
    themes: allBaseThemes,
  },
  {
    key: 'pdl',
    kind: 'region',
    name: 'Pays de la Loire',
    description: 'Agences de Nantes, Angers et l’antenne de Saint-Nazaire : bâtiments publics et industrie navale.',
    members: ['referentNantes'],
    editors: ['editrice'],
    themes: allBaseThemes,
  },
  {
    key: 'idf',
    kind: 'region',
    name: 'Île-de-France',
    description: 'Siège de La Défense et agence de Saint-Denis : grands comptes tertiaires et data centers.',
    members: ['referentParis'],
    editors: ['editrice'],
    themes: allBaseThemes,
  },
  {
    key: 'na',
    kind: 'region',
    name: 'Nouvelle-Aquitaine',
    description: 'Agences de Bordeaux et Pau : solaire, géothermie et biomasse.',
    members: ['referentBordeaux'],
    editors: ['editrice'],
    themes: allBaseThemes,
  },
  {
    key: 'enr',
    kind: 'business-line',
    name: 'Métier Énergies renouvelables et réseaux de chaleur',
    description: 'Ingénieurs et chefs de projet des réseaux de chaleur, du solaire et de la géothermie, toutes régions.',
    members: ['referentParis'],
    editors: ['editrice'],
    themes: ['veille-metier', 'transition-energetique', 'projets-realisations'],
  },
  {
    key: 'sante',
    kind: 'sector',
    name: 'Secteur Santé et établissements hospitaliers',
    description: 'Nos équipes qui conçoivent et maintiennent les installations des hôpitaux, cliniques et Ehpad.',
    members: ['referentBordeaux'],
    editors: ['editrice', 'editeurRh'],
    themes: ['projets-realisations', 'reglementation-normes'],
  },
] as const satisfies readonly NetworkSpec[]

export type NetworkKey = (typeof networkSpecs)[number]['key']
export type NetworkIds = Record<NetworkKey, Id>
export const regionNetworkKeys = ['ara', 'pdl', 'idf', 'na'] as const satisfies readonly NetworkKey[]

/** The network's first referent: the one who submits its suggestions in the demo. */
export const leadReferentOf = (key: NetworkKey): UserKey =>
  networkSpecs.find((spec) => spec.key === key)!.members[0]

export const seedNetworks = (ctx: SeedContext, users: UserIds, themes: ThemeIds): Promise<NetworkIds> =>
  createEach<NetworkSpec>(networkSpecs, ({ description, editors, kind, members, name, themes: covered }) =>
    createDoc(ctx, 'referent-networks', {
      active: true,
      description,
      editors: editors.map((key) => users[key]),
      kind,
      members: members.map((key) => users[key]),
      name,
      themes: covered.map((slug) => themes[slug]),
    }),
  ) as Promise<NetworkIds>
