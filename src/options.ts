import { z } from 'zod'

import type { AmbassadorsSlugMap, CollectionOverride } from './types.ts'

import {
  defaultCollectionSlugs,
  defaultHolidayCountry,
  defaultRelaunchWorkingDays,
  languages,
  maxItemsPerIssue,
} from './defaults.ts'
import { isTimeZone } from './utilities/isTimeZone.ts'

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-_]*$/, 'is not a valid collection slug (lowercase letters, digits, - and _)')

const collectionKeys = Object.keys(defaultCollectionSlugs) as [keyof typeof defaultCollectionSlugs]

const override = z.custom<CollectionOverride>((value) => typeof value === 'function', {
  message: 'must be a function ({ defaultCollection }) => CollectionConfig',
})

/**
 * Each option: its check, its default and, on the property, its documentation. The option types below are
 * derived from it, so this is their only copy.
 */
export const optionsShape = {
  /**
   * Per-collection override functions, applied last: `({ defaultCollection }) => CollectionConfig`.
   * @default {}
   */
  collectionOverrides: z.partialRecord(z.enum(collectionKeys), override).default({}),
  /**
   * Slugs of the plugin's collections, to avoid clashes with the host's own.
   * @default { themes: 'themes', referentNetworks: 'referent-networks', contentItems: 'content-items', contentActivities: 'content-activities', editorialCalendars: 'editorial-calendars', ambassadors: 'ambassadors', newsletterIssues: 'newsletter-issues', newsletterDeliveries: 'newsletter-deliveries', engagementEvents: 'engagement-events' }
   */
  collectionSlugs: z.partialRecord(z.enum(collectionKeys), slug).default({}),
  /**
   * The programme's own language (`fr` or `en`): an issue's `title` and `introduction` are written in it, and an
   * ambassador whose language the issue has no subject for gets the whole email in it.
   * @default 'fr'
   */
  defaultLanguage: z.enum(languages).default('fr'),
  /**
   * When false the collections, fields and job task slugs stay (the database schema does not change), and
   * hooks, schedules, endpoints and admin components are left out.
   * @default true
   */
  enabled: z.boolean().default(true),
  /**
   * Public holidays that do not count as working days in review deadlines: an ISO country code, or
   * country-region (`FR-67` adds Alsace-Moselle's two extra days). Uses the `date-holidays` data.
   * @default 'FR'
   */
  holidayCountry: z
    .string()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'is not a country code such as FR or FR-67')
    .default(defaultHolidayCountry),
  /**
   * Most content items in one newsletter issue for one ambassador, 1 to 8 (`maxItemsPerIssue`: more would pass
   * the 102 KB of HTML at which Gmail clips an email).
   * @default 8
   */
  itemsPerIssue: z
    .number()
    .int('must be a whole number')
    .min(1, `must be 1 to ${maxItemsPerIssue} items`)
    .max(maxItemsPerIssue, `must be 1 to ${maxItemsPerIssue} items: more would pass the 102 KB at which Gmail clips an email, hiding its unsubscribe link`)
    .default(8),
  /**
   * The queue the plugin's jobs run on.
   * @default 'ambassadors'
   */
  jobsQueue: z.string().trim().min(1, 'must not be empty').default('ambassadors'),
  /**
   * Restrict Payload's jobs endpoints (`/api/payload-jobs/run`, `handle-schedules`, queue, cancel) and the
   * `payload-jobs` collection to admins, where the host has not set its own `jobs.access`; and the
   * scheduler's `payload-jobs-stats` global (read and update) to admins.
   * @default true
   */
  lockDownJobs: z.boolean().default(true),
  /**
   * Answer input mistakes that reach Payload's core or the database (a path ID that cannot exist, a
   * malformed `where`, `page` or `limit`, a body that is not a JSON object, a value PostgreSQL refuses,
   * a reference to a missing document) with a 400 or 404 in Payload's error shape naming the field or
   * parameter, instead of a 500: a root `afterError` hook, and the plugin's type guard on the host's users
   * and media collections.
   * @default true
   */
  mapInputErrors: z.boolean().default(true),
  /**
   * Give the media collection an owner (`uploadedBy`) and the plugin's access rules for every operation
   * the host left to Payload's default: staff upload, referents update and delete only their own files,
   * editors and admins all. Reading stays the host's rule (keep it public: content images go into emails).
   * @default true
   */
  mediaAccess: z.boolean().default(true),
  /**
   * Slug of the host's upload collection used for content images; `false` for no image field.
   * The collection must exist in the host config.
   * @default 'media'
   */
  mediaCollection: z.union([z.literal(false), slug]).default('media'),
  /**
   * The programme's name in the newsletter, its List-Id and the ambassadors' pages ("Ambassadeurs Ardelys").
   * @default 'Programme ambassadeurs' in French, 'Ambassador programme' in English
   */
  programmeName: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters').optional(),
  /**
   * Former values of `PAYLOAD_SECRET`, newest first: links in emails sent before a secret rotation (preferences,
   * unsubscribe) keep working as long as the secret they were signed with is listed here.
   * @default []
   */
  previousSecrets: z.array(z.string().min(1, 'must not hold an empty secret')).default([]),
  /**
   * Working days (weekends and `holidayCountry`'s public holidays do not count) between the end of a dead
   * period and the relaunch the calendar proposes after it.
   * @default 3
   */
  relaunchWorkingDays: z
    .number()
    .int('must be a whole number of days')
    .min(0, 'must be 0 to 30 days')
    .max(30, 'must be 0 to 30 days')
    .default(defaultRelaunchWorkingDays),
  /**
   * Working days an editor has to review a new suggestion (its due date), weekends and public holidays
   * excluded.
   * @default 3
   */
  reviewServiceLevelDays: z
    .number()
    .int('must be a whole number of days')
    .min(0, 'must be 0 to 60 days')
    .max(60, 'must be 0 to 60 days')
    .default(3),
  /**
   * The programme's IANA time zone: review due dates and working days, reminders, the dates in emails
   * and the admin, and the default of new editorial calendars.
   * @default 'Europe/Paris'
   */
  timeZone: z
    .string()
    .refine(isTimeZone, { error: (issue) => `"${String(issue.input)}" is not an IANA time zone` })
    .default('Europe/Paris'),
  /**
   * Give the users collection the plugin's access rules (admins manage users, everyone else reads
   * colleagues' names and edits only themselves) for every operation the host left to Payload's default.
   * @default true
   */
  usersAccess: z.boolean().default(true),
  /**
   * Slug of the host's auth collection that receives the `roles`, `name` and `language` fields.
   * @default 'users'
   */
  usersCollection: slug.default('users'),
}

/**
 * The plugin's options as zod checks them at startup; defaults are applied here, once. Typed through
 * `typeof optionsShape` rather than inferred: an inferred type is written out field by field in the
 * published `.d.ts`, without the documentation, which hosts would then not see on the options.
 */
export const optionsSchema: z.ZodObject<typeof optionsShape, z.core.$strict> = z.object(optionsShape).strict()

/** Options of `ambassadorsPlugin`: each property is documented, with its default, in `optionsShape`. */
export type AmbassadorsPluginOptions = z.input<typeof optionsSchema>

/** Options after `sanitizeOptions`: every default applied, and the slugs resolved into one map. */
export type SanitizedAmbassadorsOptions = Omit<
  z.output<typeof optionsSchema>,
  'collectionSlugs' | 'mediaCollection' | 'usersCollection'
> & {
  /** Every slug the plugin works with: its collections' (`collectionSlugs`), the host's users and media. */
  slugs: AmbassadorsSlugMap
}
