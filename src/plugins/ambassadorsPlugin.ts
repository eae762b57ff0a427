import type { CollectionConfig, Config, Plugin } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import type { AmbassadorsCollectionKey, AmbassadorsPluginOptions } from '../types.ts'

import { createRolePredicates } from '../access/rolePredicates.ts'
import { createAmbassadorsCollection } from '../collections/Ambassadors/index.ts'
import { createContentActivitiesCollection } from '../collections/ContentActivities/index.ts'
import { createContentItemsCollection } from '../collections/ContentItems/index.ts'
import { createEditorialCalendarsCollection } from '../collections/EditorialCalendars/index.ts'
import { createEngagementEventsCollection } from '../collections/EngagementEvents/index.ts'
import { createNewsletterDeliveriesCollection } from '../collections/NewsletterDeliveries/index.ts'
import { createNewsletterIssuesCollection } from '../collections/NewsletterIssues/index.ts'
import { createReferentNetworksCollection } from '../collections/ReferentNetworks/index.ts'
import { createThemesCollection } from '../collections/Themes/index.ts'
import type { CollectionFactoryArgs } from '../collections/types.ts'
import { ensureOperationData } from '../hooks/ensureOperationData.ts'
import { createArchiveExpiredContentTask } from '../jobs/archiveExpiredContent.ts'
import { createNotifyStageChangeTask } from '../jobs/notifyStageChange.ts'
import { createRemindOverdueItemsTask } from '../jobs/remindOverdueItems.ts'
import { createSendSuggestionDigestTask } from '../jobs/sendSuggestionDigest.ts'
import { translations } from '../translations/index.ts'
import { extendUsersCollection } from './extendUsersCollection.ts'
import { sanitizeOptions } from './sanitizeOptions.ts'

const collectionFactories: [
  AmbassadorsCollectionKey,
  (args: CollectionFactoryArgs) => CollectionConfig,
][] = [
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

const fail = (option: string, reason: string): never => {
  throw new Error(`[payload-plugin-ambassadors] option "${option}": ${reason}`)
}

/**
 * The employee advocacy programme for Payload: adds the programme's collections, the roles on the
 * host's users, translations and jobs. The host's collections, hooks, endpoints, jobs and onInit are
 * kept; the plugin's collections come after the host's, its hooks before the host's on shared
 * collections, its tasks after the host's.
 */
export const ambassadorsPlugin =
  (pluginOptions: AmbassadorsPluginOptions = {}): ((config: Config) => Config) & Plugin =>
  (incomingConfig: Config): Config => {
    const options = sanitizeOptions(pluginOptions)
    const { slugs } = options
    const hostCollections = incomingConfig.collections ?? []

    const users = hostCollections.find((collection) => collection.slug === slugs.users)
    if (!users?.auth) {
      fail('usersCollection', `the host has no auth collection with the slug "${slugs.users}"`)
    }
    const media = slugs.media
      ? hostCollections.find((collection) => collection.slug === slugs.media)
      : undefined
    if (slugs.media && !media?.upload) {
      fail(
        'mediaCollection',
        `the host has no upload collection with the slug "${String(slugs.media)}" (set it to false for no images)`,
      )
    }
    const clash = hostCollections.find((collection) =>
      collectionFactories.some(([key]) => slugs[key] === collection.slug),
    )
    if (clash) {
      fail('collectionSlugs', `the host already has a collection "${clash.slug}"; give ours another slug`)
    }

    const predicates = createRolePredicates(slugs.users)
    const pluginCollections = collectionFactories.map(([key, factory]) => {
      const built = factory({ options, predicates })
      const defaultCollection: CollectionConfig = {
        ...built,
        hooks: { ...built.hooks, beforeOperation: [ensureOperationData, ...(built.hooks?.beforeOperation ?? [])] },
      }
      const override = options.collectionOverrides[key]
      return override ? override({ defaultCollection }) : defaultCollection
    })

    const jobs = incomingConfig.jobs ?? {}
    const isAdminJobAccess = ({ req }: { req: { user?: unknown } }) =>
      predicates.isAdmin({ req } as never) as boolean

    const inbox = {
      path: 'payload-plugin-ambassadors/rsc#SuggestionInbox',
      serverProps: { slugs },
    }
    return {
      ...incomingConfig,
      admin: {
        ...incomingConfig.admin,
        components: {
          ...incomingConfig.admin?.components,
          beforeDashboard: [
            ...(options.enabled ? [inbox] : []),
            ...(incomingConfig.admin?.components?.beforeDashboard ?? []),
          ],
        },
      },
      collections: [
        ...hostCollections.map((collection) =>
          collection.slug === slugs.users ? extendUsersCollection(collection, options, predicates) : collection,
        ),
        ...pluginCollections,
      ],
      i18n: {
        ...incomingConfig.i18n,
        translations: deepMergeSimple(translations, incomingConfig.i18n?.translations ?? {}),
      },
      jobs: {
        ...jobs,
        access: options.lockDownJobs
          ? {
              cancel: isAdminJobAccess,
              queue: isAdminJobAccess,
              run: isAdminJobAccess,
              ...jobs.access,
            }
          : jobs.access,
        tasks: [
          ...(jobs.tasks ?? []),
          ...[
            createArchiveExpiredContentTask(options),
            createNotifyStageChangeTask(options),
            createRemindOverdueItemsTask(options),
            createSendSuggestionDigestTask(options),
          ].map((task) => task as never),
        ],
      },
    }
  }
