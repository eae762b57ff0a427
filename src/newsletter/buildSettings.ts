import type { SanitizedAmbassadorsOptions } from '../options.ts'
import type { BuildSettings } from './buildIssue.ts'

/** The options the newsletter build reads. */
export const buildSettingsOf = (
  options: Pick<
    SanitizedAmbassadorsOptions,
    'defaultLanguage' | 'holidayCountry' | 'itemsPerIssue' | 'programmeName' | 'relaunchWorkingDays' | 'slugs' | 'timeZone'
  >,
): BuildSettings => ({
  defaultLanguage: options.defaultLanguage,
  holidayCountry: options.holidayCountry,
  itemsPerIssue: options.itemsPerIssue,
  programmeName: options.programmeName,
  relaunchWorkingDays: options.relaunchWorkingDays,
  slugs: {
    ambassadors: options.slugs.ambassadors,
    contentItems: options.slugs.contentItems,
    editorialCalendars: options.slugs.editorialCalendars,
    newsletterDeliveries: options.slugs.newsletterDeliveries,
    newsletterIssues: options.slugs.newsletterIssues,
    referentNetworks: options.slugs.referentNetworks,
    themes: options.slugs.themes,
  },
  timeZone: options.timeZone,
})
