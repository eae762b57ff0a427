import { z } from 'zod'

import { defaultCollectionSlugs, languages, maxItemsPerIssue } from '../defaults.ts'
import { isTimeZone } from '../utilities/isTimeZone.ts'

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-_]*$/, 'is not a valid collection slug (lowercase letters, digits, - and _)')

const collectionKeys = Object.keys(defaultCollectionSlugs) as [keyof typeof defaultCollectionSlugs]

const override = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', {
  message: 'must be a function ({ defaultCollection }) => CollectionConfig',
})

/** The plugin's options as zod checks them at startup; defaults are applied here, once. */
export const optionsSchema = z
  .object({
    collectionOverrides: z.partialRecord(z.enum(collectionKeys), override).default({}),
    collectionSlugs: z.partialRecord(z.enum(collectionKeys), slug).default({}),
    defaultLanguage: z.enum(languages).default('fr'),
    enabled: z.boolean().default(true),
    holidayCountry: z
      .string()
      .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'is not a country code such as FR or FR-67')
      .default('FR'),
    itemsPerIssue: z
      .number()
      .int('must be a whole number')
      .min(1, `must be 1 to ${maxItemsPerIssue} items`)
      .max(maxItemsPerIssue, `must be 1 to ${maxItemsPerIssue} items: more would pass the 102 KB at which Gmail clips an email, hiding its unsubscribe link`)
      .default(8),
    jobsQueue: z.string().trim().min(1, 'must not be empty').default('ambassadors'),
    lockDownJobs: z.boolean().default(true),
    mapInputErrors: z.boolean().default(true),
    mediaAccess: z.boolean().default(true),
    mediaCollection: z.union([z.literal(false), slug]).default('media'),
    programmeName: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters').optional(),
    previousSecrets: z.array(z.string().min(1, 'must not hold an empty secret')).default([]),
    relaunchWorkingDays: z
      .number()
      .int('must be a whole number of days')
      .min(0, 'must be 0 to 30 days')
      .max(30, 'must be 0 to 30 days')
      .default(3),
    reviewServiceLevelDays: z
      .number()
      .int('must be a whole number of days')
      .min(0, 'must be 0 to 60 days')
      .max(60, 'must be 0 to 60 days')
      .default(3),
    timeZone: z
      .string()
      .refine(isTimeZone, { error: (issue) => `"${String(issue.input)}" is not an IANA time zone` })
      .default('Europe/Paris'),
    usersAccess: z.boolean().default(true),
    usersCollection: slug.default('users'),
  })
  .strict()
