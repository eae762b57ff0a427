import type { BeforeListTableServerProps } from 'payload'

import { hasRole } from '../../access/hasRole.ts'
import { maxImportBytes } from '../../newsletter/import/limits.ts'
import { AmbassadorImportClient } from './index.client.tsx'

export type AmbassadorImportServerProps = {
  /** The auth collection whose `roles` decide who may import (admins and editors, as the endpoint). */
  usersSlug: string
}

/**
 * The CSV import panel above the ambassadors list, shown to admins and editors: the people the import
 * endpoint accepts. It posts the chosen file to `POST /api/<ambassadors>/import`.
 */
export const AmbassadorImport = ({
  collectionSlug,
  payload,
  user,
  usersSlug,
}: BeforeListTableServerProps & AmbassadorImportServerProps) => {
  if (!hasRole(user, 'admin', usersSlug) && !hasRole(user, 'editor', usersSlug)) {
    return null
  }
  const { api } = payload.config.routes
  return (
    <AmbassadorImportClient
      endpoint={`${payload.config.serverURL ?? ''}${api}/${collectionSlug}/import`}
      maxMegabytes={maxImportBytes / 1024 / 1024}
    />
  )
}
