import { isDeepStrictEqual } from 'node:util'

import { idOf, idsOf } from '../utilities/idOf.ts'

const text = (value: unknown) => (value === undefined || value === null ? '' : value)
const id = (value: unknown) => (idOf(value) === null ? null : String(idOf(value)))
const ids = (value: unknown) => (Array.isArray(value) ? idsOf(value).map(String) : value ?? [])
const instant = (value: unknown) => {
  const time = typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : Number.NaN
  return Number.isNaN(time) ? (value ?? null) : time
}
const json = (value: unknown) => value ?? null
const versions = (value: unknown) =>
  (Array.isArray(value) ? value : []).map((row: { introduction?: unknown; language?: unknown; title?: unknown } | null) => ({
    introduction: text(row?.introduction),
    language: row?.language ?? null,
    title: text(row?.title),
  }))

/**
 * What the emails of an issue are made of, each with how a stored value and a sent one compare (ids as
 * strings, populated or not; dates as instants): fixed once its audience is frozen.
 */
const frozenFields = {
  title: text,
  calendar: id,
  scheduledAt: instant,
  introduction: text,
  translations: versions,
  contentItems: ids,
  segments: json,
  compiled: json,
}

/** Sending, paused or sent, or cancelled after its audience was frozen: emails were (or are being) made from it. */
export const isContentFrozen = (issue: { audienceFrozenAt?: unknown; status?: unknown } | undefined): boolean =>
  issue?.status === 'sending' ||
  issue?.status === 'paused' ||
  issue?.status === 'sent' ||
  (issue?.status === 'cancelled' && Boolean(issue.audienceFrozenAt))

/** The names of the fields fixed once the audience is frozen. */
export const frozenFieldNames: string[] = Object.keys(frozenFields)

/**
 * Whether `data` would change the frozen field `field` of `original`. A field absent from `data` is
 * unchanged: a save that repeats every value (as the admin form does) changes nothing.
 */
export const changesFrozenField = (field: string, data: Record<string, unknown>, original: Record<string, unknown>): boolean => {
  const compare = frozenFields[field as keyof typeof frozenFields]
  return Boolean(compare) && data[field] !== undefined && !isDeepStrictEqual(compare(data[field]), compare(original[field]))
}

/** The first frozen field that `data` would change on `original`, or undefined. */
export const firstFrozenChange = (data: Record<string, unknown>, original: Record<string, unknown>): string | undefined =>
  frozenFieldNames.find((field) => changesFrozenField(field, data, original))
