import type { CollectionBeforeValidateHook } from 'payload'

import { slugify } from 'payload/shared'

/** Fills an empty theme slug from its name (accents folded, lowercase, hyphens). */
export const slugifyThemeName: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  // Only a theme that has no slug yet gets one: renaming (or translating) it keeps its URLs stable.
  if (!data || data.slug || originalDoc?.slug || typeof data.name !== 'string') {
    return data
  }
  const folded = data.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  return { ...data, slug: slugify(folded) }
}
