import type { CollectionConfig } from 'payload'

import { accessOr } from '../../access/composeAccess.ts'
import { generateFeedToken } from '../../hooks/generateFeedToken.ts'
import { adminGroup, type CollectionFactoryArgs } from '../types.ts'
import { createCalendarFields } from './fields.ts'

export const createEditorialCalendarsCollection = ({
  options: { defaultTimeZone, slugs },
  predicates: { isAdmin, isEditor, isStaff },
}: CollectionFactoryArgs): CollectionConfig => {
  const canManage = accessOr(isAdmin, isEditor)
  return {
    slug: slugs.editorialCalendars,
    access: { create: canManage, delete: canManage, read: isStaff, update: canManage },
    admin: { defaultColumns: ['name', 'timeZone', 'updatedAt'], group: adminGroup, useAsTitle: 'name' },
    fields: createCalendarFields({ canManage, defaultTimeZone, slugs }),
    // The feed token is part of the schema, so it is issued even when the plugin's behaviour is off.
    hooks: { beforeChange: [generateFeedToken] },
    labels: {
      plural: { en: 'Editorial calendars', fr: 'Calendriers éditoriaux' },
      singular: { en: 'Editorial calendar', fr: 'Calendrier éditorial' },
    },
  }
}
