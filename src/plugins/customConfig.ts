import type { Payload } from 'payload'

import type { AmbassadorsSlugMap, Language } from '../types.ts'

/** The package's name, the slug it declares itself with, and its key in `config.custom`. */
export const pluginSlug = 'payload-plugin-ambassadors'

/** What the plugin leaves in `config.custom[pluginSlug]` for code that runs after start-up. */
export type PluginRuntimeSettings = {
  defaultLanguage: Language
  holidayCountry: string
  itemsPerIssue: number
  jobsQueue: string
  previousSecrets: string[]
  programmeName?: string
  relaunchWorkingDays: number
  slugs: AmbassadorsSlugMap
  timeZone: string
}

/** The settings the plugin was configured with, or `undefined` when the plugin is not installed. */
export const getPluginSettings = (payload: Payload): PluginRuntimeSettings | undefined =>
  payload.config.custom?.[pluginSlug] as PluginRuntimeSettings | undefined
