import type { ArrayField } from 'payload'

import { slotKinds } from '../../defaults.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { validateCalendarDay } from '../../validation/validateCalendarDay.ts'
import { validateEndAfterStart } from '../../validation/validateEndAfterStart.ts'
import { validateHttpUrl } from '../../validation/validateHttpUrl.ts'
import { slotKindLabels } from './labels.ts'
import { rowLabel } from './rowLabel.ts'
import { rowLimit } from './rowLimits.ts'
import { dayAndTime } from '../../fields/dateAppearance.ts'


const isSession = (_: unknown, siblingData: { kind?: string }) =>
  siblingData?.kind === 'training' || siblingData?.kind === 'workshop'

export const createPlannedSlotsField = ({
  slugs,
}: {
  slugs: { contentItems: string; newsletterIssues: string; themes: string; users: string }
}): ArrayField => ({
  name: 'plannedSlots',
  type: 'array',
  ...rowLimit('plannedSlots'),
  admin: { components: rowLabel('title'), initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          admin: { width: '35%' },
          defaultValue: 'content',
          label: { en: 'Kind', fr: 'Type' },
          options: selectOptions(slotKinds, slotKindLabels),
          required: true,
        },
        { name: 'title', type: 'text', admin: { width: '65%' }, label: { en: 'Title', fr: 'Titre' }, required: true },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          admin: { ...dayAndTime, width: '33%' },
          label: { en: 'Start', fr: 'Début' },
          required: true,
          validate: validateCalendarDay(),
        },
        {
          name: 'end',
          type: 'date',
          admin: { ...dayAndTime, width: '33%' },
          label: { en: 'End', fr: 'Fin' },
          validate: validateCalendarDay(validateEndAfterStart('date')),
        },
        {
          name: 'owner',
          type: 'relationship',
          admin: { width: '34%' },
          label: { en: 'Owner', fr: 'Responsable' },
          relationTo: slugs.users,
        },
      ],
    },
    {
      name: 'contentItems',
      type: 'relationship',
      hasMany: true,
      label: { en: 'Content items planned', fr: 'Contenus prévus' },
      relationTo: slugs.contentItems,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'newsletterIssue',
          type: 'relationship',
          admin: { width: '50%' },
          label: { en: 'Newsletter issue', fr: 'Numéro de newsletter' },
          relationTo: slugs.newsletterIssues,
        },
        {
          name: 'theme',
          type: 'relationship',
          admin: { width: '50%' },
          label: { en: 'Theme', fr: 'Thématique' },
          relationTo: slugs.themes,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'place',
          type: 'text',
          admin: { condition: isSession, width: '34%' },
          label: { en: 'Place', fr: 'Lieu' },
        },
        {
          name: 'videoLink',
          type: 'text',
          admin: { condition: isSession, width: '33%' },
          label: { en: 'Video link', fr: 'Lien de visio' },
          validate: validateHttpUrl,
        },
        {
          name: 'registrationLink',
          type: 'text',
          admin: { condition: isSession, width: '33%' },
          label: { en: 'Registration link', fr: "Lien d'inscription" },
          validate: validateHttpUrl,
        },
      ],
    },
    { name: 'notes', type: 'textarea', label: { en: 'Notes', fr: 'Notes' } },
  ],
  label: { en: 'Planned slots', fr: 'Créneaux planifiés' },
  labels: {
    plural: { en: 'Planned slots', fr: 'Créneaux planifiés' },
    singular: { en: 'Planned slot', fr: 'Créneau planifié' },
  },
})
