import type { ArrayField, PayloadRequest } from 'payload'

import { weekdayCodes } from '../../calendar/ruleSyntax.ts'
import { cadenceKinds, recurrencePatterns } from '../../defaults.ts'
import { dayOnly } from '../../fields/dateAppearance.ts'
import { translate } from '../../utilities/translate.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { validateCalendarDay } from '../../validation/validateCalendarDay.ts'
import { validateRRule } from '../../validation/validateRRule.ts'
import { validateTimeOfDay } from '../../validation/validateTimeOfDay.ts'
import { validateTimeZone } from '../../validation/validateTimeZone.ts'
import { cadenceKindLabels, ordinalLabels, recurrencePatternLabels, weekdayLabels } from './labels.ts'
import { rowLabel } from './rowLabel.ts'
import { rowLimit } from './rowLimits.ts'

type Row = { repeats?: string }

const repeatsOneOf =
  (...patterns: string[]) =>
  (_: unknown, siblingData: Row) =>
    patterns.includes(siblingData?.repeats ?? '')

/** A plain choice's own inputs are required when that choice is made. */
const requiredFor =
  (patterns: string[], key: 'recurrenceDaysMissing' | 'recurrenceWeekdayMissing') =>
  (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: unknown }): string | true => {
    const chosen = patterns.includes((siblingData as Row | undefined)?.repeats ?? '')
    const empty = value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
    return !chosen || !empty || translate(req, `plugin-ambassadors:${key}`)
  }

const today = () => `${new Date().toISOString().slice(0, 10)}T12:00:00.000Z`

export const createCadencesField = ({ timeZone }: { timeZone: string }): ArrayField => ({
  name: 'cadences',
  type: 'array',
  admin: { components: rowLabel('label'), initCollapsed: true },
  ...rowLimit('cadences'),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          admin: { width: '40%' },
          defaultValue: 'newsletter',
          label: { en: 'Kind', fr: 'Type' },
          options: selectOptions(cadenceKinds, cadenceKindLabels),
          required: true,
        },
        { name: 'label', type: 'text', admin: { width: '60%' }, label: { en: 'Label', fr: 'Libellé' }, required: true },
      ],
    },
    {
      name: 'repeats',
      type: 'select',
      defaultValue: 'month-days',
      label: { en: 'Repeats', fr: 'Récurrence' },
      options: selectOptions(recurrencePatterns, recurrencePatternLabels),
    },
    {
      name: 'monthDays',
      type: 'number',
      admin: {
        condition: repeatsOneOf('month-days'),
        description: { en: 'For example 1 and 15.', fr: 'Par exemple 1 et 15.' },
      },
      hasMany: true,
      label: { en: 'Days of the month', fr: 'Jours du mois' },
      max: 31,
      min: 1,
      validate: requiredFor(['month-days'], 'recurrenceDaysMissing'),
    },
    {
      name: 'weekdays',
      type: 'select',
      admin: { condition: repeatsOneOf('weekly') },
      hasMany: true,
      label: { en: 'Days of the week', fr: 'Jours de la semaine' },
      options: selectOptions(weekdayCodes, weekdayLabels),
      validate: requiredFor(['weekly'], 'recurrenceDaysMissing'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'ordinal',
          type: 'select',
          admin: { condition: repeatsOneOf('monthly-weekday', 'quarterly-weekday'), width: '50%' },
          label: { en: 'Which one', fr: 'Lequel' },
          options: Object.entries(ordinalLabels)
            .filter(([value]) => value !== '5')
            .map(([value, label]) => ({ label, value })),
          validate: requiredFor(['monthly-weekday', 'quarterly-weekday'], 'recurrenceWeekdayMissing'),
        },
        {
          name: 'weekday',
          type: 'select',
          admin: { condition: repeatsOneOf('monthly-weekday', 'quarterly-weekday'), width: '50%' },
          label: { en: 'Weekday', fr: 'Jour' },
          options: selectOptions(weekdayCodes, weekdayLabels),
          validate: requiredFor(['monthly-weekday', 'quarterly-weekday'], 'recurrenceWeekdayMissing'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'time',
          type: 'text',
          admin: { placeholder: '09:00', width: '25%' },
          defaultValue: '09:00',
          label: { en: 'Time (HH:MM)', fr: 'Heure (HH:MM)' },
          validate: validateTimeOfDay,
        },
        {
          name: 'durationMinutes',
          type: 'number',
          admin: { width: '25%' },
          label: { en: 'Duration (minutes)', fr: 'Durée (minutes)' },
          max: 1440,
          min: 0,
        },
        {
          name: 'startsOn',
          type: 'date',
          admin: { ...dayOnly, width: '25%' },
          defaultValue: today,
          label: { en: 'From', fr: 'À partir du' },
          validate: validateCalendarDay(),
        },
        {
          name: 'timeZone',
          type: 'text',
          admin: { placeholder: timeZone, width: '25%' },
          label: { en: 'Time zone (if not the calendar’s)', fr: 'Fuseau (si autre que celui du calendrier)' },
          validate: validateTimeZone,
        },
      ],
    },
    {
      name: 'rrule',
      type: 'text',
      admin: {
        className: 'calendar-field--full-error',
        condition: repeatsOneOf('custom'),
        description: {
          en: 'RFC 5545 rule, e.g. FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=16 (the last Friday of the month at 16:00).',
          fr: 'Règle RFC 5545, par ex. FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=16 (le dernier vendredi du mois à 16:00).',
        },
      },
      label: { en: 'Recurrence rule (RRULE)', fr: 'Règle de récurrence (RRULE)' },
      required: true,
      validate: validateRRule,
    },
    {
      name: 'recurrenceSummary',
      type: 'ui',
      admin: { components: { Field: 'payload-plugin-ambassadors/client#RecurrenceSummary' } },
    },
    {
      name: 'skipDates',
      type: 'array',
      ...rowLimit('skipDates'),
      admin: { initCollapsed: true },
      fields: [
        { name: 'date', type: 'date', admin: dayOnly, label: { en: 'Day', fr: 'Jour' }, required: true, validate: validateCalendarDay() },
      ],
      label: { en: 'Days skipped', fr: 'Jours sautés' },
      labels: { plural: { en: 'Days skipped', fr: 'Jours sautés' }, singular: { en: 'Day skipped', fr: 'Jour sauté' } },
    },
  ],
  label: { en: 'Cadences', fr: 'Rendez-vous récurrents' },
  labels: {
    plural: { en: 'Cadences', fr: 'Rendez-vous récurrents' },
    singular: { en: 'Cadence', fr: 'Rendez-vous récurrent' },
  },
})
