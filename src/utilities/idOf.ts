export type DocumentId = number | string

/** The id of a relationship value, whether it is populated (`{ id, … }`) or not (the id itself). */
export const idOf = (value: unknown): DocumentId | null =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: DocumentId }).id
    : ((value as DocumentId | null | undefined) ?? null)

/** The ids of a hasMany relationship value, populated or not. */
export const idsOf = (values: unknown): DocumentId[] =>
  Array.isArray(values) ? values.map(idOf).filter((id): id is DocumentId => id !== null) : []

/** True when two relationship values point at the same document (ids compared as strings). */
export const isSameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  return left !== null && String(left) === String(idOf(b))
}
