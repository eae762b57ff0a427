import type { CollectionBeforeValidateHook } from 'payload'

import { slugify } from 'payload/shared'

/** Fills an empty theme slug from its name (accents folded, lowercase, hyphens). */
export const slugifyThemeName: CollectionBeforeValidateHook = ({ data }) => {
  if (!data || data.slug || typeof data.name !== 'string') {
    return data
  }
  const folded = data.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  return { ...data, slug: slugify(folded) }
}
