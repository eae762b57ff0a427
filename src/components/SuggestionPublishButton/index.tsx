import type { ServerProps } from 'payload'

import { isOnlyReferent } from '../../access/hasRole.ts'
import { SuggestionPublishButtonClient } from './index.client.tsx'

export type SuggestionPublishButtonServerProps = { usersSlug: string }

/**
 * The content item's publish button. A referent's publish is no publication: it sends their suggestion
 * to its reviewers, or saves their revision of it, so the button says that. Editors and admins keep
 * Payload's own button and words.
 */
export const SuggestionPublishButton = ({ user, usersSlug }: ServerProps & SuggestionPublishButtonServerProps) => (
  <SuggestionPublishButtonClient isReferent={isOnlyReferent(user, usersSlug)} />
)
