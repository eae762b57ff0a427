import type { CollectionAfterChangeHook } from 'payload'

import type { EngagementContext } from '../types.ts'

type Source = NonNullable<EngagementContext['ambassadorsEngagementSource']>

const preferenceFields = ['frequency', 'language', 'themes'] as const

const ids = (value: unknown) =>
  (Array.isArray(value) ? value : [])
    .map((entry) => String(typeof entry === 'object' && entry !== null ? (entry as { id: unknown }).id : entry))
    .sort()

const valueOf = (doc: Record<string, unknown> | undefined, field: (typeof preferenceFields)[number]) =>
  field === 'themes' ? ids(doc?.themes) : (doc?.[field] ?? null)

/**
 * Every opt-in, preference change and opt-out of an ambassador, whoever makes it (the ambassador's own
 * pages, an editor, the API, an import), is appended to the engagement events in the same transaction,
 * with when, how (`ambassadorsEngagementSource` in the context, else `admin` for a signed-in user and
 * `api` otherwise) and what changed. A caller that writes its own event sets
 * `ambassadorsEngagementRecorded`.
 */
export const recordAmbassadorEngagement =
  (engagementEventsSlug: string): CollectionAfterChangeHook =>
  async ({ context, doc, operation, previousDoc, req }) => {
    const flags = context as EngagementContext
    if (flags.ambassadorsEngagementRecorded) {
      return doc
    }
    const source: Source = flags.ambassadorsEngagementSource ?? (req.user ? 'admin' : 'api')
    const events: { details?: Record<string, unknown>; type: string }[] = []
    const before = operation === 'create' ? undefined : (previousDoc as Record<string, unknown>)
    if (doc.status === 'active' && before?.status !== 'active') {
      events.push({ details: { status: [before?.status ?? null, 'active'] }, type: 'opt-in' })
    }
    if (doc.status === 'unsubscribed' && before && before.status !== 'unsubscribed') {
      events.push({ details: { status: [before.status, 'unsubscribed'] }, type: 'unsubscribe' })
    }
    if (before) {
      const changed = Object.fromEntries(
        preferenceFields
          .map((field) => [field, [valueOf(before, field), valueOf(doc, field)]] as const)
          .filter(([, [was, is]]) => JSON.stringify(was) !== JSON.stringify(is)),
      )
      if (Object.keys(changed).length > 0) {
        events.push({ details: changed, type: 'preferences-change' })
      }
    }
    for (const event of events) {
      await req.payload.create({
        collection: engagementEventsSlug,
        data: { ambassador: doc.id, at: new Date().toISOString(), details: event.details, source, type: event.type },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    return doc
  }
