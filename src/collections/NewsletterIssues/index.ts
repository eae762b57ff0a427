import type { CollectionConfig } from 'payload'

import { issueStatuses } from '../../defaults.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { buildSettingsOf } from '../../newsletter/buildSettings.ts'
import { deliveryGroup, type CollectionFactoryArgs } from '../types.ts'
import { createBuildEndpoint } from './endpoints/build.ts'
import { createPreviewEndpoint } from './endpoints/preview.ts'
import { createSendControlEndpoints } from './endpoints/sendControls.ts'
import { createTestSendEndpoint } from './endpoints/testSend.ts'
import { lockFrozenContent, statusAccess, statusFilterOptions, validateIssueStatus } from './issueEditing.ts'
import { dayAndTime } from '../../fields/dateAppearance.ts'
import { freezeIssueContent } from '../../hooks/freezeIssueContent.ts'
import { issueLanguageFields } from './languageFields.ts'
import { guardIssueDelete } from '../../hooks/guardIssueDelete.ts'

export const issueStatusLabels = {
  cancelled: { en: 'Cancelled', fr: 'Annulée' },
  draft: { en: 'Draft', fr: 'Brouillon' },
  paused: { en: 'Paused', fr: 'En pause' },
  scheduled: { en: 'Scheduled', fr: 'Programmée' },
  sending: { en: 'Sending', fr: 'Envoi en cours' },
  sent: { en: 'Sent', fr: 'Envoyée' },
  skipped: { en: 'Skipped', fr: 'Sautée' },
}

// Written by the plugin's sending and building jobs only; readable by whoever reads the issue.
const systemOnly = { create: () => false, update: () => false }

const counter = (name: string, label: { en: string; fr: string }) => ({
  name,
  type: 'number' as const,
  access: systemOnly,
  admin: { readOnly: true },
  defaultValue: 0,
  label,
})

