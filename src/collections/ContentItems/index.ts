import type { CollectionConfig } from 'payload'

import { accessOr } from '../../access/composeAccess.ts'
import { isOwnEditableSuggestion } from '../../access/isOwnEditableSuggestion.ts'
import { referentNetworkScope } from '../../access/referentNetworkScope.ts'
import { deleteItemActivity } from '../../hooks/deleteItemActivity.ts'
import { enforceStageWorkflow } from '../../hooks/enforceStageWorkflow.ts'
import { queueStageNotification } from '../../hooks/queueStageNotification.ts'
import { recordStageActivity } from '../../hooks/recordStageActivity.ts'
import { routeSuggestionToEditors } from '../../hooks/routeSuggestionToEditors.ts'
import { scopeReferentSubmission } from '../../hooks/scopeReferentSubmission.ts'
import { adminGroup, type CollectionFactoryArgs } from '../types.ts'
import { createContentItemFields } from './fields.ts'

export const createContentItemsCollection = ({
  options,
  predicates: { isAdmin, isEditor, isReferent },
}: CollectionFactoryArgs): CollectionConfig => {
  const { enabled, jobsQueue, slugs } = options
  const canManage = accessOr(isAdmin, isEditor)
  const scope = { networksSlug: slugs.referentNetworks, usersSlug: slugs.users }
  return {
    slug: slugs.contentItems,
    access: {
      create: accessOr(canManage, isReferent),
      delete: canManage,
      read: accessOr(canManage, referentNetworkScope(scope)),
      readVersions: accessOr(canManage, referentNetworkScope({ ...scope, pathPrefix: 'version.' })),
      update: accessOr(canManage, isOwnEditableSuggestion(slugs.users)),
    },
    admin: {
      defaultColumns: ['title', 'stage', 'category', 'network', 'language', 'dueDate', 'updatedAt'],
      group: adminGroup,
      listSearchableFields: ['title', 'summary'],
      useAsTitle: 'title',
    },
    defaultSort: '-updatedAt',
    fields: createContentItemFields({ canManage, slugs }),
    hooks: {
      // Kept when disabled: without it an item with history could not be deleted.
      beforeDelete: [deleteItemActivity({ activitiesSlug: slugs.contentActivities })],
      ...(enabled
        ? {
            afterChange: [
              recordStageActivity({ activitiesSlug: slugs.contentActivities }),
              queueStageNotification({ jobsQueue }),
            ],
            beforeChange: [enforceStageWorkflow(options), routeSuggestionToEditors(options)],
            beforeValidate: [scopeReferentSubmission(scope)],
          }
        : {}),
    },
    labels: {
      plural: { en: 'Content library', fr: 'Bibliothèque de contenus' },
      singular: { en: 'Content item', fr: 'Contenu' },
    },
    versions: { drafts: true, maxPerDoc: 50 },
  }
}
