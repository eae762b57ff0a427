import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { createServer } from 'node:http'

export type BenchHttpServer = {
  /** The API root, e.g. `http://127.0.0.1:41234/api`. */
  apiUrl: string
  close: () => Promise<void>
}

type RouteHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

const readBody = async (incoming: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> => {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) {
    chunks.push(chunk as Buffer)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

const toWebRequest = async (incoming: IncomingMessage, url: URL): Promise<Request> => {
  const headers = new Headers()
  for (let index = 0; index < incoming.rawHeaders.length; index += 2) {
    headers.append(incoming.rawHeaders[index]!, incoming.rawHeaders[index + 1]!)
  }
  const method = incoming.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD'
  return new Request(url, {
    body: hasBody ? await readBody(incoming) : undefined,
    headers,
    method,
  })
}

const writeWebResponse = async (response: Response, outgoing: ServerResponse) => {
  outgoing.statusCode = response.status
  response.headers.forEach((value, key) => {
    // Node computes the length of the buffered body itself; cookies must stay separate headers.
    if (key !== 'content-length' && key !== 'set-cookie' && key !== 'transfer-encoding') {
      outgoing.setHeader(key, value)
    }
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) {
    outgoing.setHeader('set-cookie', cookies)
  }
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}

/**
 * A plain node:http server on loopback in front of the route handlers the Next app mounts
 * (app/(payload)/api/[...slug] and api/graphql), so a benchmark pays for real sockets, HTTP parsing and
 * the same handler code, without Next's own server in the way.
 */
export const startHttpServer = async (config: SanitizedConfig): Promise<BenchHttpServer> => {
  const rest: Record<string, RouteHandler> = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    OPTIONS: REST_OPTIONS(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
    PUT: REST_PUT(config),
  }
  const graphql = GRAPHQL_POST(config)
  const apiPrefix = `${config.routes.api}/`
  const inFlight = new Set<Promise<void>>()
  let isClosing = false

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (isClosing) {
      outgoing.writeHead(503, { connection: 'close', 'content-type': 'application/json' })
      outgoing.end(JSON.stringify({ errors: [{ message: 'Server closing' }] }))
      return
    }
    try {
      const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? '127.0.0.1'}`)
      const method = incoming.method ?? 'GET'
      const handler = rest[method]
      if (!url.pathname.startsWith(apiPrefix) || !handler) {
        outgoing.writeHead(404, { 'content-type': 'application/json' })
        outgoing.end(JSON.stringify({ errors: [{ message: 'Not Found' }] }))
        return
      }
      const request = await toWebRequest(incoming, url)
      const slug = url.pathname.slice(apiPrefix.length).split('/').map(decodeURIComponent)
      const response =
        method === 'POST' && slug.length === 1 && slug[0] === 'graphql'
          ? await graphql(request)
          : await handler(request, { params: Promise.resolve({ slug }) })
      await writeWebResponse(response, outgoing)
    } catch (err) {
      console.error('[bench] request failed in the server', err)
      if (!outgoing.headersSent) {
        outgoing.writeHead(500, { 'content-type': 'application/json' })
      }
      outgoing.end(JSON.stringify({ errors: [{ message: 'Internal Server Error' }] }))
    }
  }
  const server = createServer((incoming, outgoing) => {
    const handling = handle(incoming, outgoing).finally(() => inFlight.delete(handling))
    inFlight.add(handling)
  })
  // Longer than the clients' keep-alive, so the server never closes a socket a client is about to reuse.
  server.keepAliveTimeout = 65_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    apiUrl: `http://127.0.0.1:${port}${config.routes.api}`,
    // Requests under way finish first (an interrupted run would otherwise log errors from handlers whose
    // database is being dropped); new ones are turned away.
    close: async () => {
      isClosing = true
      const closed = new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
      })
      await Promise.allSettled(inFlight)
      server.closeAllConnections()
      await closed
    },
  }
}
