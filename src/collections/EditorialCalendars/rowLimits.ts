import type { ArrayField } from 'payload'

import { array } from 'payload/shared'

import type { AmbassadorsTranslationKey } from '../../translations/index.ts'

import { translate } from '../../utilities/translate.ts'

/**
 * The most rows each list of a calendar holds: every save checks each cadence's rule and every expansion
 * reads every row, so a calendar's size bounds the work of both.
 */
export const calendarRowLimits = { cadences: 50, deadPeriods: 100, phases: 50, plannedSlots: 1000, skipDates: 366 } as const

const messages: Record<keyof typeof calendarRowLimits, AmbassadorsTranslationKey> = {
  cadences: 'plugin-ambassadors:calendarTooManyCadences',
  deadPeriods: 'plugin-ambassadors:calendarTooManyDeadPeriods',
  phases: 'plugin-ambassadors:calendarTooManyPhases',
  plannedSlots: 'plugin-ambassadors:calendarTooManySlots',
  skipDates: 'plugin-ambassadors:calendarTooManySkipDates',
}

/** `maxRows` for one of a calendar's lists, refused with a message saying what the limit is for. */
export const rowLimit = (list: keyof typeof calendarRowLimits): Pick<ArrayField, 'maxRows' | 'validate'> => {
  const max = calendarRowLimits[list]
  return {
    maxRows: max,
    validate: (value, options) => {
      // The admin's form sends the number of rows, the API the rows.
      const rows = Array.isArray(value) ? value.length : typeof value === 'number' ? value : 0
      return rows > max ? translate(options.req, messages[list], { max }) : array(value, options)
    },
  }
}
