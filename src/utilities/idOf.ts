import type { PayloadRequest } from 'payload'

export type DocumentId = number | string

/** Default PostgreSQL ids are `serial` integers: 1 to 2^31 - 1. */
const maxSerialId = 2_147_483_647

/** The database's id type: `text` for custom string ids, else `number`. */
export const idTypeOf = (req: Pick<PayloadRequest, 'payload'>): 'number' | 'text' =>
  req.payload.db.defaultIDType === 'text' ? 'text' : 'number'

/** A value that can be a document's ID: for PostgreSQL's default ids, an integer of the `serial` range. */
export const isIdLike = (value: unknown, idType: 'number' | 'text' = 'number'): boolean => {
  if (idType === 'text') return typeof value === 'string' ? value.length > 0 : Number.isSafeInteger(value)
  const number = typeof value === 'string' && /^[0-9]{1,10}$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= maxSerialId
}


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
