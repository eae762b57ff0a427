import type { FlattenedField, PayloadRequest } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'

import { idTypeOf } from '../utilities/idOf.ts'
import { translate } from '../utilities/translate.ts'
import { findWrongTypedField, wrongTypeMessage } from '../validation/findWrongTypedField.ts'

/** A client's mistake, as Payload's error shape names it: status, field or parameter, message. */
export type InputErrorAnswer = { message: string; path: string; status: 400 | 404 }

/** How deep a JSON body may nest before it is refused (Lexical documents stay far below). */
export const maxBodyDepth = 100

type ErrorLike = { cause?: unknown; code?: unknown; detail?: unknown; message?: unknown; name?: unknown; status?: unknown }

const chainOf = (error: unknown): ErrorLike[] => {
  const chain: ErrorLike[] = []
  let current: unknown = error
  while (current && typeof current === 'object' && chain.length < 5) {
    chain.push(current as ErrorLike)
    const next = (current as ErrorLike).cause ?? (current as { originalError?: unknown }).originalError
    current = next === current ? undefined : next
  }
  return chain
}

/** The SQLSTATE of a PostgreSQL error anywhere in the chain (drizzle wraps pg's error as its cause). */
const sqlStateOf = (chain: ErrorLike[]) =>
  chain.map((error) => error.code).find((code): code is string => typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))

/** 22xxx: data exceptions (bad integer, date out of range, bad enum value…); 23503: a missing referenced row. */
const isInputSqlState = (state: string | undefined) => Boolean(state && (state.startsWith('22') || state === '23503'))

const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())

/** 23502 names the column left empty: `created_at` → `createdAt`. */
const fieldOfNotNull = (chain: ErrorLike[]) => {
  const column = chain.map((error) => (error as { column?: unknown }).column).find((value) => typeof value === 'string')
  return typeof column === 'string' ? camelCase(column) : undefined
}

/** `Key (image_id)=(9) is not present in table "media".` → `image`; rels tables name `themes_id`. */
const fieldOfForeignKey = (chain: ErrorLike[]) => {
  const detail = chain.map((error) => error.detail).find((value): value is string => typeof value === 'string')
  const column = detail?.match(/^Key \(([a-z0-9_]+)\)=/)?.[1]
  return column ? camelCase(column.replace(/_id$/, '')) : undefined
}

/** `page` and `limit`, with the smallest value each may take. */
export const countParameters = [
  ['page', 1],
  ['limit', 0],
] as const

/** A `page` or `limit` that is given but is not a whole number from `min` up. */
export const isBadCount = (value: unknown, min: number): boolean =>
  value !== undefined && value !== null && (!Number.isSafeInteger(Number(value)) || Number(value) < min)

/** The query parameter that cannot be right, in the order a reader checks them. */
const badQueryParameter = (query: Record<string, unknown>): string | undefined => {
  const where = query.where
  if (where !== undefined && (typeof where !== 'object' || where === null || Array.isArray(where))) return 'where'
  const badCount = countParameters.find(([name, min]) => isBadCount(query[name], min))
  if (badCount) return badCount[0]
  return where === undefined ? undefined : 'where'
}

const depthOf = (value: unknown, limit: number): number => {
  let depth = 0
  let level: unknown[] = [value]
  while (level.length && depth <= limit) {
    const next: unknown[] = []
    for (const item of level) {
      if (item && typeof item === 'object') next.push(...Object.values(item as object))
    }
    if (!next.length && !level.some((item) => item && typeof item === 'object')) break
    depth++
    level = next
  }
  return depth
}

/** A body that is not a JSON object, or nests deeper than `maxBodyDepth`. */
export const isBodyShapeWrong = (data: unknown) =>
  data !== undefined &&
  (data === null || typeof data !== 'object' || Array.isArray(data) || depthOf(data, maxBodyDepth) > maxBodyDepth)

const answer = (
  req: PayloadRequest | undefined,
  status: 400 | 404,
  path: string,
  key: AmbassadorsTranslationKey,
  vars: Record<string, number | string> = {},
): InputErrorAnswer => ({ message: translate(req, key, vars), path, status })

