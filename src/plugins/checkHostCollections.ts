import type { CollectionConfig } from 'payload'

import type { AmbassadorsSlugMap } from '../types.ts'

import { optionError } from './sanitizeOptions.ts'

/** Checks the options against the host's collections: its users and media exist, no slug clashes. */
export const checkHostCollections = (
  hostCollections: CollectionConfig[],
  slugs: AmbassadorsSlugMap,
  pluginSlugs: string[],
): void => {
  const users = hostCollections.find((collection) => collection.slug === slugs.users)
  if (!users?.auth) {
    throw optionError('usersCollection', `the host has no auth collection with the slug "${slugs.users}"`)
  }
  const media = slugs.media ? hostCollections.find((collection) => collection.slug === slugs.media) : undefined
  if (slugs.media && !media?.upload) {
    throw optionError(
      'mediaCollection',
      `the host has no upload collection with the slug "${slugs.media}" (set it to false for no images)`,
    )
  }
  const clash = hostCollections.find((collection) => pluginSlugs.includes(collection.slug))
  if (clash) {
    throw optionError('collectionSlugs', `the host already has a collection "${clash.slug}"; give ours another slug`)
  }
}
