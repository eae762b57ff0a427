import type { CollectionConfig, Config } from 'payload'

import type { SanitizedAmbassadorsOptions } from '../options.ts'

import { ensureOperationData } from '../hooks/ensureOperationData.ts'
import { mapInputErrors } from '../hooks/mapInputErrors.ts'

/**
 * With `mapInputErrors`: the host's users and media collections get the plugin's input type guard (the
 * plugin's own collections always have it), and the root config the `afterError` hook, placed before the
 * host's own so they see the mapped answer.
 */
export const guardHostInput = (
  config: Config,
  collections: CollectionConfig[],
  { mapInputErrors: enabled, slugs }: Pick<SanitizedAmbassadorsOptions, 'mapInputErrors' | 'slugs'>,
): Pick<Config, 'collections' | 'hooks'> => {
  if (!enabled) {
    return { collections, hooks: config.hooks }
  }
  const guarded = new Set([slugs.users, slugs.media].filter((slug): slug is string => Boolean(slug)))
  return {
    collections: collections.map((collection) =>
      guarded.has(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [ensureOperationData, ...(collection.hooks?.beforeOperation ?? [])],
            },
          }
        : collection,
    ),
    hooks: { ...config.hooks, afterError: [mapInputErrors, ...(config.hooks?.afterError ?? [])] },
  }
}
