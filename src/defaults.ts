/** The slug of each collection the plugin adds, by its key (`collectionSlugs` changes them). */
export const defaultCollectionSlugs = {
  ambassadors: 'ambassadors',
  contentActivities: 'content-activities',
  contentItems: 'content-items',
  editorialCalendars: 'editorial-calendars',
  engagementEvents: 'engagement-events',
  newsletterDeliveries: 'newsletter-deliveries',
  newsletterIssues: 'newsletter-issues',
  referentNetworks: 'referent-networks',
  themes: 'themes',
} satisfies Record<string, string>

export const roles = ['admin', 'editor', 'referent'] as const

export const contentCategories = ['programme', 'relay'] as const
export type ContentCategory = (typeof contentCategories)[number]

export const languages = ['fr', 'en'] as const

export const networkKinds = ['region', 'business-line', 'sector'] as const

/** Longest post each network accepts, in characters. */
export const shareTextLimits = {
  facebook: 63206,
  linkedin: 3000,
  other: 5000,
  x: 280,
} as const

/**
 * The most items one issue may carry (the `itemsPerIssue` option). Gmail clips an email whose HTML passes
 * about 102 KB, and the rest (the unsubscribe link with it) hides behind a link. An item whose fields are as
 * long as a save allows weighs about 10 KB as sent, nearly 6 KB of it the share links, which carry the
 * suggested posts for LinkedIn and X to prefill (3,000 characters for LinkedIn); 8 such items and the frame
 * stay under 95 KB (see tests/unit/newsletterSize.spec.ts).
 */
export const maxItemsPerIssue = 8

export type SocialNetwork = keyof typeof shareTextLimits
export const socialNetworks = Object.keys(shareTextLimits) as SocialNetwork[]

export const ambassadorFrequencies = ['twice-monthly', 'monthly', 'paused'] as const
export type AmbassadorFrequency = (typeof ambassadorFrequencies)[number]

export const ambassadorStatuses = ['pending', 'active', 'unsubscribed', 'bounced'] as const
export type AmbassadorStatus = (typeof ambassadorStatuses)[number]

export const consentSources = ['form', 'import', 'admin', 'api'] as const

export const issueStatuses = [
  'draft',
  'scheduled',
  'sending',
  'paused',
  'sent',
  'cancelled',
  'skipped',
] as const

export const deliveryStatuses = [
  'pending',
  'sending',
  'sent',
  'retry',
  'failed',
  'uncertain',
  'suppressed',
] as const

export const engagementEventTypes = [
  'click',
  'share',
  'opt-in',
  'unsubscribe',
  'preferences-change',
] as const

/** How an engagement event came about: the ambassador's own pages, a mail client's one-click, or staff. */
export const engagementSources = ['email-link', 'one-click', 'import', 'admin', 'api'] as const

export const cadenceKinds = [
  'newsletter',
  'notification',
  'training',
  'workshop',
  'internal-comms',
  'prospection',
] as const

/** What a planned slot is: a cadence kind, a piece of content to push, or a relaunch after a dead period. */
export const slotKinds = [...cadenceKinds, 'content', 'relaunch'] as const

/** Cadence kinds that send to ambassadors, and so obey a dead period's policy. */
export const sendingCadenceKinds = ['newsletter', 'notification'] as const

/** `pause`: nothing is sent in the period; `lighten`: at most one send; `none`: the period is only shown. */
export const deadPeriodPolicies = ['pause', 'lighten', 'none'] as const

export const relaunchDecisions = ['proposed', 'accepted', 'dropped'] as const

export const relaunchChecklist = ['relaunch-newsletter', 'training-or-workshop', 'content-push'] as const

/** Working days between the end of a dead period and the relaunch proposed after it. */
export const defaultRelaunchWorkingDays = 3

/** Whose public holidays are not working days (`date-holidays` country code). */
export const defaultHolidayCountry = 'FR'

/** The plain recurrence choices offered to editors; `custom` is a raw RRULE. */
export const recurrencePatterns = ['month-days', 'weekly', 'monthly-weekday', 'quarterly-weekday', 'custom'] as const

export const phaseKinds = ['beta', 'primo', 'continuous'] as const

/** The seeds' cohort sizes and durations: beta 5-10 people for 2-6 weeks, primo 30-100 for 3-6 months. */
export const phaseRanges = {
  beta: { people: [5, 10], weeks: [2, 6] },
  primo: { people: [30, 100], weeks: [13, 26] },
} as const

/** Twice a month, on the 1st and the 15th at 09:00 (the seeds' "bimensuel"). */
export const defaultNewsletterRRule = 'FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0;BYSECOND=0'

/** How long before a newsletter occurrence its issue is built, for an editor to review the draft. */
export const issueBuildLeadDays = 3
