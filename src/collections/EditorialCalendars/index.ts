import type { CollectionConfig } from 'payload'

import { generateFeedToken } from '../../hooks/generateFeedToken.ts'
import { adminGroup, type CollectionFactoryArgs } from '../types.ts'
import { createCalendarFields } from './fields.ts'

export const createEditorialCalendarsCollection = ({
  slugs,
  timeZone,
  predicates: { isEditorOrAdmin, isStaff },
}: CollectionFactoryArgs<'timeZone' | 'slugs'>): CollectionConfig => {
  return {
    slug: slugs.editorialCalendars,
    access: { create: isEditorOrAdmin, delete: isEditorOrAdmin, read: isStaff, update: isEditorOrAdmin },
    admin: { defaultColumns: ['name', 'timeZone', 'updatedAt'], group: adminGroup, useAsTitle: 'name' },
    fields: createCalendarFields({ canManage: isEditorOrAdmin, slugs, timeZone }),
    // The feed token is part of the schema, so it is issued even when the plugin's behaviour is off.
    hooks: { beforeChange: [generateFeedToken] },
    labels: {
      plural: { en: 'Editorial calendars', fr: 'Calendriers éditoriaux' },
      singular: { en: 'Editorial calendar', fr: 'Calendrier éditorial' },
    },
  }
}
