import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'

import { findOwnNetworkIds } from '../access/findOwnNetworkIds.ts'
import { hasRole } from '../access/hasRole.ts'
import { translate } from '../utilities/translate.ts'
import { idOf } from '../utilities/idOf.ts'

/**
 * Keeps a referent inside their networks: a new item by a referent is a suggestion they submitted, tied
 * to one of their networks (the only one, or the one they chose). Editors and admins are stamped as
 * submitter when they leave it empty.
 */
export const scopeReferentSubmission =
  ({ networksSlug, usersSlug }: { networksSlug: string; usersSlug: string }): CollectionBeforeValidateHook =>
  async ({ collection, data, operation, req }) => {
    const user = req.user
    if (!data || !user || user.collection !== usersSlug) {
      return data
    }
    const isEditorOrAdmin = hasRole(user, 'admin', usersSlug) || hasRole(user, 'editor', usersSlug)
    if (isEditorOrAdmin || !hasRole(user, 'referent', usersSlug)) {
      return operation === 'create' ? { ...data, submittedBy: data.submittedBy ?? user.id } : data
    }
    const fail = (key: AmbassadorsTranslationKey): never => {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ message: translate(req, key), path: 'network' }],
        req,
      }, req.t)
    }
    const ownNetworkIds = (await findOwnNetworkIds(req, networksSlug)).map(String)
    const chosen = idOf(data.network)
    if (chosen !== null && !ownNetworkIds.includes(String(chosen))) {
      fail('plugin-ambassadors:networkNotMember')
    }
    if (operation !== 'create') {
      return data
    }
    if (chosen === null && ownNetworkIds.length === 0) {
      fail('plugin-ambassadors:networkNone')
    }
    if (chosen === null && ownNetworkIds.length > 1) {
      fail('plugin-ambassadors:networkChoose')
    }
    const [onlyNetwork] = await findOwnNetworkIds(req, networksSlug)
    return {
      ...data,
      assignee: null,
      network: chosen ?? onlyNetwork,
      stage: 'suggested',
      submittedBy: user.id,
    }
  }
