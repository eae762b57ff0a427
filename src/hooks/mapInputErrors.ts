import type { AfterErrorHook } from 'payload'

import { classifyInputError } from '../errors/classifyInputError.ts'
import { translate } from '../utilities/translate.ts'

type ErrorEntry = { data?: Record<string, unknown>; field?: string; message?: string; name?: string; path?: string }

/** The field a Payload 4xx names in its `data` (ValidationError, QueryError, the plugin's APIErrors). */
const pathInData = (data: unknown, errorName: string): string | undefined => {
  if (errorName === 'MissingFile' || errorName === 'FileUploadError') return 'file'
  const list = Array.isArray(data) ? data : (data as { errors?: unknown } | undefined)?.errors
  const first = Array.isArray(list) ? (list[0] as { field?: unknown; path?: unknown } | undefined) : undefined
  const path = first?.path ?? first?.field
  return typeof path === 'string' ? path : undefined
}

/**
 * Root `afterError` hook: an error the request's input caused (a path ID that cannot exist, a malformed
 * `where`, `page` or `limit`, a body that is not a JSON object, a value PostgreSQL refuses, a reference to a
 * missing document) answers 400 or 404 in Payload's error shape, naming the field or parameter in the
 * user's language, instead of a 500. Payload's own 4xx gain `errors[i].path` from their data. Real
 * server errors are left as they are.
 */
export const mapInputErrors: AfterErrorHook = ({ collection, error, graphqlResult, req, result }) => {
  const source = (error as { originalError?: unknown }).originalError ?? error
  const status = Number((source as { status?: unknown }).status) || 500
  // Payload routes `/versions/:id` for every collection; without versions the adapter has no table to query.
  const isVersionOfUnversioned =
    Boolean(collection && !collection.versions) && /\/versions(\/|$)/.test(new URL(req.url ?? 'http://x').pathname)
  const classified =
    status < 500
      ? undefined
      : isVersionOfUnversioned
        ? { message: translate(req, 'plugin-ambassadors:inputNotFound'), path: 'id', status: 404 as const }
        : classifyInputError({ error: source, fields: collection?.flattenedFields, req })

  if (graphqlResult) {
    if (!classified) return
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: {
          ...graphqlResult.extensions,
          data: { errors: [{ message: classified.message, path: classified.path }] },
          name: 'ValidationError',
          statusCode: classified.status,
        },
        message: classified.message,
      },
    }
  }
  if (classified) {
    return {
      response: { errors: [{ message: classified.message, path: classified.path }] },
      status: classified.status,
    }
  }
  if (status >= 500 || !result) return
  const errorName = String((source as { name?: unknown }).name ?? '')
  return {
    response: {
      ...result,
      errors: (result.errors as ErrorEntry[]).map((entry) =>
        entry.path === undefined && pathInData(entry.data, errorName)
          ? { ...entry, path: pathInData(entry.data, errorName) }
          : entry,
      ),
    },
  }
}
