import type { FieldAccess, PayloadRequest } from 'payload'

import type { EngagementContext } from '../types.ts'

/**
 * The channels through which an ambassador's choices (consent, status, frequency) are written: their own
 * pages, their mail client's one-click, and the plugin's import. Each of these code paths names itself in
 * the request context (`ambassadorsEngagementSource`), which no API caller can set.
 */
const ownChannels: readonly EngagementContext['ambassadorsEngagementSource'][] = ['email-link', 'one-click', 'import']

/** Whether the write under way is one of the plugin's own on the ambassador's behalf (see `ownChannels`). */
export const isOwnChoiceWrite = (req: Pick<PayloadRequest, 'context'>): boolean =>
  ownChannels.includes((req.context as EngagementContext | undefined)?.ambassadorsEngagementSource)

/**
 * Field access of what only the ambassador chooses: closed to every role through the APIs (and shown
 * read-only in the admin); the plugin's own writes pass, and so does the Local API with `overrideAccess`.
 */
export const ownChoiceAccess: FieldAccess = ({ req }) => isOwnChoiceWrite(req)
