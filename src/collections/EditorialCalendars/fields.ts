import type { Field, FieldAccess } from 'payload'

import { validateTimeZone } from '../../validation/validateTimeZone.ts'
import { createCadencesField } from './cadenceFields.ts'
import { createDeadPeriodsField } from './deadPeriodFields.ts'
import { phasesField } from './phaseFields.ts'
import { createPlannedSlotsField } from './slotFields.ts'

export const createCalendarFields = ({
  canManage,
  holidayCountry,
  relaunchWorkingDays,
  slugs,
  timeZone,
}: {
  canManage: FieldAccess
  holidayCountry: string
  relaunchWorkingDays: number
  slugs: { contentItems: string; newsletterIssues: string; themes: string; users: string }
  timeZone: string
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
    name: 'autoSendNewsletter',
    type: 'checkbox',
    admin: {
      description: {
        en: 'Built issues are scheduled at once instead of waiting as drafts for an editor’s approval.',
        fr: 'Les éditions construites sont programmées aussitôt au lieu d’attendre en brouillon la validation d’un éditeur.',
      },
    },
    defaultValue: false,
    label: { en: 'Send the newsletter without approval', fr: 'Envoyer la newsletter sans validation' },
  },
  createCadencesField({ timeZone }),
  createDeadPeriodsField({ holidayCountry, relaunchWorkingDays }),
  phasesField,
  createPlannedSlotsField({ slugs }),
  {
    name: 'feedUrl',
    type: 'ui',
    admin: { components: { Field: 'payload-plugin-ambassadors/client#FeedUrl' }, position: 'sidebar' },
  },
  {
    name: 'feedToken',
    type: 'text',
    access: { create: () => false, read: canManage, update: () => false },
    admin: { hidden: true },
    index: true,
    label: { en: 'Feed token', fr: 'Jeton du flux' },
  },
]
