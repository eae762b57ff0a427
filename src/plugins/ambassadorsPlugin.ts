import type { CollectionConfig, Config, JobsConfig, Plugin } from 'payload'

import { definePlugin } from 'payload'
import { deepMergeSimple } from 'payload/shared'

import type { AmbassadorsCollectionKey, AmbassadorsPluginOptions, SanitizedAmbassadorsOptions } from '../types.ts'
import type { CollectionFactoryArgs } from '../collections/types.ts'

import { createRolePredicates, type RolePredicate } from '../access/rolePredicates.ts'
import { createAmbassadorsCollection } from '../collections/Ambassadors/index.ts'
import { createContentActivitiesCollection } from '../collections/ContentActivities/index.ts'
import { createContentItemsCollection } from '../collections/ContentItems/index.ts'
import { createEditorialCalendarsCollection } from '../collections/EditorialCalendars/index.ts'
import { createEngagementEventsCollection } from '../collections/EngagementEvents/index.ts'
import { createNewsletterDeliveriesCollection } from '../collections/NewsletterDeliveries/index.ts'
import { createNewsletterIssuesCollection } from '../collections/NewsletterIssues/index.ts'
import { createReferentNetworksCollection } from '../collections/ReferentNetworks/index.ts'
import { createThemesCollection } from '../collections/Themes/index.ts'
import { ensureOperationData } from '../hooks/ensureOperationData.ts'
import { createArchiveExpiredContentTask } from '../jobs/archiveExpiredContent.ts'
import { createBuildNewsletterIssuesTask } from '../jobs/buildNewsletterIssues.ts'
import { createConfirmUserEmailTask } from '../jobs/confirmUserEmail.ts'
import { createNotifyStageChangeTask } from '../jobs/notifyStageChange.ts'
import { createRemindOverdueItemsTask } from '../jobs/remindOverdueItems.ts'
import { createSendSuggestionDigestTask } from '../jobs/sendSuggestionDigest.ts'
import { translations } from '../translations/index.ts'
import { payloadFrenchWording } from '../translations/payloadFrenchWording.ts'
import { withRelationshipListCells } from '../fields/withRelationshipListCells.ts'
import { pluginSlug, type PluginRuntimeSettings } from './customConfig.ts'
import { closeOpenDefaults } from './closeOpenDefaults.ts'
import { extendMediaCollection } from './extendMediaCollection.ts'
import { extendUsersCollection } from './extendUsersCollection.ts'
import { guardHostInput } from './guardHostInput.ts'
import { checkHostCollections } from './checkHostCollections.ts'
import { sanitizeOptions } from './sanitizeOptions.ts'

type FactoryArgs = CollectionFactoryArgs<keyof SanitizedAmbassadorsOptions>

const collectionFactories: [AmbassadorsCollectionKey, (args: FactoryArgs) => CollectionConfig][] = [
  ['themes', createThemesCollection],
  ['referentNetworks', createReferentNetworksCollection],
  ['contentItems', createContentItemsCollection],
  ['contentActivities', createContentActivitiesCollection],
  ['editorialCalendars', createEditorialCalendarsCollection],
  ['ambassadors', createAmbassadorsCollection],
  ['newsletterIssues', createNewsletterIssuesCollection],
  ['newsletterDeliveries', createNewsletterDeliveriesCollection],
  ['engagementEvents', createEngagementEventsCollection],
]

const withPluginJobs = (
  jobs: JobsConfig,
  options: SanitizedAmbassadorsOptions,
  isAdmin: RolePredicate,
): JobsConfig => ({
  ...jobs,
  access: options.lockDownJobs
    ? { cancel: isAdmin, queue: isAdmin, run: isAdmin, ...jobs.access }
    : jobs.access,
  tasks: [
    ...(jobs.tasks ?? []),
    createArchiveExpiredContentTask(options),
    createBuildNewsletterIssuesTask(options),
    createConfirmUserEmailTask(options),
    createNotifyStageChangeTask(options),
    createRemindOverdueItemsTask(options),
    createSendSuggestionDigestTask(options),
  ],
})

