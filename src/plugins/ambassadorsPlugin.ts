import type { CollectionConfig, Config, JobsConfig, Plugin } from 'payload'

import { definePlugin } from 'payload'
import { deepMergeSimple } from 'payload/shared'

import type { CalendarNavLinkServerProps } from '../components/CalendarView/NavLink/index.tsx'
import type { CalendarViewServerProps } from '../components/CalendarView/index.tsx'
import type { SuggestionInboxServerProps } from '../components/SuggestionInbox/index.tsx'
import type { AmbassadorsPluginOptions, SanitizedAmbassadorsOptions } from '../options.ts'
import type { AmbassadorsCollectionKey } from '../types.ts'

import { createRolePredicates, type RolePredicate, type RolePredicates } from '../access/rolePredicates.ts'
import { createAmbassadorsCollection } from '../collections/Ambassadors/index.ts'
import { createContentActivitiesCollection } from '../collections/ContentActivities/index.ts'
import { createContentItemsCollection } from '../collections/ContentItems/index.ts'
import { createEditorialCalendarsCollection } from '../collections/EditorialCalendars/index.ts'
import { createEngagementEventsCollection } from '../collections/EngagementEvents/index.ts'
import { createNewsletterDeliveriesCollection } from '../collections/NewsletterDeliveries/index.ts'
import { createNewsletterIssuesCollection } from '../collections/NewsletterIssues/index.ts'
import { createReferentNetworksCollection } from '../collections/ReferentNetworks/index.ts'
import { createThemesCollection } from '../collections/Themes/index.ts'
import { defaultCollectionSlugs } from '../defaults.ts'
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
import { closeOpenDefaults } from './closeOpenDefaults.ts'
import { extendMediaCollection } from './extendMediaCollection.ts'
import { extendUsersCollection } from './extendUsersCollection.ts'
import { guardHostInput } from './guardHostInput.ts'
import { checkHostCollections } from './checkHostCollections.ts'
import { pluginSlug, runtimeSettingsOf } from './settingsOf.ts'
import { sanitizeOptions } from './sanitizeOptions.ts'

/**
 * The plugin's collections in the order they are added, each built with what it uses: the options
 * resolved once, and the role predicates of the host's users collection.
 */
const buildCollections = (
  options: SanitizedAmbassadorsOptions,
  predicates: RolePredicates,
): Record<AmbassadorsCollectionKey, CollectionConfig> => {
  const { defaultLanguage, enabled, holidayCountry, itemsPerIssue, jobsQueue, previousSecrets, programmeName } = options
  const { relaunchWorkingDays, reviewServiceLevelDays, slugs, timeZone } = options
  return {
    themes: createThemesCollection({ enabled, predicates, slugs }),
    referentNetworks: createReferentNetworksCollection({ predicates, slugs }),
    contentItems: createContentItemsCollection({
      enabled,
      holidayCountry,
      jobsQueue,
      predicates,
      reviewServiceLevelDays,
      slugs,
      timeZone,
    }),
    contentActivities: createContentActivitiesCollection({ predicates, slugs }),
    editorialCalendars: createEditorialCalendarsCollection({
      enabled,
      holidayCountry,
      predicates,
      relaunchWorkingDays,
      slugs,
      timeZone,
    }),
    ambassadors: createAmbassadorsCollection({ enabled, predicates, previousSecrets, programmeName, slugs }),
    newsletterIssues: createNewsletterIssuesCollection({
      defaultLanguage,
      enabled,
      holidayCountry,
      itemsPerIssue,
      predicates,
      programmeName,
      relaunchWorkingDays,
      slugs,
      timeZone,
    }),
    newsletterDeliveries: createNewsletterDeliveriesCollection({ predicates, slugs }),
    engagementEvents: createEngagementEventsCollection({ predicates, slugs }),
  }
}

const withPluginJobs = (
  jobs: JobsConfig,
  options: SanitizedAmbassadorsOptions,
  isAdmin: RolePredicate,
): JobsConfig => {
  const { defaultLanguage, enabled, holidayCountry, itemsPerIssue, jobsQueue, programmeName } = options
  const { relaunchWorkingDays, slugs, timeZone } = options
  const scheduled = { enabled, jobsQueue, slugs, timeZone }
  return {
    ...jobs,
    access: options.lockDownJobs
      ? { cancel: isAdmin, queue: isAdmin, run: isAdmin, ...jobs.access }
      : jobs.access,
    tasks: [
      ...(jobs.tasks ?? []),
      createArchiveExpiredContentTask({ enabled, jobsQueue, slugs }),
      createBuildNewsletterIssuesTask({
        defaultLanguage,
        enabled,
        holidayCountry,
        itemsPerIssue,
        jobsQueue,
        programmeName,
        relaunchWorkingDays,
        slugs,
        timeZone,
      }),
      createConfirmUserEmailTask({ slugs }),
      createNotifyStageChangeTask({ slugs, timeZone }),
      createRemindOverdueItemsTask(scheduled),
      createSendSuggestionDigestTask(scheduled),
    ],
  }
}

const applyPlugin = (config: Config, pluginOptions: AmbassadorsPluginOptions): Config => {
  const options = sanitizeOptions(pluginOptions)
  const { slugs } = options
  const hostCollections = config.collections ?? []
  const collectionKeys = Object.keys(defaultCollectionSlugs) as AmbassadorsCollectionKey[]
  checkHostCollections(hostCollections, slugs, collectionKeys.map((key) => slugs[key]))

  const predicates = createRolePredicates(slugs.users)
  const collections = Object.entries(buildCollections(options, predicates)) as [AmbassadorsCollectionKey, CollectionConfig][]
  const pluginCollections = collections.map(([key, built]) => {
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
    serverProps: { slugs, timeZone: options.timeZone } satisfies SuggestionInboxServerProps,
  }
  const calendarNavLink = {
    path: 'payload-plugin-ambassadors/rsc#CalendarNavLink',
    serverProps: { usersSlug: slugs.users } satisfies CalendarNavLinkServerProps,
  }
  const calendarView = {
    Component: {
      path: 'payload-plugin-ambassadors/rsc#CalendarView',
      serverProps: {
        holidayCountry: options.holidayCountry,
        relaunchWorkingDays: options.relaunchWorkingDays,
        slugs: { contentItems: slugs.contentItems, editorialCalendars: slugs.editorialCalendars, users: slugs.users },
        timeZone: options.timeZone,
      } satisfies CalendarViewServerProps,
    },
    path: '/calendar' as const,
  }
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
      [pluginSlug]: runtimeSettingsOf(options),
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
