import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

export type RawMethod = 'DELETE' | 'GET' | 'PATCH' | 'POST'

export type RawRequest = {
  /** Sent as is: a string (any text, valid JSON or not) or a FormData (multipart). */
  body?: FormData | string
  /** Content-Type of a string body. @default 'application/json' */
  contentType?: string
  language?: 'en' | 'fr'
  method: RawMethod
  /** Under `/api`, with its query string, already encoded as a client would send it. */
  path: string
  token?: string
}

export type RawResponse = { body: unknown; status: number; text: string }

/**
 * Sends a request exactly as written (a body that is not JSON, a multipart form, an encoded path) to
 * Payload's real REST and GraphQL route handlers, as `createApiClient` does for well-formed calls.
 */
export const createRawSender = (config: SanitizedConfig) => {
  const rest = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
  }
  const graphql = GRAPHQL_POST(config)

  return async ({ body, contentType, language = 'en', method, path, token }: RawRequest): Promise<RawResponse> => {
    const url = new URL(`http://localhost/api${path}`)
    const headers: Record<string, string> = { 'accept-language': language }
    if (typeof body === 'string') headers['content-type'] = contentType ?? 'application/json'
    if (token) headers.authorization = `JWT ${token}`
    const request = new Request(url, { body, headers, method })
    const segments = url.pathname.replace(/^\/api\//, '').split('/')
    const slug = segments.map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
    const response =
      url.pathname === '/api/graphql' && method === 'POST'
        ? await graphql(request)
        : await rest[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {}
    return { body: parsed, status: response.status, text }
  }
}

export type RawSender = ReturnType<typeof createRawSender>