export const createNewsletterIssuesCollection = ({
  defaultLanguage,
  enabled,
  holidayCountry,
  itemsPerIssue,
  predicates: { isEditorOrAdmin },
  programmeName,
  relaunchWorkingDays,
  slugs,
  timeZone,
}: CollectionFactoryArgs<
  | 'defaultLanguage'
  | 'enabled'
  | 'holidayCountry'
  | 'itemsPerIssue'
  | 'programmeName'
  | 'relaunchWorkingDays'
  | 'slugs'
  | 'timeZone'
>): CollectionConfig => {
  const settings = buildSettingsOf({ defaultLanguage, holidayCountry, itemsPerIssue, programmeName, relaunchWorkingDays, slugs, timeZone })
  const languageFields = issueLanguageFields(defaultLanguage)
  return {
    slug: slugs.newsletterIssues,
    endpoints: enabled
      ? [
          createBuildEndpoint({ calendarsSlug: slugs.editorialCalendars, isEditorOrAdmin, settings }),
          createPreviewEndpoint({ isEditorOrAdmin, settings }),
          createTestSendEndpoint({ isEditorOrAdmin, settings, usersSlug: slugs.users }),
          ...createSendControlEndpoints({ isEditorOrAdmin, settings }),
        ]
      : [],
    access: { create: isEditorOrAdmin, delete: isEditorOrAdmin, read: isEditorOrAdmin, update: isEditorOrAdmin },
    admin: {
      // "Build the next issue" above the list, for those who may call the build endpoint.
      components: enabled
        ? {
            beforeListTable: [
              {
                path: 'payload-plugin-ambassadors/rsc#BuildIssueButton',
                serverProps: { calendarsSlug: slugs.editorialCalendars, usersSlug: slugs.users },
              },
            ],
          }
        : {},
      defaultColumns: ['title', 'status', 'scheduledAt', 'calendar'],
      group: deliveryGroup,
      useAsTitle: 'title',
    },
    defaultSort: '-scheduledAt',
    hooks: {
      beforeChange: [freezeIssueContent],
      beforeDelete: [guardIssueDelete({ slugs, statusLabels: issueStatusLabels })],
    },
    fields: lockFrozenContent([
      languageFields.title,
      {
        name: 'calendar',
        type: 'relationship',
        label: { en: 'Editorial calendar', fr: 'Calendrier éditorial' },
        relationTo: slugs.editorialCalendars,
      },
      {
        name: 'status',
        type: 'select',
        access: { update: statusAccess },
        admin: {
          components: enabled ? { Description: 'payload-plugin-ambassadors/rsc#IssueStatusNote' } : {},
          position: 'sidebar',
        },
        defaultValue: 'draft',
        filterOptions: statusFilterOptions,
        index: true,
        label: { en: 'Status', fr: 'Statut' },
        options: selectOptions(issueStatuses, issueStatusLabels),
        required: true,
        validate: validateIssueStatus,
      },
      {
        name: 'scheduledAt',
        type: 'date',
        admin: { ...dayAndTime, position: 'sidebar' },
        label: { en: 'Scheduled for', fr: 'Programmée le' },
      },
      languageFields.introduction,
      languageFields.translations,
      {
        name: 'contentItems',
        type: 'relationship',
        filterOptions: { stage: { equals: 'approved' } },
        hasMany: true,
        label: { en: 'Content', fr: 'Contenus' },
        relationTo: slugs.contentItems,
      },
      {
        // Send now, pause, resume, cancel, resend the uncertain, and the live progress of the send.
        name: 'sendProgress',
        type: 'ui',
        admin: {
          components: enabled
            ? {
                Field: {
                  path: 'payload-plugin-ambassadors/rsc#SendProgress',
                  serverProps: { statusLabels: issueStatusLabels, usersSlug: slugs.users },
                },
              }
            : {},
        },
        label: { en: 'Sending', fr: 'Envoi' },
      },
      {
        // The saved issue as a segment or an ambassador gets it, and "Send me a test".
        name: 'issuePreview',
        type: 'ui',
        admin: {
          components: enabled
            ? {
                Field: {
                  path: 'payload-plugin-ambassadors/rsc#IssuePreview',
                  serverProps: {
                    slugs: { ambassadors: slugs.ambassadors, referentNetworks: slugs.referentNetworks, themes: slugs.themes },
                  },
                },
              }
            : {},
        },
        label: { en: 'Preview', fr: 'Aperçu' },
      },
      {
        name: 'occurrenceKey',
        type: 'text',
        access: systemOnly,
        admin: { hidden: true },
        // One issue per calendar occurrence, whoever builds it and however many workers run at once.
        index: true,
        label: { en: 'Calendar occurrence', fr: 'Occurrence du calendrier' },
        unique: true,
      },
      {
        name: 'segments',
        type: 'json',
        access: systemOnly,
        admin: { hidden: true },
        label: { en: 'Segments', fr: 'Segments' },
      },
      {
        name: 'compiled',
        type: 'json',
        access: systemOnly,
        admin: { hidden: true },
        // The emails as frozen at send time, one compiled template per segment: every worker sends the same.
        label: { en: 'Compiled emails', fr: 'E-mails compilés' },
      },
      {
        name: 'buildReport',
        type: 'textarea',
        access: systemOnly,
        admin: { position: 'sidebar', readOnly: true },
        label: { en: 'How it was built', fr: 'Construction' },
      },
      {
        name: 'skipReason',
        type: 'text',
        access: systemOnly,
        admin: { condition: (data) => data?.status === 'skipped', readOnly: true },
        label: { en: 'Why it was skipped', fr: 'Raison du saut' },
      },
      {
        name: 'pauseReason',
        type: 'text',
        access: systemOnly,
        admin: { condition: (data) => data?.status === 'paused', position: 'sidebar', readOnly: true },
        label: { en: 'Why it is paused', fr: 'Raison de la pause' },
      },
      {
        name: 'audienceFrozenAt',
        type: 'date',
        access: systemOnly,
        admin: { ...dayAndTime, position: 'sidebar', readOnly: true },
        label: { en: 'Audience frozen at', fr: 'Audience figée le' },
      },
      {
        name: 'sentAt',
        type: 'date',
        access: systemOnly,
        admin: { ...dayAndTime, position: 'sidebar', readOnly: true },
        label: { en: 'Sent at', fr: 'Envoyée le' },
      },
      {
        name: 'counts',
        type: 'group',
        access: systemOnly,
        admin: { position: 'sidebar' },
        fields: [
          counter('audience', { en: 'Audience', fr: 'Audience' }),
          counter('sent', { en: 'Sent', fr: 'Envoyés' }),
          counter('failed', { en: 'Failed', fr: 'Échecs' }),
        ],
        label: { en: 'Counts', fr: 'Compteurs' },
      },
    ]),
    labels: {
      plural: { en: 'Newsletter issues', fr: 'Éditions de la newsletter' },
      singular: { en: 'Newsletter issue', fr: 'Édition de la newsletter' },
    },
  }
}
