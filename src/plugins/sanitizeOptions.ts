import type { AmbassadorsPluginOptions, SanitizedAmbassadorsOptions } from '../types.ts'

import { defaultCollectionSlugs } from '../defaults.ts'
import { isTimeZone } from '../validation/validateTimeZone.ts'

const fail = (option: string, reason: string): never => {
  throw new Error(`[payload-plugin-ambassadors] option "${option}": ${reason}`)
}

/** Applies every default once and checks what can be checked without the host config. */
export const sanitizeOptions = (options: AmbassadorsPluginOptions = {}): SanitizedAmbassadorsOptions => {
  const slugs = { ...defaultCollectionSlugs, ...options.collectionSlugs }
  for (const [key, slug] of Object.entries(slugs)) {
    if (typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-_]*$/.test(slug)) {
      fail(`collectionSlugs.${key}`, `"${String(slug)}" is not a valid collection slug`)
    }
  }
  const values = Object.values(slugs)
  const duplicate = values.find((slug, index) => values.indexOf(slug) !== index)
  if (duplicate) {
    fail('collectionSlugs', `"${duplicate}" is used for two collections`)
  }
  const defaultTimeZone = options.defaultTimeZone ?? 'Europe/Paris'
  if (!isTimeZone(defaultTimeZone)) {
    fail('defaultTimeZone', `"${defaultTimeZone}" is not an IANA time zone`)
  }
  const jobsQueue = options.jobsQueue ?? 'ambassadors'
  if (!jobsQueue.trim()) {
    fail('jobsQueue', 'must not be empty')
  }
  const reviewServiceLevelDays = options.reviewServiceLevelDays ?? 3
  if (!Number.isInteger(reviewServiceLevelDays) || reviewServiceLevelDays < 0 || reviewServiceLevelDays > 60) {
    fail('reviewServiceLevelDays', `must be a whole number of days from 0 to 60, not ${reviewServiceLevelDays}`)
  }
  const holidayCountry = options.holidayCountry ?? 'FR'
  if (!/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(holidayCountry)) {
    fail('holidayCountry', `"${holidayCountry}" is not a country code such as FR or FR-67`)
  }
  return {
    collectionOverrides: options.collectionOverrides ?? {},
    defaultTimeZone,
    enabled: options.enabled ?? true,
    holidayCountry,
    jobsQueue,
    lockDownJobs: options.lockDownJobs ?? true,
    reviewServiceLevelDays,
    slugs: {
      ...slugs,
      media: options.mediaCollection ?? 'media',
      users: options.usersCollection ?? 'users',
    },
    usersAccess: options.usersAccess ?? true,
  }
}
