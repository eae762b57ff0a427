/**
 * The URL to put in an href, or null when it is not an absolute http(s) URL. Parsing with `URL` fails closed
 * on `javascript:`, `data:`, protocol-relative and malformed values, and the WHATWG parser drops the tabs and
 * newlines that hide a scheme (`java\tscript:`) before the protocol is checked.
 */
export const toSafeHref = (value: null | string | undefined): null | string => {
  if (!value) {
    return null
  }
  try {
    const url = new URL(value.trim())
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 ? url.href : null
  } catch {
    return null
  }
}
