'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import { type Recurrence, ruleFromRecurrence } from '../../calendar/recurrence.ts'
import { summarizeRule } from '../../calendar/ruleSummary.ts'
import './index.css'

const baseClass = 'recurrence-summary'

/**
 * Under a cadence's recurrence: what it means in plain words, live as the editor picks days, and the RRULE
 * that will be stored.
 */
export const RecurrenceSummary = ({ path }: { path: string }) => {
  const { i18n, t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const row = path.slice(0, path.lastIndexOf('.') + 1)
  const values = useFormFields(([fields]) => ({
    monthDays: fields[`${row}monthDays`]?.value,
    ordinal: fields[`${row}ordinal`]?.value,
    repeats: fields[`${row}repeats`]?.value,
    rrule: fields[`${row}rrule`]?.value,
    startsOn: fields[`${row}startsOn`]?.value,
    time: fields[`${row}time`]?.value,
    weekday: fields[`${row}weekday`]?.value,
    weekdays: fields[`${row}weekdays`]?.value,
  }))
  const rule =
    values.repeats === 'custom' || !values.repeats
      ? typeof values.rrule === 'string'
        ? values.rrule
        : undefined
      : ruleFromRecurrence(values as Recurrence)
  const language = i18n.language === 'fr' ? 'fr' : 'en'
  const summary = React.useMemo(() => summarizeRule(rule, values.startsOn, language), [rule, values.startsOn, language])
  const text =
    summary.kind === 'summary'
      ? summary.text
      : t(summary.kind === 'never' ? 'plugin-ambassadors:rruleNeverHappens' : 'plugin-ambassadors:recurrenceIncomplete')
  return (
    <div aria-live="polite" className={summary.kind === 'never' ? `${baseClass} ${baseClass}--never` : baseClass}>
      <strong>{t('plugin-ambassadors:recurrenceSummary')}</strong>{' '}
      <span className={`${baseClass}__text`}>{text}</span>
      {rule && values.repeats !== 'custom' ? <code className={`${baseClass}__rule`}>{rule}</code> : null}
    </div>
  )
}
