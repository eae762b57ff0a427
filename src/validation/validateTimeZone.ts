import { isTimeZone } from '../utilities/isTimeZone.ts'
import { createTextValidator } from './createTextValidator.ts'

/** An IANA time zone name this runtime knows. */
export const validateTimeZone = createTextValidator(isTimeZone, 'plugin-ambassadors:timeZoneInvalid')
