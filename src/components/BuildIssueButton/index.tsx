import type { BeforeListTableServerProps } from 'payload'

import { formatAdminURL } from 'payload/shared'

import { hasRole } from '../../access/hasRole.ts'
import { BuildIssueButtonClient } from './index.client.tsx'

export type BuildIssueButtonServerProps = {
  /** The editorial calendars the editor picks from. */
  calendarsSlug: string
  /** The auth collection whose `roles` decide who may build (admins and editors, as the endpoint). */
  usersSlug: string
}

/**
 * Above the newsletter issues list, for admins and editors: builds the next issue of a calendar (the
 * calendars the user may read, by name) with `POST /api/<newsletter-issues>/build`, then opens it.
 */
export const BuildIssueButton = async ({
  calendarsSlug,
  collectionSlug,
  payload,
  user,
  usersSlug,
}: BeforeListTableServerProps & BuildIssueButtonServerProps) => {
  if (!user || (!hasRole(user, 'admin', usersSlug) && !hasRole(user, 'editor', usersSlug))) {
    return null
  }
  const { docs } = await payload.find({
    collection: calendarsSlug,
    depth: 0,
    limit: 100,
    overrideAccess: false,
    pagination: false,
    select: { name: true },
    sort: 'name',
    user,
  })
  const { admin: adminRoute, api } = payload.config.routes
  return (
    <BuildIssueButtonClient
      calendars={docs.map((doc) => ({ label: String(doc.name ?? doc.id), value: String(doc.id) }))}
      collectionPath={formatAdminURL({ adminRoute, path: `/collections/${collectionSlug}` })}
      endpoint={`${payload.config.serverURL ?? ''}${api}/${collectionSlug}/build`}
    />
  )
}
