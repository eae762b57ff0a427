import type { Field } from 'payload'

import { dayOnly } from '../../fields/dateAppearance.ts'
import { validateCalendarDay } from '../../validation/validateCalendarDay.ts'
import { validateEndAfterStart } from '../../validation/validateEndAfterStart.ts'

/** A period's first and last day (both included), side by side in a row: dead periods and phases. */
export const dayRangeFields = ({ endRequired }: { endRequired: boolean }): Field[] => [
  {
    name: 'start',
    type: 'date',
    admin: { ...dayOnly, width: '33%' },
    label: { en: 'Start', fr: 'Début' },
    required: true,
    validate: validateCalendarDay(),
  },
  {
    name: 'end',
    type: 'date',
    admin: { ...dayOnly, width: '33%' },
    label: { en: 'End (included)', fr: 'Fin (incluse)' },
    required: endRequired,
    validate: validateCalendarDay(validateEndAfterStart('start')),
  },
]
