import type { Access, Where } from 'payload'

import { findOwnNetworkIds } from './findOwnNetworkIds.ts'
import { hasRole } from './hasRole.ts'

type ScopeArgs = {
  networksSlug: string
  usersSlug: string
  /**
   * `version.` when the Where constrains a versions collection (readVersions); `contentItem.` when it
   * constrains what is read through an item's relationship (its activity log follows the item).
   */
  pathPrefix?: '' | 'contentItem.' | 'version.'
}

/**
 * A referent's reach in the content library: the items of the networks they belong to and the items
 * they submitted themselves. Returns a `Where`, so lists, counts and relationships are filtered by
 * the database rather than refused.
 */
export const referentNetworkScope =
  ({ networksSlug, pathPrefix = '', usersSlug }: ScopeArgs): Access =>
  async ({ req }) => {
    if (!hasRole(req.user, 'referent', usersSlug) || !req.user) {
      return false
    }
    const networkIds = await findOwnNetworkIds(req, networksSlug)
    const own: Where = { [`${pathPrefix}submittedBy`]: { equals: req.user.id } }
    return networkIds.length
      ? { or: [{ [`${pathPrefix}network`]: { in: networkIds } }, own] }
      : own
  }
