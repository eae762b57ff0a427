import type { UIFieldServerComponent } from 'payload'

import { hasRole } from '../../access/hasRole.ts'
import { toLanguage } from '../../translations/index.ts'
import { SendProgressClient } from './index.client.tsx'

export type SendProgressServerProps = {
  /** Each issue status's name in English and French, as the status select shows it. */
  statusLabels: Record<string, { en: string; fr: string }>
  /** The auth collection whose `roles` decide who may send (admins and editors, as the endpoints). */
  usersSlug: string
}

/**
 * The sending panel, in its edit view (not on the create view: nothing can be sent yet), for
 * admins and editors: the actions the status allows and the live progress, read by the client
 * from the issue's `send`, `pause`, `resume`, `cancel`, `retry-uncertain` and `progress` endpoints.
 */
export const SendProgress: UIFieldServerComponent = (props) => {
  const { collectionSlug, data, i18n, id, payload, req } = props
  const { statusLabels, usersSlug } = props as unknown as SendProgressServerProps
  if (!id || !(hasRole(req.user, 'admin', usersSlug) || hasRole(req.user, 'editor', usersSlug))) {
    return null
  }
  const language = toLanguage(i18n.language)
  const { api } = payload.config.routes
  return (
    <SendProgressClient
      endpoint={`${payload.config.serverURL ?? ''}${api}/${collectionSlug}/${encodeURIComponent(String(id))}`}
      pauseReason={typeof data?.pauseReason === 'string' ? data.pauseReason : ''}
      status={typeof data?.status === 'string' ? data.status : 'draft'}
      statusLabels={Object.fromEntries(Object.entries(statusLabels).map(([status, label]) => [status, label[language]]))}
    />
  )
}
