import type { CollectionBeforeOperationHook } from 'payload'

import { recurrenceFromRule, ruleFromRecurrence, type Recurrence } from '../calendar/recurrence.ts'

const isRow = (value: unknown): value is Record<string, unknown> & Recurrence & { rrule?: unknown } =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Keeps each cadence's plain choice and its stored RRULE in step: a plain choice (the 1st and 15th,
 * every Monday…) writes its RRULE; a row that brings only an RRULE (the API, an import) gets the plain
 * choice it corresponds to, or `custom`. Runs before the operation, so before default values fill in a
 * choice the caller did not make. Rows of the wrong shape are left to validation.
 */
export const syncCadenceRules: CollectionBeforeOperationHook = ({ args, operation }) => {
  const cadences = (args as { data?: { cadences?: unknown } }).data?.cadences
  if ((operation !== 'create' && operation !== 'update') || !Array.isArray(cadences)) {
    return args
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
  return args
}
