import type { CollectionConfig } from 'payload'

import { issueStatuses } from '../../defaults.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { deliveryGroup, type CollectionFactoryArgs } from '../types.ts'

export const issueStatusLabels = {
  cancelled: { en: 'Cancelled', fr: 'Annulée' },
  draft: { en: 'Draft', fr: 'Brouillon' },
  paused: { en: 'Paused', fr: 'En pause' },
  scheduled: { en: 'Scheduled', fr: 'Programmée' },
  sending: { en: 'Sending', fr: 'Envoi en cours' },
  sent: { en: 'Sent', fr: 'Envoyée' },
  skipped: { en: 'Skipped', fr: 'Sautée' },
}

const counter = (name: string, label: { en: string; fr: string }) => ({
  name,
  type: 'number' as const,
  admin: { readOnly: true },
  defaultValue: 0,
  label,
})

export const createNewsletterIssuesCollection = ({
  slugs,
  predicates: { isEditorOrAdmin },
}: CollectionFactoryArgs<'slugs'>): CollectionConfig => {
  return {
    slug: slugs.newsletterIssues,
    access: { create: isEditorOrAdmin, delete: isEditorOrAdmin, read: isEditorOrAdmin, update: isEditorOrAdmin },
    admin: {
      defaultColumns: ['title', 'status', 'scheduledAt', 'calendar'],
      group: deliveryGroup,
      useAsTitle: 'title',
    },
    defaultSort: '-scheduledAt',
    fields: [
      { name: 'title', type: 'text', label: { en: 'Title', fr: 'Titre' }, required: true },
      {
        name: 'calendar',
        type: 'relationship',
        label: { en: 'Editorial calendar', fr: 'Calendrier éditorial' },
        relationTo: slugs.editorialCalendars,
      },
      {
        name: 'status',
        type: 'select',
        admin: { position: 'sidebar' },
        defaultValue: 'draft',
        index: true,
        label: { en: 'Status', fr: 'Statut' },
        options: selectOptions(issueStatuses, issueStatusLabels),
        required: true,
      },
      {
        name: 'scheduledAt',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
        label: { en: 'Scheduled for', fr: 'Programmée le' },
      },
      {
        name: 'introduction',
        type: 'textarea',
        label: { en: 'Introduction', fr: 'Édito' },
      },
      {
        name: 'contentItems',
        type: 'relationship',
        filterOptions: { stage: { equals: 'approved' } },
        hasMany: true,
        label: { en: 'Content', fr: 'Contenus' },
        relationTo: slugs.contentItems,
      },
      {
        name: 'skipReason',
        type: 'text',
        admin: { condition: (data) => data?.status === 'skipped', readOnly: true },
        label: { en: 'Why it was skipped', fr: 'Raison du saut' },
      },
      {
        name: 'audienceFrozenAt',
        type: 'date',
        admin: { position: 'sidebar', readOnly: true },
        label: { en: 'Audience frozen at', fr: 'Audience figée le' },
      },
      {
        name: 'sentAt',
        type: 'date',
        admin: { position: 'sidebar', readOnly: true },
        label: { en: 'Sent at', fr: 'Envoyée le' },
      },
      {
        name: 'counts',
        type: 'group',
        admin: { position: 'sidebar' },
        fields: [
          counter('audience', { en: 'Audience', fr: 'Audience' }),
          counter('sent', { en: 'Sent', fr: 'Envoyés' }),
          counter('failed', { en: 'Failed', fr: 'Échecs' }),
        ],
        label: { en: 'Counts', fr: 'Compteurs' },
      },
    ],
    labels: {
      plural: { en: 'Newsletter issues', fr: 'Éditions de la newsletter' },
      singular: { en: 'Newsletter issue', fr: 'Édition de la newsletter' },
    },
  }
}
