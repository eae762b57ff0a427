import type { SanitizedConfig } from 'payload'

import {
  REST_DELETE,
  REST_GET,
  REST_PATCH,
  REST_POST,
  GRAPHQL_POST,
} from '@payloadcms/next/routes'

export type ApiResponse<T = Record<string, unknown>> = { body: T; status: number }

type CallOptions = {
  body?: unknown
  headers?: Record<string, string>
  /** Accept-Language of the request (Payload picks the message language from it). */
  language?: 'en' | 'fr'
  token?: string
}

/**
 * Drives Payload's real REST and GraphQL route handlers (the ones the Next app mounts) with real
 * `Request` objects, as an HTTP client would, without a server process.
 */
export const createApiClient = (config: SanitizedConfig) => {
  const handlers = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
  }
  const graphql = GRAPHQL_POST(config)

  const headersFor = ({ body, headers, language = 'en', token }: CallOptions) => ({
    'accept-language': language,
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(token ? { authorization: `JWT ${token}` } : {}),
    ...headers,
  })

  const readBody = async (response: Response) => {
    const text = await response.text()
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }

  const rest = async <T = Record<string, any>>(
    method: keyof typeof handlers,
    path: string,
    options: CallOptions = {},
  ): Promise<ApiResponse<T>> => {
    const url = new URL(`http://localhost/api${path}`)
    const request = new Request(url, {
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
      headers: headersFor(options),
      method,
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    return { body: await readBody(response), status: response.status }
  }

  const gql = async <T = Record<string, any>>(
    query: string,
    options: Omit<CallOptions, 'body'> & { variables?: Record<string, unknown> } = {},
  ): Promise<ApiResponse<{ data?: T; errors?: { message: string; extensions?: any }[] }>> => {
    const body = { query, variables: options.variables ?? {} }
    const request = new Request('http://localhost/api/graphql', {
      body: JSON.stringify(body),
      headers: headersFor({ ...options, body }),
      method: 'POST',
    })
    const response = await graphql(request)
    return { body: await readBody(response), status: response.status }
  }

  return { gql, rest }
}

export type ApiClient = ReturnType<typeof createApiClient>
