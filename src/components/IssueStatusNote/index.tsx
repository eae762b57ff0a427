import type { SelectFieldDescriptionServerComponent } from 'payload'

import { FieldDescription } from '@payloadcms/ui'

import type { AmbassadorsTranslationKey } from '../../translations/index.ts'

import { isContentFrozen } from '../../delivery/frozenContent.ts'

/** Why a status the plugin owns cannot be chosen, by status; draft and scheduled are the editor's. */
const noteOf = (issue: { audienceFrozenAt?: unknown; status?: unknown }): AmbassadorsTranslationKey | undefined => {
  if (isContentFrozen(issue)) return 'plugin-ambassadors:issueStatusOwnedBySend'
  if (issue.status === 'skipped') return 'plugin-ambassadors:issueStatusOwnedBySkip'
  if (issue.status === 'cancelled') return 'plugin-ambassadors:issueStatusOwnedByCancel'
  return undefined
}

/**
 * Under an issue's status, once the status is the plugin's own (sending, paused, sent, skipped,
 * cancelled): one plain sentence saying why the select offers nothing and the issue reads as it does.
 */
export const IssueStatusNote: SelectFieldDescriptionServerComponent = ({ data, i18n, path }) => {
  const key = noteOf(data ?? {})
  if (!key) {
    return null
  }
  return (
    <FieldDescription
      className="issue-status-note"
      description={(i18n.t as (key: string) => string)(key)}
      path={path}
    />
  )
}
