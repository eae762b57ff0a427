import type { CollectionConfig } from 'payload'

import { deliveryStatuses } from '../../defaults.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { nobody } from '../../access/composeAccess.ts'
import { deliveryGroup, type CollectionFactoryArgs } from '../types.ts'
import { dayAndTime } from '../../fields/dateAppearance.ts'

// Every field is the sending jobs' own: refused to people even where the collection's access is widened.
const systemOnly = { create: () => false, update: () => false }

export const deliveryStatusLabels = {
  failed: { en: 'Failed', fr: 'Échec' },
  pending: { en: 'Pending', fr: 'En attente' },
  retry: { en: 'To retry', fr: 'À réessayer' },
  sending: { en: 'Sending', fr: "En cours d'envoi" },
  sent: { en: 'Sent', fr: 'Envoyé' },
  suppressed: { en: 'Suppressed', fr: 'Supprimé' },
  uncertain: { en: 'Uncertain', fr: 'Incertain' },
}

/**
 * One issue to one ambassador. The unique (issue, ambassador) index is what makes a send exactly-once
 * per recipient whatever the jobs queue does; rows are written by the sending jobs, not by hand.
 */
export const createNewsletterDeliveriesCollection = ({
  slugs,
  predicates: { isAdmin, isEditorOrAdmin },
}: CollectionFactoryArgs<'slugs'>): CollectionConfig => ({
  slug: slugs.newsletterDeliveries,
  // Written by the sending jobs only (Local API); an admin may delete rows (erasure requests).
  access: { create: nobody, delete: isAdmin, read: isEditorOrAdmin, update: nobody },
  admin: {
    defaultColumns: ['issue', 'ambassador', 'status', 'sentAt', 'attempts'],
    group: deliveryGroup,
  },
  fields: [
    {
      name: 'issue',
      type: 'relationship',
      access: systemOnly,
      index: true,
      label: { en: 'Issue', fr: 'Édition' },
      relationTo: slugs.newsletterIssues,
      required: true,
    },
    {
      name: 'ambassador',
      type: 'relationship',
      access: systemOnly,
      index: true,
      label: { en: 'Ambassador', fr: 'Ambassadeur' },
      relationTo: slugs.ambassadors,
      // Not required: a deleted ambassador's deliveries stay, anonymous, for the issues' counts.
    },
    {
      name: 'status',
      type: 'select',
      access: systemOnly,
      defaultValue: 'pending',
      index: true,
      label: { en: 'Status', fr: 'Statut' },
      options: selectOptions(deliveryStatuses, deliveryStatusLabels),
      required: true,
    },
    { name: 'messageId', type: 'text', access: systemOnly, label: { en: 'Message-ID', fr: 'Message-ID' } },
    { name: 'sentAt', type: 'date', access: systemOnly, admin: dayAndTime, index: true, label: { en: 'Sent at', fr: 'Envoyé le' } },
    {
      name: 'attempts',
      type: 'number',
      access: systemOnly,
      defaultValue: 0,
      label: { en: 'Attempts', fr: 'Tentatives' },
      min: 0,
    },
    { name: 'lastError', type: 'textarea', access: systemOnly, label: { en: 'Last error', fr: 'Dernière erreur' } },
    // The engine's bookkeeping (src/delivery/): which email, who holds the row, when it was handed over.
    { name: 'segment', type: 'text', access: systemOnly, admin: { hidden: true }, label: { en: 'Segment', fr: 'Segment' } },
    { name: 'leaseOwner', type: 'text', access: systemOnly, admin: { hidden: true }, label: { en: 'Held by', fr: 'Tenu par' } },
    { name: 'leaseUntil', type: 'date', access: systemOnly, admin: { hidden: true }, label: { en: 'Held until', fr: "Tenu jusqu'au" } },
    {
      name: 'handedOverAt',
      type: 'date',
      access: systemOnly,
      admin: { hidden: true },
      label: { en: 'Handed to the mail server at', fr: 'Remis au serveur de messagerie le' },
    },
    { name: 'retryAt', type: 'date', access: systemOnly, admin: { hidden: true }, index: true, label: { en: 'Retry at', fr: 'Nouvel essai le' } },
  ],
  indexes: [
    { fields: ['issue', 'ambassador'], unique: true },
    { fields: ['issue', 'status'] },
  ],
  labels: {
    plural: { en: 'Deliveries', fr: 'Envois' },
    singular: { en: 'Delivery', fr: 'Envoi' },
  },
})
