import type { CollectionConfig } from 'payload'

import { accessOr, nobody } from '../../access/composeAccess.ts'
import { referentNetworkScope } from '../../access/referentNetworkScope.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { contentStages, stageLabels } from '../../workflow/stages.ts'
import { hiddenFromReferents } from '../../access/rolePredicates.ts'
import { adminGroup, type CollectionFactoryArgs } from '../types.ts'
import { dayAndTime } from '../../fields/dateAppearance.ts'

/**
 * The append-only activity log of the content library: one entry per stage change or overdue reminder, written by the
 * plugin's hooks in the same transaction as the change. Nobody can create, edit or delete an entry
 * through the API. A referent reads the log of exactly the items they can read: their access is the
 * item's own, followed through `contentItem`, whoever wrote the entry and wherever the item moved since.
 */
export const createContentActivitiesCollection = ({
  slugs,
  predicates: { isAdmin, isEditor },
}: CollectionFactoryArgs<'slugs'>): CollectionConfig => ({
  slug: slugs.contentActivities,
  access: {
    create: nobody,
    delete: nobody,
    read: accessOr(
      isAdmin,
      isEditor,
      referentNetworkScope({ networksSlug: slugs.referentNetworks, pathPrefix: 'contentItem.', usersSlug: slugs.users }),
    ),
    update: nobody,
  },
  admin: {
    defaultColumns: ['at', 'contentItem', 'kind', 'actor', 'fromStage', 'toStage', 'comment'],
    group: adminGroup,
    hidden: hiddenFromReferents(slugs.users),
    // A select would show its raw code as the title; the moment reads as the admin writes dates.
    useAsTitle: 'at',
  },
  defaultSort: '-at',
  fields: [
    {
      name: 'contentItem',
      type: 'relationship',
      index: true,
      label: { en: 'Content item', fr: 'Contenu' },
      relationTo: slugs.contentItems,
      required: true,
    },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'stage-change',
      index: true,
      label: { en: 'Kind', fr: 'Type' },
      options: [
        { label: { en: 'Stage change', fr: "Changement d'étape" }, value: 'stage-change' },
        { label: { en: 'Overdue reminder', fr: 'Relance de retard' }, value: 'reminder' },
      ],
      required: true,
    },
    { name: 'actor', type: 'relationship', label: { en: 'By', fr: 'Par' }, relationTo: slugs.users },
    {
      name: 'fromStage',
      type: 'select',
      label: { en: 'From', fr: 'De' },
      options: selectOptions(contentStages, stageLabels),
    },
    {
      name: 'toStage',
      type: 'select',
      label: { en: 'To', fr: 'Vers' },
      options: selectOptions(contentStages, stageLabels),
      required: true,
    },
    { name: 'comment', type: 'textarea', label: { en: 'Comment', fr: 'Commentaire' } },
    {
      name: 'at',
      type: 'date',
      admin: dayAndTime,
      index: true,
      label: { en: 'At', fr: 'Le' },
      required: true,
    },
    {
      name: 'notifiedUsers',
      type: 'relationship',
      admin: { description: { en: 'Emailed about this change.', fr: 'Prévenus par e-mail de ce changement.' } },
      hasMany: true,
      label: { en: 'Notified', fr: 'Prévenus' },
      relationTo: slugs.users,
    },
  ],
  labels: {
    plural: { en: 'Content activity', fr: 'Historique des contenus' },
    singular: { en: 'Activity entry', fr: 'Entrée d’historique' },
  },
})
