import type { CollectionConfig } from 'payload'

import { accessOr } from '../../access/composeAccess.ts'
import { isOwnEditableSuggestion } from '../../access/isOwnEditableSuggestion.ts'
import { referentNetworkScope } from '../../access/referentNetworkScope.ts'
import { deleteItemActivity } from '../../hooks/deleteItemActivity.ts'
import { enforceStageWorkflow, markDraftSave } from '../../hooks/enforceStageWorkflow.ts'
import { recordStageChange } from '../../hooks/recordStageChange.ts'
import { routeSuggestionToEditors } from '../../hooks/routeSuggestionToEditors.ts'
import { scopeReferentSubmission } from '../../hooks/scopeReferentSubmission.ts'
import { adminGroup, type CollectionFactoryArgs } from '../types.ts'
import { createMoveStageEndpoint } from './endpoints/moveStage.ts'
import { createContentItemFields } from './fields.ts'

export const createContentItemsCollection = ({
  enabled,
  holidayCountry,
  jobsQueue,
  predicates: { isEditorOrAdmin, isReferent },
  reviewServiceLevelDays,
  slugs,
  timeZone,
}: CollectionFactoryArgs<
  'enabled' | 'holidayCountry' | 'jobsQueue' | 'reviewServiceLevelDays' | 'slugs' | 'timeZone'
>): CollectionConfig => {
  const scope = { networksSlug: slugs.referentNetworks, usersSlug: slugs.users }
  return {
    slug: slugs.contentItems,
    access: {
      create: accessOr(isEditorOrAdmin, isReferent),
      delete: isEditorOrAdmin,
      read: accessOr(isEditorOrAdmin, referentNetworkScope(scope)),
      readVersions: accessOr(isEditorOrAdmin, referentNetworkScope({ ...scope, pathPrefix: 'version.' })),
      update: accessOr(isEditorOrAdmin, isOwnEditableSuggestion(slugs.users)),
    },
    admin: {
      defaultColumns: ['title', 'stage', 'category', 'network', 'language', 'dueDate', 'updatedAt'],
      group: adminGroup,
      listSearchableFields: ['title', 'summary'],
      // The item's status is its workflow stage, not Payload's draft/published pill; a referent's publish
      // button says it sends their suggestion.
      components: enabled
        ? {
            edit: {
              PublishButton: {
                path: 'payload-plugin-ambassadors/rsc#SuggestionPublishButton',
                serverProps: { usersSlug: slugs.users },
              },
              Status: 'payload-plugin-ambassadors/rsc#StageStatus',
            },
          }
        : undefined,
      useAsTitle: 'title',
    },
    defaultSort: '-updatedAt',
    endpoints: enabled
      ? [createMoveStageEndpoint({ contentItemsSlug: slugs.contentItems, usersSlug: slugs.users })]
      : [],
    fields: createContentItemFields({ canManage: isEditorOrAdmin, slugs }),
    hooks: {
      // Kept when disabled: without it an item with history could not be deleted.
      beforeDelete: [deleteItemActivity({ activitiesSlug: slugs.contentActivities })],
      ...(enabled
        ? {
            afterChange: [recordStageChange({ activitiesSlug: slugs.contentActivities, jobsQueue })],
            beforeOperation: [markDraftSave],
            beforeChange: [
              enforceStageWorkflow({ slugs }),
              routeSuggestionToEditors({ holidayCountry, reviewServiceLevelDays, slugs, timeZone }),
            ],
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
