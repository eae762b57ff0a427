export type SendJsonOptions = {
  body?: unknown
  /** The only status accepted; any other answer throws with the response body. */
  expectStatus: number
  method: 'DELETE' | 'GET' | 'PATCH' | 'POST'
  token?: string
  url: string
}

/**
 * One JSON request over HTTP (Node's fetch: undici, keep-alive sockets shared per origin), read to the
 * end. A benchmark that silently measures errors measures nothing, so a wrong status throws.
 */
export const sendJson = async ({ body, expectStatus, method, token, url }: SendJsonOptions) => {
  const response = await fetch(url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      'accept-language': 'fr',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method,
  })
  const text = await response.text()
  if (response.status !== expectStatus) {
    throw new Error(
      `${method} ${url} answered ${response.status}, expected ${expectStatus}: ${text.slice(0, 500)}`,
    )
  }
  return text
}
