/** The origins a page's own form posts may come from: the server's public origin, and the one the request reached. */
export const ownOrigins = (serverURL: string | undefined, requestUrl: string | undefined): string[] =>
  [serverURL, requestUrl].flatMap((url) => {
    try {
      return url ? [new URL(url).origin] : []
    } catch {
      return []
    }
  })

/**
 * Whether a POST comes from another site, as the browser says: `Sec-Fetch-Site` when present must be
 * `same-origin` (or `none`, typed by the user); `Origin` when present must be one of `origins` (an opaque
 * `null` origin is foreign). A request with neither (an old browser, a script) is judged by its form token.
 */
export const isForeignPost = (headers: Pick<Headers, 'get'>, origins: readonly string[]): boolean => {
  const site = headers.get('sec-fetch-site')
  if (site !== null && site !== 'same-origin' && site !== 'none') {
    return true
  }
  const origin = headers.get('origin')
  return origin !== null && !origins.includes(origin)
}
