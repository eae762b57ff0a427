/** How many ambassadors one search answers: a short list to pick from, never the whole programme. */
export const ambassadorSearchLimit = 8

/** Words of a search, at most four: each must be found in the first name, the last name or the email. */
const wordsOf = (query: string) => query.trim().split(/\s+/).filter(Boolean).slice(0, 4)

/**
 * The ambassadors collection's REST URL for one search: active ambassadors whose first name, last name or
 * email holds every word typed, in name order, one short page with only what the picker shows. The server
 * searches, with the editor's own access.
 */
export const ambassadorSearchUrl = (collectionUrl: string, query: string): string => {
  const params = new URLSearchParams({
    depth: '0',
    limit: String(ambassadorSearchLimit),
    'select[email]': 'true',
    'select[firstName]': 'true',
    'select[lastName]': 'true',
    sort: 'lastName,firstName',
    'where[and][0][status][equals]': 'active',
  })
  wordsOf(query).forEach((word, index) => {
    ;['firstName', 'lastName', 'email'].forEach((field, alternative) => {
      params.set(`where[and][${index + 1}][or][${alternative}][${field}][like]`, word)
    })
  })
  return `${collectionUrl}?${params.toString()}`
}
