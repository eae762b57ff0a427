import type { AmbassadorsCollectionKey } from './types.ts'

export const defaultCollectionSlugs: Record<AmbassadorsCollectionKey, string> = {
  ambassadors: 'ambassadors',
  contentActivities: 'content-activities',
  contentItems: 'content-items',
  editorialCalendars: 'editorial-calendars',
  engagementEvents: 'engagement-events',
  newsletterDeliveries: 'newsletter-deliveries',
  newsletterIssues: 'newsletter-issues',
  referentNetworks: 'referent-networks',
  themes: 'themes',
}

export const roles = ['admin', 'editor', 'referent'] as const

export const contentCategories = ['programme', 'relay'] as const

export const languages = ['fr', 'en'] as const

export const networkKinds = ['region', 'business-line', 'sector'] as const

/** Longest post each network accepts, in characters. */
export const shareTextLimits = {
  facebook: 63206,
  linkedin: 3000,
  other: 5000,
  x: 280,
} as const

export const socialNetworks = Object.keys(shareTextLimits) as (keyof typeof shareTextLimits)[]

export const ambassadorFrequencies = ['twice-monthly', 'monthly', 'paused'] as const

export const ambassadorStatuses = ['pending', 'active', 'unsubscribed', 'bounced'] as const

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
  'unsubscribe',
  'preferences-change',
] as const

export const cadenceKinds = [
  'newsletter',
  'weekly-notification',
  'training',
  'workshop',
  'other',
] as const

export const deadPeriodPolicies = ['pause', 'reduce', 'relaunch-after'] as const

export const phaseKinds = ['beta', 'primo', 'continuous'] as const

/** Twice a month, on the 1st and the 15th at 09:00 (the seeds' "bimensuel"). */
export const defaultNewsletterRRule = 'FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9;BYMINUTE=0;BYSECOND=0'
