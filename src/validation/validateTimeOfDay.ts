import { timePattern } from '../calendar/recurrence.ts'
import { createTextValidator } from './createTextValidator.ts'

/** `HH:MM` on 24 hours. */
export const validateTimeOfDay = createTextValidator((value) => timePattern.test(value), 'plugin-ambassadors:timeOfDayInvalid')
