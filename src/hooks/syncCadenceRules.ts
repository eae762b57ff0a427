import type { CollectionBeforeValidateHook } from 'payload'

import { recurrenceFromRule, ruleFromRecurrence, type Recurrence } from '../calendar/recurrence.ts'

const isRow = (value: unknown): value is Record<string, unknown> & Recurrence & { rrule?: unknown } =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Keeps each cadence's plain choice and its stored RRULE in step: a plain choice (the 1st and 15th,
 * every Monday…) writes its RRULE; a row that brings only an RRULE (the API, an import) gets the plain
 * choice it corresponds to, or `custom`. Rows of the wrong shape are left to validation.
 */
export const syncCadenceRules: CollectionBeforeValidateHook = ({ data }) => {
  const cadences = (data as { cadences?: unknown } | undefined)?.cadences
  if (!Array.isArray(cadences)) {
    return data
  }
  for (const row of cadences) {
    if (!isRow(row)) {
      continue
    }
    if (row.repeats && row.repeats !== 'custom') {
      const rule = ruleFromRecurrence(row)
      if (rule) {
        row.rrule = rule
      }
    } else if (row.repeats === undefined && typeof row.rrule === 'string') {
      const { time, ...choice } = recurrenceFromRule(row.rrule)
      Object.assign(row, choice, time && row.time === undefined ? { time } : {})
    }
  }
  return data
}
