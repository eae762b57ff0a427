import type { CollectionBeforeChangeHook } from 'payload'

import { newFeedToken } from '../calendar/feedToken.ts'

/** Gives every calendar a random, unguessable token for its iCal feed URL. */
export const generateFeedToken: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.feedToken || originalDoc?.feedToken) {
    return data
  }
  return { ...data, feedToken: newFeedToken() }
}