/**
 * Recognises an error caused by the request's input rather than by the server: a path ID that cannot
 * exist, a malformed query parameter, a body that is not a JSON object, a value of the wrong type for
 * a column, a relationship to a missing document. Returns the 4xx to answer, or undefined for a real
 * server error (which stays a 500).
 */
export const classifyInputError = ({
  error,
  fields,
  req,
}: {
  error: unknown
  fields?: FlattenedField[]
  req?: PayloadRequest
}): InputErrorAnswer | undefined => {
  const chain = chainOf(error)
  const state = sqlStateOf(chain)
  const messages = chain.map((item) => String(item.message ?? ''))
  const names = chain.map((item) => String(item.name ?? ''))
  const query = (req?.query ?? {}) as Record<string, unknown>
  const routeId = (req?.routeParams as Record<string, unknown> | undefined)?.id
  const data = req?.data
  const isWrite = req?.method === 'POST' || req?.method === 'PATCH'

  if (isWrite && isBodyShapeWrong(data) && (names.includes('TypeError') || names.includes('RangeError') || state)) {
    return answer(req, 400, 'body', 'plugin-ambassadors:inputBodyInvalid', { depth: maxBodyDepth })
  }
  if (names.includes('RangeError') && messages.some((message) => /call stack/i.test(message))) {
    return answer(req, 400, 'body', 'plugin-ambassadors:inputBodyInvalid', { depth: maxBodyDepth })
  }
  if (state === '23503') {
    const field = fieldOfForeignKey(chain) ?? 'id'
    return answer(req, 400, field, 'plugin-ambassadors:inputReferenceMissing')
  }
  if (state === '23502' && isWrite) {
    return answer(req, 400, fieldOfNotNull(chain) ?? 'body', 'plugin-ambassadors:inputValueInvalid')
  }
  if (isWrite && names.includes('SyntaxError')) {
    const isMultipart = /multipart\/form-data/.test(req?.headers?.get('content-type') ?? '')
    return answer(req, 400, isMultipart ? '_payload' : 'body', 'plugin-ambassadors:inputBodyInvalid', { depth: maxBodyDepth })
  }
  const badParameter = badQueryParameter(query)
  const isQueryShapeError =
    names.includes('SyntaxError') || messages.some((message) => /operators\[.*\] is not a function/.test(message))
  if (isQueryShapeError && badParameter) {
    return answer(req, 400, badParameter, 'plugin-ambassadors:inputParameterInvalid', { parameter: badParameter })
  }
  if (isWrite && data && typeof data === 'object' && fields && (isInputSqlState(state) || names.includes('TypeError'))) {
    const idType = (req ? idTypeOf(req) : 'number')
    const wrong = findWrongTypedField(fields, data as Record<string, unknown>, idType)
    if (wrong) return { message: wrongTypeMessage(req, wrong), path: wrong.path, status: 400 }
  }
  if (isInputSqlState(state) && typeof routeId === 'string' && !/^[1-9][0-9]{0,8}$/.test(routeId)) {
    return answer(req, 404, 'id', 'plugin-ambassadors:inputNotFound')
  }
  if (isInputSqlState(state) && badParameter) {
    return answer(req, 400, badParameter, 'plugin-ambassadors:inputParameterInvalid', { parameter: badParameter })
  }
  if (isInputSqlState(state) && query.where !== undefined) {
    return answer(req, 400, 'where', 'plugin-ambassadors:inputParameterInvalid', { parameter: 'where' })
  }
  if (isInputSqlState(state) && typeof routeId === 'string') {
    return answer(req, 404, 'id', 'plugin-ambassadors:inputNotFound')
  }
  if (isInputSqlState(state)) {
    return answer(req, 400, isWrite ? 'body' : 'id', 'plugin-ambassadors:inputValueInvalid')
  }
  if (messages.some((message) => /^Cannot find field for path at _verificationToken/.test(message))) {
    return answer(req, 404, 'token', 'plugin-ambassadors:inputNotFound')
  }
  // Payload scopes a filter through a join whose collection has a read `Where` into a `contains` the
  // Postgres adapter cannot build (3.90): the filter is refused rather than answered with a 500.
  if (query.where !== undefined && messages.some((message) => /^Cannot find field for path at /.test(message))) {
    return answer(req, 400, 'where', 'plugin-ambassadors:inputParameterInvalid', { parameter: 'where' })
  }
  return undefined
}
