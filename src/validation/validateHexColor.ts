import { createTextValidator } from './createTextValidator.ts'

/** `#1a2b3c`. */
export const validateHexColor = createTextValidator((value) => /^#[0-9a-f]{6}$/i.test(value), 'plugin-ambassadors:colorInvalid')
