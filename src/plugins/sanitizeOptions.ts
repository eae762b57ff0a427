import type { AmbassadorsPluginOptions, SanitizedAmbassadorsOptions } from '../options.ts'

import { defaultCollectionSlugs } from '../defaults.ts'
import { optionsSchema } from '../options.ts'

/** A misconfiguration, thrown at startup: it names the option and says what is wrong. */
export const optionError = (option: string, reason: string): Error =>
  new Error(`[payload-plugin-ambassadors] option "${option}": ${reason}`)

/** Applies every default once and checks what can be checked without the host config. */
export const sanitizeOptions = (options: AmbassadorsPluginOptions = {}): SanitizedAmbassadorsOptions => {
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const [issue] = parsed.error.issues
    const received = issue && 'input' in issue && issue.code !== 'custom' ? ` (got ${JSON.stringify(issue.input)})` : ''
    throw optionError(issue?.path.join('.') || 'options', `${issue?.message ?? 'is invalid'}${received}`)
  }
  const { collectionSlugs, mediaCollection, usersCollection, ...rest } = parsed.data
  const slugs = { ...defaultCollectionSlugs, ...collectionSlugs }
  const values = Object.values(slugs)
  const duplicate = values.find((value, index) => values.indexOf(value) !== index)
  if (duplicate) {
    throw optionError('collectionSlugs', `"${duplicate}" is used for two collections`)
  }
  return { ...rest, slugs: { ...slugs, media: mediaCollection, users: usersCollection } }
}
