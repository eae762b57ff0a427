import type { FieldAccess } from 'payload'

type Doc = Record<string, unknown>

/**
 * A field's update access that reads as "locked" while `isLocked(doc)` holds: the admin then shows the
 * field read-only. A write that would change the locked field is let through to the hook or validation
 * that refuses it with its reason (a 409 or a 400 naming the field): a denied field access would drop
 * the value silently and answer 200.
 */
export const lockedFieldAccess =
  (isLocked: (doc: Doc) => boolean, changes: (data: Doc, doc: Doc) => boolean): FieldAccess =>
  ({ data, doc }) => {
    const stored = (doc ?? {}) as Doc
    return !isLocked(stored) || changes((data ?? {}) as Doc, stored)
  }
