import type { SanitizedConfig } from 'payload'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'

export type PageRequest = {
  /** A form body, sent `application/x-www-form-urlencoded` unless `contentType` says otherwise. */
  body?: string
  contentType?: string
  /** Extra headers, e.g. `sec-fetch-site`. */
  headers?: Record<string, string>
  method: 'GET' | 'HEAD' | 'POST'
  /** Under `/api`, with its query string. */
  path: string
}

export type PageResponse = { headers: Headers; status: number; text: string }

/**
 * Sends a browser's or a mail provider's request (a form post, a HEAD) to Payload's real REST route
 * handlers, and keeps the answer's headers. HEAD goes to the GET handler with its method kept, as Next
 * does for a route that exports no HEAD.
 */
export const createPageSender = (config: SanitizedConfig) => {
  const get = REST_GET(config)
  const post = REST_POST(config)
  return async ({ body, contentType, headers = {}, method, path }: PageRequest): Promise<PageResponse> => {
    const url = new URL(`http://localhost/api${path}`)
    const request = new Request(url, {
      body,
      headers: {
        ...(body === undefined ? {} : { 'content-type': contentType ?? 'application/x-www-form-urlencoded' }),
        ...headers,
      },
      method,
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    const response = await (method === 'POST' ? post : get)(request, { params: Promise.resolve({ slug }) })
    return { headers: response.headers, status: response.status, text: await response.text() }
  }
}

export type PageSender = ReturnType<typeof createPageSender>

/** The value of a hidden input of a page, by its name (the first one). */
export const hiddenField = (html: string, name: string): string | undefined =>
  new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`).exec(html)?.[1]

/** The `action` of each form of a page, in order. */
export const formActions = (html: string): string[] =>
  [...html.matchAll(/<form[^>]* action="([^"]*)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'))
