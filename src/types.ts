import type { CollectionConfig } from 'payload'

import type { defaultCollectionSlugs, engagementSources, languages } from './defaults.ts'

/** A language the plugin writes in: `fr`, `en`. */
export type Language = (typeof languages)[number]

/** The collections the plugin adds, by the key `collectionSlugs` and `collectionOverrides` name them with. */
export type AmbassadorsCollectionKey = keyof typeof defaultCollectionSlugs

/** Every slug the plugin works with: its own collections plus the host's users and media. */
export type AmbassadorsSlugMap = Record<AmbassadorsCollectionKey, string> & {
  /** The host's upload collection for content images, or `false` when content items carry no image. */
  media: false | string
  users: string
}

/** Replaces a collection the plugin builds: receives the default and returns the one to use. */
export type CollectionOverride = (args: {
  defaultCollection: CollectionConfig
}) => CollectionConfig

export type Role = 'admin' | 'editor' | 'referent'

/**
 * Request context keys on a write to an ambassador: how the change came about (the plugin's own pages,
 * one-click and import name themselves; no API caller can set it), and whether the caller already wrote
 * the engagement event.
 */
export type EngagementContext = {
  ambassadorsEngagementRecorded?: boolean
  ambassadorsEngagementSource?: (typeof engagementSources)[number]
}
