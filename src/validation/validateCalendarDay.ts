import type { DateFieldValidation } from 'payload'

import { date } from 'payload/shared'

import { calendarWindow, isInCalendarWindow } from '../calendar/calendarWindow.ts'
import { storedDay } from '../calendar/days.ts'
import { translate } from '../utilities/translate.ts'

/** `2000-01-01` as the admin writes it, `01/01/2000`. */
const shownDay = (day: string) => day.split('-').reverse().join('/')

/**
 * A calendar date (a cadence's start, a dead period's, a phase's or a slot's days): a date inside
 * `calendarWindow`, then whatever `then` checks (an end after its start). A day such as `0026-03-01`
 * would make every later expansion walk twenty centuries.
 */
export const validateCalendarDay =
  (then: DateFieldValidation = date): DateFieldValidation =>
  (value, options) => {
    const instant = value ? new Date(value).getTime() : Number.NaN
    if (!Number.isNaN(instant) && !isInCalendarWindow(storedDay(value!))) {
      return translate(options.req, 'plugin-ambassadors:calendarDayOutsideWindow', {
        first: shownDay(calendarWindow.first),
        last: shownDay(calendarWindow.last),
      })
    }
    return then(value, options)
  }
