import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/composeAccess.ts'
import { engagementEventTypes, engagementSources, socialNetworks } from '../../defaults.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { socialNetworkLabels } from '../../fields/optionLabels.ts'
import { deliveryGroup, type CollectionFactoryArgs } from '../types.ts'
import { dayAndTime } from '../../fields/dateAppearance.ts'

export const engagementSourceLabels = {
  admin: { en: 'By an editor in the admin', fr: "Par un éditeur dans l'administration" },
  api: { en: 'Through the API', fr: "Par l'API" },
  'email-link': { en: 'From a link in the newsletter', fr: 'Depuis un lien de la newsletter' },
  import: { en: 'CSV import', fr: 'Import CSV' },
  'one-click': { en: 'One-click unsubscribe from the mail client', fr: 'Désinscription en un clic depuis la messagerie' },
}

export const engagementTypeLabels = {
  click: { en: 'Click', fr: 'Clic' },
  'opt-in': { en: 'Opt-in', fr: 'Inscription' },
  'preferences-change': { en: 'Preferences changed', fr: 'Préférences modifiées' },
  share: { en: 'Share', fr: 'Partage' },
  unsubscribe: { en: 'Unsubscribe', fr: 'Désinscription' },
}

/**
 * Read-only through every API, for every role: the plugin alone appends events (the ambassador's pages
 * and one-click, the import, clicks), with the Local API. Nobody can post an opt-in the ambassador did not
 * make, backdate one, or erase one by hand.
 */
export const createEngagementEventsCollection = ({
  slugs,
  predicates: { isEditorOrAdmin },
}: CollectionFactoryArgs<'slugs'>): CollectionConfig => ({
  slug: slugs.engagementEvents,
  access: {
    create: nobody,
    delete: nobody,
    read: isEditorOrAdmin,
    update: nobody,
  },
  admin: {
    defaultColumns: ['type', 'at', 'contentItem', 'network', 'issue'],
    group: deliveryGroup,
  },
  defaultSort: '-at',
  fields: [
    {
      name: 'type',
      type: 'select',
      index: true,
      label: { en: 'Type', fr: 'Type' },
      options: selectOptions(engagementEventTypes, engagementTypeLabels),
      required: true,
    },
    {
      name: 'ambassador',
      type: 'relationship',
      index: true,
      label: { en: 'Ambassador', fr: 'Ambassadeur' },
      relationTo: slugs.ambassadors,
    },
    {
      name: 'issue',
      type: 'relationship',
      index: true,
      label: { en: 'Issue', fr: 'Édition' },
      relationTo: slugs.newsletterIssues,
    },
    {
      name: 'contentItem',
      type: 'relationship',
      index: true,
      label: { en: 'Content item', fr: 'Contenu' },
      relationTo: slugs.contentItems,
    },
    {
      name: 'network',
      type: 'select',
      label: { en: 'Social network', fr: 'Réseau social' },
      options: selectOptions(socialNetworks, socialNetworkLabels),
    },
    {
      name: 'source',
      type: 'select',
      label: { en: 'How', fr: 'Comment' },
      options: selectOptions(engagementSources, engagementSourceLabels),
    },
    {
      name: 'details',
      type: 'json',
      admin: { description: { en: 'What changed: { field: [before, after] }.', fr: 'Ce qui a changé : { champ: [avant, après] }.' } },
      label: { en: 'Details', fr: 'Détails' },
    },
    {
      name: 'at',
      type: 'date',
      admin: dayAndTime,
      defaultValue: () => new Date().toISOString(),
      index: true,
      label: { en: 'At', fr: 'Le' },
      required: true,
    },
  ],
  labels: {
    plural: { en: 'Engagement events', fr: "Événements d'engagement" },
    singular: { en: 'Engagement event', fr: "Événement d'engagement" },
  },
})
