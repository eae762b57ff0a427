import type { ArrayField } from 'payload'

import { defaultDeadPeriods } from '../../calendar/defaultDeadPeriods.ts'
import { deadPeriodPolicies, relaunchChecklist, relaunchDecisions } from '../../defaults.ts'
import { dayOnly } from '../../fields/dateAppearance.ts'
import { dayRangeFields } from './dayRangeFields.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { validateCalendarDay } from '../../validation/validateCalendarDay.ts'
import { deadPeriodPolicyLabels, relaunchDecisionLabels, relaunchTaskLabels } from './labels.ts'
import { deadPeriodRowLabel } from './rowLabel.ts'
import { rowLimit } from './rowLimits.ts'

/** Days as the date picker stores them: noon UTC. */
const stored = (day: string) => `${day}T12:00:00.000Z`

export const createDeadPeriodsField = ({
  holidayCountry,
  relaunchWorkingDays,
}: {
  holidayCountry: string
  relaunchWorkingDays: number
}): ArrayField => ({
  name: 'deadPeriods',
  type: 'array',
  ...rowLimit('deadPeriods'),
  admin: {
    components: deadPeriodRowLabel('name', { holidayCountry, relaunchWorkingDays }),
    description: {
      en: `A relaunch is proposed ${relaunchWorkingDays} working days after each period: accept it, move it or drop it.`,
      fr: `Une relance est proposée ${relaunchWorkingDays} jours ouvrés après chaque période : acceptez-la, déplacez-la ou abandonnez-la.`,
    },
    initCollapsed: true,
  },
  // A new calendar starts with the three slumps to come: August, the year end and the May bridges.
  defaultValue: ({ req }: { req?: { i18n?: { language?: string } } }) =>
    defaultDeadPeriods({
      country: holidayCountry,
      language: req?.i18n?.language === 'fr' ? 'fr' : 'en',
      today: new Date().toISOString().slice(0, 10),
    }).map((period) => ({ ...period, end: stored(period.end), start: stored(period.start) })),
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true },
    {
      type: 'row',
      fields: [
        ...dayRangeFields({ endRequired: true }),
        {
          name: 'policy',
          type: 'select',
          admin: { width: '34%' },
          defaultValue: 'pause',
          label: { en: 'Newsletter in the period', fr: 'Newsletter pendant la période' },
          options: selectOptions(deadPeriodPolicies, deadPeriodPolicyLabels),
          required: true,
        },
      ],
    },
    {
      name: 'relaunch',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'decision',
              type: 'select',
              admin: { width: '50%' },
              defaultValue: 'proposed',
              label: { en: 'Decision', fr: 'Décision' },
              options: selectOptions(relaunchDecisions, relaunchDecisionLabels),
              required: true,
            },
            {
              name: 'date',
              type: 'date',
              admin: {
                ...dayOnly,
                description: {
                  en: 'Empty: the proposed day. Set a day to move the relaunch.',
                  fr: 'Vide : le jour proposé. Choisissez un jour pour déplacer la relance.',
                },
                width: '50%',
              },
              label: { en: 'Moved to', fr: 'Déplacée au' },
              validate: validateCalendarDay(),
            },
          ],
        },
        {
          name: 'checklist',
          type: 'select',
          defaultValue: [...relaunchChecklist],
          hasMany: true,
          label: { en: 'Relaunch checklist', fr: 'Actions de relance' },
          options: selectOptions(relaunchChecklist, relaunchTaskLabels),
        },
      ],
      label: { en: 'Relaunch after the period', fr: 'Relance au retour' },
    },
  ],
  label: { en: 'Dead periods', fr: 'Temps morts' },
  labels: {
    plural: { en: 'Dead periods', fr: 'Temps morts' },
    singular: { en: 'Dead period', fr: 'Temps mort' },
  },
})
