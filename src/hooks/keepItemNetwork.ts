import type { FieldHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'

import { hasRole } from '../access/hasRole.ts'
import { isIdOf } from '../access/mayAccessDocument.ts'
import { idOf } from '../utilities/idOf.ts'
import { translate } from '../utilities/translate.ts'
import { isReviewerOf } from '../workflow/findReviewers.ts'

type Slugs = { referentNetworks: string; themes: string; users: string }

/**
 * The `network` field's guard, on every save (drafts too): moving an item between networks never
 * widens who may decide on it. A referent's item stays in one of their networks; an editor moves an item
 * only between networks they review and never clears it (an item without a network is open to every
 * editor); admins move freely. Writes without a user (the plugin's jobs, seeds) are trusted.
 */
export const keepItemNetwork =
  (slugs: Slugs): FieldHook =>
  async ({ collection, data, operation, originalDoc, previousValue, req, value }) => {
    const user = req.user
    if (!user || user.collection !== slugs.users || hasRole(user, 'admin', slugs.users)) {
      return value
    }
    const isChanged = operation === 'create' || String(idOf(value)) !== String(idOf(previousValue))
    const id = idOf(value)
    // An id that cannot exist is left to Payload's relationship validation (a 400 on `network`).
    if (!isChanged || (id !== null && !isIdOf(req, slugs.referentNetworks, id))) {
      return value
    }
    const fail = (key: AmbassadorsTranslationKey): never => {
      throw new ValidationError(
        { collection: collection?.slug, errors: [{ message: translate(req, key), path: 'network' }], req },
        req.t,
      )
    }
    const isEditor = hasRole(user, 'editor', slugs.users)
    if (!isEditor) {
      // Membership of a chosen network is checked by `scopeReferentSubmission`; clearing it is refused here.
      if (id === null) {
        fail('plugin-ambassadors:networkRequired')
      }
      return value
    }
    if (operation === 'create' || idOf(previousValue) === null) {
      // A new item, or a first network: that narrows who decides.
      return value
    }
    if (id === null) {
      fail('plugin-ambassadors:networkClearAdminsOnly')
    }
    const themes = data?.themes ?? originalDoc?.themes
    const isReviewerOfBoth =
      (await isReviewerOf({ networkId: previousValue, req, slugs, themes: originalDoc?.themes })) &&
      (await isReviewerOf({ networkId: value, req, slugs, themes }))
    if (!isReviewerOfBoth) {
      fail('plugin-ambassadors:networkMoveNotReviewer')
    }
    return value
  }
