export { ambassadorsPlugin } from './plugins/ambassadorsPlugin.ts'
export { sanitizeOptions } from './plugins/sanitizeOptions.ts'
export type {
  AmbassadorsCollectionKey,
  AmbassadorsPluginOptions,
  AmbassadorsSlugMap,
  CollectionOverride,
  Role,
  SanitizedAmbassadorsOptions,
} from './types.ts'

export * from './access/index.ts'
export { createAmbassadorsCollection } from './collections/Ambassadors/index.ts'
export { createContentItemsCollection } from './collections/ContentItems/index.ts'
export { createEditorialCalendarsCollection } from './collections/EditorialCalendars/index.ts'
export { createEngagementEventsCollection } from './collections/EngagementEvents/index.ts'
export { createNewsletterDeliveriesCollection } from './collections/NewsletterDeliveries/index.ts'
export { createNewsletterIssuesCollection } from './collections/NewsletterIssues/index.ts'
export { createReferentNetworksCollection } from './collections/ReferentNetworks/index.ts'
export { createThemesCollection } from './collections/Themes/index.ts'
export * from './defaults.ts'
export { startJobsRunner } from './jobs/startJobsRunner.ts'
export type { JobsRunner, JobsRunnerOptions } from './jobs/startJobsRunner.ts'
export { taskSlugs } from './jobs/taskSlugs.ts'
export { withAdvisoryLock } from './jobs/withAdvisoryLock.ts'
export { translations } from './translations/index.ts'
export { parseCadenceRule } from './validation/parseCadenceRule.ts'
