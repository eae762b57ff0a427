import type { CollectionConfig } from 'payload'

import path from 'node:path'

/** The demo host's upload collection, named to the plugin by `mediaCollection`. */
export const createMediaCollection = (staticDir: string): CollectionConfig => ({
  slug: 'media',
  access: {
    // Content images end up in newsletters: anyone may read them. Uploading, changing and deleting are
    // left to the plugin (`mediaAccess`): referents manage their own files, editors and admins all.
    read: () => true,
  },
  fields: [{ name: 'alt', type: 'text', label: { en: 'Alternative text', fr: 'Texte alternatif' } }],
  labels: {
    plural: { en: 'Media', fr: 'Médias' },
    singular: { en: 'Medium', fr: 'Média' },
  },
  upload: { mimeTypes: ['image/*'], staticDir: path.resolve(staticDir) },
})
