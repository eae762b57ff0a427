import type { CollectionBeforeChangeHook } from 'payload'

import { randomBytes } from 'node:crypto'

/** Gives every calendar a random, unguessable token for its iCal feed URL. */
export const generateFeedToken: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.feedToken || originalDoc?.feedToken) {
    return data
  }
  return { ...data, feedToken: randomBytes(24).toString('base64url') }
}
