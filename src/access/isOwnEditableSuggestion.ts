import type { Access, Where } from 'payload'

import { referentEditableStages } from '../workflow/stages.ts'
import { hasRole } from './hasRole.ts'


/** A referent's own suggestion, while it is still theirs to edit. */
export const isOwnEditableSuggestion =
  (usersSlug: string): Access =>
  ({ req }) => {
    if (!req.user || !hasRole(req.user, 'referent', usersSlug)) {
      return false
    }
    const own: Where = { submittedBy: { equals: req.user.id } }
    const editable: Where = { stage: { in: referentEditableStages } }
    return { and: [own, editable] }
  }
