import type { CollectionConfig, FieldAccess } from 'payload'

import {
  ambassadorFrequencies,
  ambassadorStatuses,
  consentSources,
  languages,
  phaseKinds,
} from '../../defaults.ts'
import { detachAmbassadorRecords } from '../../hooks/detachAmbassadorRecords.ts'
import { ownChoiceAccess } from '../../access/isOwnChoiceWrite.ts'
import { guardAmbassadorFrequency, guardAmbassadorStatus, guardConsentRecord } from '../../hooks/guardAmbassadorChoices.ts'
import { normalizeAmbassadorEmail } from '../../hooks/normalizeAmbassadorEmail.ts'
import { recordAmbassadorEngagement } from '../../hooks/recordAmbassadorEngagement.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { validateUniqueEmail } from '../../validation/validateUniqueEmail.ts'
import { languageLabels } from '../../fields/optionLabels.ts'
import { phaseKindLabels } from '../EditorialCalendars/labels.ts'
import { adminGroup, type CollectionFactoryArgs } from '../types.ts'
import { createAmbassadorEndpoints } from './endpoints/index.ts'
import { dayAndTime } from '../../fields/dateAppearance.ts'
import { ambassadorStatusLabels, consentSourceLabels, frequencyLabels } from './labels.ts'

/** A field only the plugin reads and writes (Local API with `overrideAccess`). */
const pluginOnly: FieldAccess = () => false

export const createAmbassadorsCollection = ({
  enabled,
  predicates,
  previousSecrets,
  programmeName,
  slugs,
}: CollectionFactoryArgs<'enabled' | 'previousSecrets' | 'programmeName' | 'slugs'>): CollectionConfig => {
  const { isEditorOrAdmin } = predicates
  const networkOfKind = (kind: string) => ({
    filterOptions: { kind: { equals: kind } },
    relationTo: slugs.referentNetworks,
    type: 'relationship' as const,
  })
  return {
    slug: slugs.ambassadors,
    access: { create: isEditorOrAdmin, delete: isEditorOrAdmin, read: isEditorOrAdmin, update: isEditorOrAdmin },
    admin: {
      // The CSV import above the list, for those who may call the import endpoint.
      components: enabled
        ? {
            beforeListTable: [
              { path: 'payload-plugin-ambassadors/rsc#AmbassadorImport', serverProps: { usersSlug: slugs.users } },
            ],
          }
        : {},
      defaultColumns: ['email', 'firstName', 'lastName', 'regionNetwork', 'frequency', 'status'],
      group: adminGroup,
      listSearchableFields: ['email', 'firstName', 'lastName'],
      useAsTitle: 'email',
    },
    endpoints: enabled ? createAmbassadorEndpoints({ predicates, previousSecrets, programmeName, slugs }) : [],
    hooks: {
      afterChange: enabled ? [recordAmbassadorEngagement(slugs.engagementEvents)] : [],
      beforeDelete: [detachAmbassadorRecords(slugs)],
    },
    fields: [
      {
        name: 'email',
        type: 'email',
        hooks: { beforeValidate: [normalizeAmbassadorEmail] },
        index: true,
        label: { en: 'Email', fr: 'E-mail' },
        required: true,
        unique: true,
        validate: validateUniqueEmail(slugs.ambassadors),
      },
      {
        type: 'row',
        fields: [
          { name: 'firstName', type: 'text', label: { en: 'First name', fr: 'Prénom' } },
          { name: 'lastName', type: 'text', label: { en: 'Last name', fr: 'Nom' } },
        ],
      },
      {
        name: 'language',
        type: 'select',
        defaultValue: 'fr',
        label: { en: 'Language', fr: 'Langue' },
        options: selectOptions(languages, languageLabels),
        required: true,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'regionNetwork',
            ...networkOfKind('region'),
            label: { en: 'Region', fr: 'Région' },
          },
          {
            name: 'businessLineNetwork',
            ...networkOfKind('business-line'),
            label: { en: 'Business line', fr: 'Métier' },
          },
        ],
      },
      {
        name: 'themes',
        type: 'relationship',
        hasMany: true,
        label: { en: 'Preferred themes', fr: 'Thématiques préférées' },
        relationTo: slugs.themes,
      },
      {
        name: 'frequency',
        type: 'select',
        // Set when the ambassador is added; then it is theirs, changed on their preference page.
        access: { update: ownChoiceAccess },
        defaultValue: 'twice-monthly',
        hooks: { beforeValidate: [guardAmbassadorFrequency] },
        label: { en: 'Newsletter frequency', fr: 'Fréquence de la newsletter' },
        options: selectOptions(ambassadorFrequencies, frequencyLabels),
        required: true,
      },
      {
        name: 'status',
        type: 'select',
        admin: { position: 'sidebar' },
        defaultValue: 'pending',
        hooks: { beforeValidate: [guardAmbassadorStatus(ambassadorStatusLabels)] },
        index: true,
        label: { en: 'Status', fr: 'Statut' },
        options: selectOptions(ambassadorStatuses, ambassadorStatusLabels),
        required: true,
      },
      {
        name: 'phase',
        type: 'select',
        admin: { position: 'sidebar' },
        defaultValue: 'continuous',
        label: { en: 'Onboarding phase', fr: "Phase d'intégration" },
        options: selectOptions(phaseKinds, phaseKindLabels),
      },
      {
        name: 'consent',
        type: 'group',
        // Written only when the ambassador gives consent (their pages, the import): never by hand.
        access: { create: ownChoiceAccess, update: ownChoiceAccess },
        admin: { position: 'sidebar' },
        hooks: { beforeValidate: [guardConsentRecord] },
        fields: [
          { name: 'at', type: 'date', admin: dayAndTime, label: { en: 'Given on', fr: 'Donné le' } },
          {
            name: 'source',
            type: 'select',
            label: { en: 'How', fr: 'Comment' },
            options: selectOptions(consentSources, consentSourceLabels),
          },
          {
            name: 'noticeVersion',
            type: 'text',
            label: { en: 'Privacy notice version', fr: "Version de l'information RGPD" },
          },
        ],
        label: { en: 'Consent', fr: 'Consentement' },
      },
      {
        name: 'formVersion',
        type: 'number',
        access: { create: pluginOnly, read: pluginOnly, update: pluginOnly },
        admin: { hidden: true },
        defaultValue: 0,
        // Raised by each save of the preference page: the page's form token is bound to it, so it posts once.
        label: { en: 'Preference form version', fr: 'Version du formulaire de préférences' },
      },
    ],
    labels: {
      plural: { en: 'Ambassadors', fr: 'Ambassadeurs' },
      singular: { en: 'Ambassador', fr: 'Ambassadeur' },
    },
  }
}
