import type { SanitizedAmbassadorsOptions } from '../types.ts'
import type { BuildSettings } from './buildIssue.ts'

/** The options the newsletter build reads. */
export const buildSettingsOf = (options: Pick<SanitizedAmbassadorsOptions, 'defaultLanguage' | 'holidayCountry' | 'itemsPerIssue' | 'relaunchWorkingDays' | 'slugs'>): BuildSettings => ({
  defaultLanguage: options.defaultLanguage,
  holidayCountry: options.holidayCountry,
  itemsPerIssue: options.itemsPerIssue,
  relaunchWorkingDays: options.relaunchWorkingDays,
  slugs: {
    ambassadors: options.slugs.ambassadors,
    contentItems: options.slugs.contentItems,
    newsletterDeliveries: options.slugs.newsletterDeliveries,
    newsletterIssues: options.slugs.newsletterIssues,
    referentNetworks: options.slugs.referentNetworks,
    themes: options.slugs.themes,
  },
})
