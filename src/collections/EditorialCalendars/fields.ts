import type { Field, FieldAccess } from 'payload'

import { cadenceKinds, deadPeriodPolicies, phaseKinds } from '../../defaults.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { validateEndAfterStart } from '../../validation/validateEndAfterStart.ts'
import { validateRRule } from '../../validation/validateRRule.ts'
import { validateTimeZone } from '../../validation/validateTimeZone.ts'
import { dayOnly } from '../../fields/dateAppearance.ts'

export const cadenceKindLabels = {
  newsletter: { en: 'Ambassador newsletter', fr: 'Newsletter des ambassadeurs' },
  other: { en: 'Other', fr: 'Autre' },
  training: { en: 'Training', fr: 'Formation' },
  'weekly-notification': { en: 'Weekly notification', fr: 'Notification hebdomadaire' },
  workshop: { en: 'Workshop', fr: 'Atelier' },
}

export const deadPeriodPolicyLabels = {
  pause: { en: 'Pause sending', fr: 'Suspendre les envois' },
  reduce: { en: 'Reduce the pace', fr: 'Réduire le rythme' },
  'relaunch-after': { en: 'Plan a relaunch after it', fr: 'Prévoir une relance au retour' },
}

export const phaseKindLabels = {
  beta: { en: 'Beta ambassadors', fr: 'Bêta-ambassadeurs' },
  continuous: { en: 'Continuous recruiting', fr: 'Recrutement continu' },
  primo: { en: 'Primo-ambassadors', fr: 'Primo-ambassadeurs' },
}


export const createCalendarFields = ({
  canManage,
  timeZone,
  slugs,
}: {
  canManage: FieldAccess
  timeZone: string
  slugs: { contentItems: string; themes: string }
}): Field[] => [
  { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true },
  {
    name: 'timeZone',
    type: 'text',
    defaultValue: timeZone,
    label: { en: 'Time zone', fr: 'Fuseau horaire' },
    required: true,
    validate: validateTimeZone,
  },
  {
    name: 'cadences',
    type: 'array',
    fields: [
      {
        name: 'kind',
        type: 'select',
        defaultValue: 'newsletter',
        label: { en: 'Kind', fr: 'Type' },
        options: selectOptions(cadenceKinds, cadenceKindLabels),
        required: true,
      },
      { name: 'label', type: 'text', label: { en: 'Label', fr: 'Libellé' }, required: true },
      {
        name: 'rrule',
        type: 'text',
        admin: {
          description: {
            en: 'RFC 5545 recurrence, e.g. FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9 (twice a month).',
            fr: 'Récurrence RFC 5545, par ex. FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9 (bimensuel).',
          },
        },
        label: { en: 'Recurrence (RRULE)', fr: 'Récurrence (RRULE)' },
        required: true,
        validate: validateRRule,
      },
    ],
    label: { en: 'Cadences', fr: 'Rendez-vous récurrents' },
    labels: {
      plural: { en: 'Cadences', fr: 'Rendez-vous récurrents' },
      singular: { en: 'Cadence', fr: 'Rendez-vous récurrent' },
    },
  },
  {
    name: 'deadPeriods',
    type: 'array',
    fields: [
      { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true },
      {
        name: 'start',
        type: 'date',
        admin: dayOnly,
        label: { en: 'Start', fr: 'Début' },
        required: true,
      },
      {
        name: 'end',
        type: 'date',
        admin: dayOnly,
        label: { en: 'End', fr: 'Fin' },
        required: true,
        validate: validateEndAfterStart('start'),
      },
      {
        name: 'policy',
        type: 'select',
        defaultValue: 'relaunch-after',
        label: { en: 'Policy', fr: 'Conduite à tenir' },
        options: selectOptions(deadPeriodPolicies, deadPeriodPolicyLabels),
        required: true,
      },
    ],
    label: { en: 'Dead periods', fr: 'Temps morts' },
    labels: {
      plural: { en: 'Dead periods', fr: 'Temps morts' },
      singular: { en: 'Dead period', fr: 'Temps mort' },
    },
  },
  {
    name: 'phases',
    type: 'array',
    fields: [
      { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true },
      {
        name: 'kind',
        type: 'select',
        defaultValue: 'primo',
        label: { en: 'Kind', fr: 'Type' },
        options: selectOptions(phaseKinds, phaseKindLabels),
        required: true,
      },
      { name: 'start', type: 'date', admin: dayOnly, label: { en: 'Start', fr: 'Début' }, required: true },
      {
        name: 'end',
        type: 'date',
        admin: dayOnly,
        label: { en: 'End', fr: 'Fin' },
        validate: validateEndAfterStart('start'),
      },
      {
        name: 'targetSize',
        type: 'number',
        label: { en: 'Target number of ambassadors', fr: "Nombre d'ambassadeurs visé" },
        min: 0,
      },
    ],
    label: { en: 'Programme phases', fr: 'Phases du programme' },
    labels: {
      plural: { en: 'Phases', fr: 'Phases' },
      singular: { en: 'Phase', fr: 'Phase' },
    },
  },
  {
    name: 'plannedSlots',
    type: 'array',
    fields: [
      {
        name: 'date',
        type: 'date',
        label: { en: 'Date', fr: 'Date' },
        required: true,
      },
      { name: 'title', type: 'text', label: { en: 'Title', fr: 'Titre' }, required: true },
      {
        name: 'theme',
        type: 'relationship',
        label: { en: 'Theme', fr: 'Thématique' },
        relationTo: slugs.themes,
      },
      {
        name: 'contentItem',
        type: 'relationship',
        label: { en: 'Content item', fr: 'Contenu' },
        relationTo: slugs.contentItems,
      },
      { name: 'notes', type: 'textarea', label: { en: 'Notes', fr: 'Notes' } },
    ],
    label: { en: 'Planned slots', fr: 'Créneaux planifiés' },
    labels: {
      plural: { en: 'Planned slots', fr: 'Créneaux planifiés' },
      singular: { en: 'Planned slot', fr: 'Créneau planifié' },
    },
  },
  {
    name: 'feedToken',
    type: 'text',
    access: { create: () => false, read: canManage, update: () => false },
    admin: {
      description: {
        en: 'Secret of the iCal feed URL. Anyone holding it can read the calendar.',
        fr: "Secret de l'URL du flux iCal. Quiconque le détient peut lire le calendrier.",
      },
      position: 'sidebar',
      readOnly: true,
    },
    index: true,
    label: { en: 'Feed token', fr: 'Jeton du flux' },
  },
]
