import type { Payload } from 'payload'

/** Payload's snake_case of a slug (`newsletter-deliveries` → `newsletter_deliveries`), as drizzle names tables. */
const snakeCase = (slug: string) => slug.replace(/[-\s]+/g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()

/** The table of a collection, as the PostgreSQL adapter named it, quoted for SQL. */
export const tableOf = (payload: Payload, slug: string): string => {
  const map = (payload.db as unknown as { tableNameMap?: Map<string, string> }).tableNameMap
  const name = map?.get(snakeCase(slug)) ?? snakeCase(slug)
  return `"${name.replace(/"/g, '""')}"`
}
