import type { CollectionConfig } from 'payload'

import { accessOr } from '../../access/composeAccess.ts'
import { isOwnEditableSuggestion } from '../../access/isOwnEditableSuggestion.ts'
import { referentNetworkScope } from '../../access/referentNetworkScope.ts'
import { scopeReferentSubmission } from '../../hooks/scopeReferentSubmission.ts'
import { adminGroup, type CollectionFactoryArgs } from '../types.ts'
import { createContentItemFields } from './fields.ts'

export const createContentItemsCollection = ({
  options: { enabled, slugs },
  predicates: { isAdmin, isEditor, isReferent },
}: CollectionFactoryArgs): CollectionConfig => {
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
    hooks: enabled ? { beforeValidate: [scopeReferentSubmission(scope)] } : {},
    labels: {
      plural: { en: 'Content library', fr: 'Bibliothèque de contenus' },
      singular: { en: 'Content item', fr: 'Contenu' },
    },
    versions: { drafts: true, maxPerDoc: 50 },
  }
}
