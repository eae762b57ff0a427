import type { ServerProps } from 'payload'

import { StageStatusClient } from './index.client.tsx'

/**
 * Replaces Payload's draft/published pill in a content item's edit view: an item's status is its
 * workflow stage (read live from the form), with a note when it has changes not yet published.
 */
export const StageStatus = (_props: ServerProps) => <StageStatusClient />
