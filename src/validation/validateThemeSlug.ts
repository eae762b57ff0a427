import { createTextValidator } from './createTextValidator.ts'

/** A theme's slug: lower-case letters and digits in words joined by single hyphens. */
export const validateThemeSlug = createTextValidator((value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value), 'plugin-ambassadors:slugInvalid')
