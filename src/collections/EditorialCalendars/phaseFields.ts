import type { ArrayField } from 'payload'

import { phaseKinds } from '../../defaults.ts'
import { dayRangeFields } from './dayRangeFields.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { phaseKindLabels } from './labels.ts'
import { rowLabel } from './rowLabel.ts'
import { rowLimit } from './rowLimits.ts'

export const phasesField: ArrayField = {
  name: 'phases',
  type: 'array',
  ...rowLimit('phases'),
  admin: {
    components: rowLabel('name'),
    description: {
      en: 'Beta: 5 to 10 people for 2 to 6 weeks; primo: 30 to 100 for 3 to 6 months; then continuous recruiting. The calendar warns when a phase strays from these ranges.',
      fr: 'Bêta : 5 à 10 personnes pendant 2 à 6 semaines ; primo : 30 à 100 pendant 3 à 6 mois ; puis recrutement continu. Le calendrier signale une phase hors de ces fourchettes.',
    },
    initCollapsed: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', admin: { width: '60%' }, label: { en: 'Name', fr: 'Nom' }, required: true },
        {
          name: 'kind',
          type: 'select',
          admin: { width: '40%' },
          defaultValue: 'primo',
          label: { en: 'Kind', fr: 'Type' },
          options: selectOptions(phaseKinds, phaseKindLabels),
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        ...dayRangeFields({ endRequired: false }),
        {
          name: 'targetSize',
          type: 'number',
          admin: { width: '34%' },
          label: { en: 'Target number of ambassadors', fr: "Nombre d'ambassadeurs visé" },
          max: 1_000_000,
          min: 0,
        },
      ],
    },
  ],
  label: { en: 'Programme phases', fr: 'Phases du programme' },
  labels: {
    plural: { en: 'Phases', fr: 'Phases' },
    singular: { en: 'Phase', fr: 'Phase' },
  },
}
