import type { CollectionConfig } from 'payload'

import type { languages } from './defaults.ts'

/** The collections the plugin adds, by their default slug. */
/** A language the plugin writes in: `fr`, `en`. */
export type Language = (typeof languages)[number]

export type AmbassadorsCollectionKey =
  | 'ambassadors'
  | 'contentActivities'
  | 'contentItems'
  | 'editorialCalendars'
  | 'engagementEvents'
  | 'newsletterDeliveries'
  | 'newsletterIssues'
  | 'referentNetworks'
  | 'themes'

/** Every slug the plugin works with: its own collections plus the host's users and media. */
export type AmbassadorsSlugMap = Record<AmbassadorsCollectionKey, string> & {
  /** The host's upload collection for content images, or `false` when content items carry no image. */
  media: false | string
  users: string
}

/** Replaces a collection the plugin builds: receives the default and returns the one to use. */
export type CollectionOverride = (args: {
  defaultCollection: CollectionConfig
}) => CollectionConfig

/** Options of `ambassadorsPlugin`. */
export type AmbassadorsPluginOptions = {
  /**
   * Slugs of the plugin's collections, to avoid clashes with the host's own.
   * @default { themes: 'themes', referentNetworks: 'referent-networks', contentItems: 'content-items', contentActivities: 'content-activities', editorialCalendars: 'editorial-calendars', ambassadors: 'ambassadors', newsletterIssues: 'newsletter-issues', newsletterDeliveries: 'newsletter-deliveries', engagementEvents: 'engagement-events' }
   */
  collectionSlugs?: Partial<Record<AmbassadorsCollectionKey, string>>
  /**
   * Per-collection override functions, applied last: `({ defaultCollection }) => CollectionConfig`.
   * @default {}
   */
  collectionOverrides?: Partial<Record<AmbassadorsCollectionKey, CollectionOverride>>
  /**
   * When false the collections, fields and job task slugs stay (the database schema does not change), and
   * hooks, schedules, endpoints and admin components are left out.
   * @default true
   */
  enabled?: boolean
  /**
   * Public holidays that do not count as working days in review deadlines: an ISO country code, or
   * country-region (`FR-67` adds Alsace-Moselle's two extra days). Uses the `date-holidays` data.
   * @default 'FR'
   */
  holidayCountry?: string
  /**
   * Most content items in one newsletter issue for one ambassador, 1 to 8 (`maxItemsPerIssue`: more would pass
   * the 102 KB of HTML at which Gmail clips an email).
   * @default 8
   */
  itemsPerIssue?: number
  /**
   * The queue the plugin's jobs run on.
   * @default 'ambassadors'
   */
  jobsQueue?: string
  /**
   * Restrict Payload's jobs endpoints (`/api/payload-jobs/run`, `handle-schedules`, queue, cancel) and the
   * `payload-jobs` collection to admins, where the host has not set its own `jobs.access`; and the
   * scheduler's `payload-jobs-stats` global (read and update) to admins.
   * @default true
   */
  lockDownJobs?: boolean
  /**
   * Slug of the host's upload collection used for content images; `false` for no image field.
   * The collection must exist in the host config.
   * @default 'media'
   */
  mediaCollection?: false | string
  /**
   * Answer input mistakes that reach Payload's core or the database (a path ID that cannot exist, a
   * malformed `where`, `page` or `limit`, a body that is not a JSON object, a value PostgreSQL refuses,
   * a reference to a missing document) with a 400 or 404 in Payload's error shape naming the field or
   * parameter, instead of a 500: a root `afterError` hook, and the plugin's type guard on the host's users
   * and media collections.
   * @default true
   */
  mapInputErrors?: boolean
  /**
   * Give the media collection an owner (`uploadedBy`) and the plugin's access rules for every operation
   * the host left to Payload's default: staff upload, referents update and delete only their own files,
   * editors and admins all. Reading stays the host's rule (keep it public: content images go into emails).
   * @default true
   */
  mediaAccess?: boolean
  /**
   * The programme's own language (`fr` or `en`): an issue's `title` and `introduction` are written in it, and an
   * ambassador whose language the issue has no subject for gets the whole email in it.
   * @default 'fr'
   */
  defaultLanguage?: Language
  /**
   * The programme's name in the newsletter, its List-Id and the ambassadors' pages ("Ambassadeurs Ardelys").
   * @default 'Programme ambassadeurs' in French, 'Ambassador programme' in English
   */
  programmeName?: string
  /**
   * Former values of `PAYLOAD_SECRET`, newest first: links in emails sent before a secret rotation (preferences,
   * unsubscribe) keep working as long as the secret they were signed with is listed here.
   * @default []
   */
  previousSecrets?: string[]
  /**
   * Working days (weekends and `holidayCountry`'s public holidays do not count) between the end of a dead
   * period and the relaunch the calendar proposes after it.
   * @default 3
   */
  relaunchWorkingDays?: number
  /**
   * Working days an editor has to review a new suggestion (its due date), weekends and public holidays
   * excluded.
   * @default 3
   */
  reviewServiceLevelDays?: number
  /**
   * The programme's IANA time zone: review due dates and working days, reminders, the dates in emails
   * and the admin, and the default of new editorial calendars.
   * @default 'Europe/Paris'
   */
  timeZone?: string
  /**
   * Slug of the host's auth collection that receives the `roles`, `name` and `language` fields.
   * @default 'users'
   */
  usersCollection?: string
  /**
   * Give the users collection the plugin's access rules (admins manage users, everyone else reads
   * colleagues' names and edits only themselves) for every operation the host left to Payload's default.
   * @default true
   */
  usersAccess?: boolean
}

/** Options after `sanitizeOptions`: every default applied, slugs resolved. */
export type SanitizedAmbassadorsOptions = {
  collectionOverrides: Partial<Record<AmbassadorsCollectionKey, CollectionOverride>>
  defaultLanguage: Language
  enabled: boolean
  holidayCountry: string
  itemsPerIssue: number
  jobsQueue: string
  lockDownJobs: boolean
  mapInputErrors: boolean
  mediaAccess: boolean
  previousSecrets: string[]
  programmeName?: string
  relaunchWorkingDays: number
  reviewServiceLevelDays: number
  slugs: AmbassadorsSlugMap
  timeZone: string
  usersAccess: boolean
}

export type Role = 'admin' | 'editor' | 'referent'
