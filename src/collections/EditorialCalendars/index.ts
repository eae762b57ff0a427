import type { CollectionConfig } from 'payload'

import { generateFeedToken } from '../../hooks/generateFeedToken.ts'
import { syncCadenceRules } from '../../hooks/syncCadenceRules.ts'
import { startRuleChecks } from '../../validation/validateRRule.ts'
import { adminGroup, type CollectionFactoryArgs } from '../types.ts'
import { createIcalEndpoint } from './endpoints/ical.ts'
import { createOccurrencesEndpoint } from './endpoints/occurrences.ts'
import { createRotateFeedTokenEndpoint } from './endpoints/rotateFeedToken.ts'
import { createCalendarFields } from './fields.ts'

export const createEditorialCalendarsCollection = ({
  enabled,
  holidayCountry,
  predicates: { isEditorOrAdmin, isStaff },
  relaunchWorkingDays,
  slugs,
  timeZone,
}: CollectionFactoryArgs<'enabled' | 'holidayCountry' | 'relaunchWorkingDays' | 'slugs' | 'timeZone'>): CollectionConfig => {
  const settings = { calendarsSlug: slugs.editorialCalendars, holidayCountry, relaunchWorkingDays }
  return {
    slug: slugs.editorialCalendars,
    access: { create: isEditorOrAdmin, delete: isEditorOrAdmin, read: isStaff, update: isEditorOrAdmin },
    admin: { defaultColumns: ['name', 'timeZone', 'updatedAt'], group: adminGroup, useAsTitle: 'name' },
    endpoints: enabled
      ? [
          createOccurrencesEndpoint({ ...settings, ambassadorsSlug: slugs.ambassadors, isStaff }),
          createIcalEndpoint(settings),
          createRotateFeedTokenEndpoint({ calendarsSlug: slugs.editorialCalendars, isEditorOrAdmin }),
        ]
      : [],
    fields: createCalendarFields({ canManage: isEditorOrAdmin, holidayCountry, relaunchWorkingDays, slugs, timeZone }),
    // The feed token is part of the schema, so it is issued even when the plugin's behaviour is off.
    hooks: {
      beforeChange: [generateFeedToken],
      beforeOperation: enabled ? [syncCadenceRules] : [],
      beforeValidate: [
        ({ context, data }) => {
          startRuleChecks(context)
          return data
        },
      ],
    },
    labels: {
      plural: { en: 'Editorial calendars', fr: 'Calendriers éditoriaux' },
      singular: { en: 'Editorial calendar', fr: 'Calendrier éditorial' },
    },
  }
}
