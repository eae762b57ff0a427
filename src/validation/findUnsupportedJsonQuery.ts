import type { FlattenedField, Where } from 'payload'

/** A `where` condition PostgreSQL cannot run: the field's path as written and the operator. */
export type UnsupportedJsonQuery = { field: string; operator: string }

/** A collection's fields, by slug (relationships and joins are followed into their collection). */
export type FieldsOf = (slug: string) => FlattenedField[] | undefined

/**
 * What the Postgres adapter can ask of a `jsonb` column as a whole: no text search (`ilike` has no
 * `jsonb` form) and no geometry.
 */
const wholeFieldOperators = new Set([
  'equals',
  'exists',
  'greater_than',
  'greater_than_equal',
  'in',
  'less_than',
  'less_than_equal',
  'not_equals',
  'not_in',
])

/** What the adapter's JSON path query (`jsonb_path_exists`) can ask of a path inside one. */
const insideFieldOperators = new Set(['equals', 'exists', 'in', 'like', 'not_equals', 'not_in', 'not_like'])

const isScalar = (value: unknown) =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

/** The adapter writes a path query's value into its JSON path: one scalar, or a list of them for `in`. */
const isInsideValue = (operator: string, value: unknown) =>
  operator === 'exists' ||
  (operator === 'in' || operator === 'not_in' ? Array.isArray(value) && value.every(isScalar) : isScalar(value))

const isJsonStored = (field: FlattenedField) => field.type === 'json' || field.type === 'richText'

/** Most segments a path is followed through: Payload's own paths stay far below. */
const maxSegments = 12

/** The JSON field a where path lands in, and whether the path goes on inside it. */
const resolveJsonPath = (
  fields: FlattenedField[],
  segments: string[],
  fieldsOf: FieldsOf,
): undefined | { inside: boolean } => {
  let current: FlattenedField[] | undefined = fields
  for (let index = 0; index < segments.length && index < maxSegments && current; index++) {
    const segment = segments[index]!
    if (/^\d+$/.test(segment)) continue
    const field: FlattenedField | undefined = current.find((candidate) => 'name' in candidate && candidate.name === segment)
    if (!field) return undefined
    if (isJsonStored(field)) return { inside: index < segments.length - 1 }
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
      current = field.flattenedFields
    } else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      current = fieldsOf(field.relationTo)
    } else if (field.type === 'join' && typeof field.collection === 'string') {
      current = fieldsOf(field.collection)
    } else {
      return undefined
    }
  }
  return undefined
}

/**
 * The first condition of `where` on a JSON-stored field (json, rich text) with an operator or value the
 * Postgres adapter turns into invalid SQL (a 500): a text search on the whole column, `contains`,
 * comparisons and geometry inside it, an object where a scalar is expected. Bounded by the where's size.
 */
export const findUnsupportedJsonQuery = (
  fields: FlattenedField[],
  where: unknown,
  fieldsOf: FieldsOf,
): undefined | UnsupportedJsonQuery => {
  const pending: unknown[] = [where]
  while (pending.length) {
    const node = pending.pop()
    if (!node || typeof node !== 'object' || Array.isArray(node)) continue
    for (const [key, condition] of Object.entries(node as Where)) {
      if (key === 'and' || key === 'or') {
        if (Array.isArray(condition)) pending.push(...condition)
        continue
      }
      if (!condition || typeof condition !== 'object') continue
      const target = resolveJsonPath(fields, key.split('.'), fieldsOf)
      if (!target) continue
      for (const [operator, value] of Object.entries(condition)) {
        const isServed = target.inside
          ? insideFieldOperators.has(operator) && isInsideValue(operator, value)
          : wholeFieldOperators.has(operator) && (operator === 'exists' || isScalar(value) || Array.isArray(value))
        if (!isServed) return { field: key, operator }
      }
    }
  }
  return undefined
}