const applyPlugin = (config: Config, pluginOptions: AmbassadorsPluginOptions): Config => {
  const options = sanitizeOptions(pluginOptions)
  const { slugs } = options
  const hostCollections = config.collections ?? []
  checkHostCollections(hostCollections, slugs, collectionFactories.map(([key]) => slugs[key]))

  const predicates = createRolePredicates(slugs.users)
  const pluginCollections = collectionFactories.map(([key, factory]) => {
    const built = factory({ ...options, predicates })
    const defaultCollection: CollectionConfig = {
      ...built,
      fields: withRelationshipListCells(built.fields),
      hooks: { ...built.hooks, beforeOperation: [ensureOperationData, ...(built.hooks?.beforeOperation ?? [])] },
    }
    const override = options.collectionOverrides[key]
    return override ? override({ defaultCollection }) : defaultCollection
  })

  const inbox = {
    path: 'payload-plugin-ambassadors/rsc#SuggestionInbox',
    serverProps: { slugs, timeZone: options.timeZone },
  }
  const calendarNavLink = 'payload-plugin-ambassadors/rsc#CalendarNavLink'
  const calendarView = { Component: 'payload-plugin-ambassadors/rsc#CalendarView', path: '/calendar' as const }
  const applied: Config = {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [...(options.enabled ? [inbox] : []), ...(config.admin?.components?.beforeDashboard ?? [])],
        afterNavLinks: [...(options.enabled ? [calendarNavLink] : []), ...(config.admin?.components?.afterNavLinks ?? [])],
        views: {
          ...(options.enabled ? { ambassadorsCalendar: calendarView } : {}),
          ...config.admin?.components?.views,
        },
      },
    },
    collections: [
      ...hostCollections.map((collection) =>
        collection.slug === slugs.users
          ? extendUsersCollection(collection, options, predicates)
          : collection.slug === slugs.media && options.mediaAccess
            ? extendMediaCollection(collection, slugs.users, predicates)
            : collection,
      ),
      ...pluginCollections,
    ],
    custom: {
      ...config.custom,
      [pluginSlug]: {
        defaultLanguage: options.defaultLanguage,
        holidayCountry: options.holidayCountry,
        itemsPerIssue: options.itemsPerIssue,
        jobsQueue: options.jobsQueue,
        previousSecrets: options.previousSecrets,
        programmeName: options.programmeName,
        relaunchWorkingDays: options.relaunchWorkingDays,
        slugs: options.slugs,
        timeZone: options.timeZone,
      } satisfies PluginRuntimeSettings,
    },
    i18n: {
      ...config.i18n,
      translations: deepMergeSimple(
        deepMergeSimple(translations, { fr: payloadFrenchWording }),
        config.i18n?.translations ?? {},
      ),
    },
    jobs: withPluginJobs(config.jobs ?? {}, options, predicates.isAdmin),
    onInit: async (payload) => {
      closeOpenDefaults(payload.config, { isAdmin: predicates.isAdmin, lockDownJobs: options.lockDownJobs })
      await config.onInit?.(payload)
    },
  }
  return { ...applied, ...guardHostInput(applied, applied.collections ?? [], options) }
}

const definedPlugin = definePlugin<AmbassadorsPluginOptions>({
  slug: pluginSlug,
  plugin: ({ config, plugins: _plugins, ...options }) => applyPlugin(config, options),
})

/**
 * The employee advocacy programme for Payload: adds the programme's collections, the roles on the
 * host's users, translations and jobs. The host's collections, hooks, endpoints, jobs and onInit are
 * kept; the plugin's collections come after the host's, its hooks before the host's on shared
 * collections, its tasks after the host's.
 */
export const ambassadorsPlugin = (options: AmbassadorsPluginOptions = {}): Plugin => definedPlugin(options)
