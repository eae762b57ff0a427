import type { Payload } from 'payload'

import type { SanitizedAmbassadorsOptions } from '../options.ts'

/** The package's name, the slug it declares itself with, and its key in `config.custom`. */
export const pluginSlug = 'payload-plugin-ambassadors'

/**
 * What code the host starts outside the config build (the jobs runner, the delivery worker) needs of the
 * settings: the plugin leaves it in `config.custom[pluginSlug]` (server-only) when it applies itself.
 */
export type RuntimeSettings = Pick<
  SanitizedAmbassadorsOptions,
  | 'defaultLanguage'
  | 'holidayCountry'
  | 'itemsPerIssue'
  | 'jobsQueue'
  | 'previousSecrets'
  | 'programmeName'
  | 'relaunchWorkingDays'
  | 'slugs'
  | 'timeZone'
>

export const runtimeSettingsOf = (options: SanitizedAmbassadorsOptions): RuntimeSettings => ({
  defaultLanguage: options.defaultLanguage,
  holidayCountry: options.holidayCountry,
  itemsPerIssue: options.itemsPerIssue,
  jobsQueue: options.jobsQueue,
  previousSecrets: options.previousSecrets,
  programmeName: options.programmeName,
  relaunchWorkingDays: options.relaunchWorkingDays,
  slugs: options.slugs,
  timeZone: options.timeZone,
})

/**
 * The settings the plugin was configured with, read back from a running Payload. The one place that reads
 * `config.custom`: the host's entry points call it and pass what they read down as arguments.
 */
export const settingsOf = (payload: Payload): RuntimeSettings => {
  const settings = payload.config.custom?.[pluginSlug] as RuntimeSettings | undefined
  if (!settings) {
    throw new Error(
      `[${pluginSlug}] ambassadorsPlugin() is not in this Payload config: add it to \`plugins\` before starting the plugin's workers`,
    )
  }
  return settings
}
