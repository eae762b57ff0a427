import type { FlattenedField, PayloadRequest } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'

import { isIdLike } from '../utilities/idOf.ts'
import { translate } from '../utilities/translate.ts'

export type WrongTypedField = {
  message: { key: AmbassadorsTranslationKey; vars: Record<string, string> }
  path: string
}

const maxRichTextDepth = 60

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

const isRelationValue = (field: FlattenedField & { type: 'relationship' | 'upload' }, value: unknown, idType: 'number' | 'text') => {
  if (Array.isArray(field.relationTo)) {
    return isPlainObject(value) && typeof value.relationTo === 'string' && field.relationTo.includes(value.relationTo) &&
      (isIdLike(value.value, idType) || (isPlainObject(value.value) && isIdLike(value.value.id, idType)))
  }
  return isIdLike(value, idType) || (isPlainObject(value) && isIdLike(value.id, idType))
}

const isDateValue = (value: unknown) => {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN
  if (!Number.isFinite(time)) return false
  const year = new Date(time).getUTCFullYear()
  return year >= 1 && year <= 9999
}

const isLexicalNode = (node: unknown, depth: number): boolean =>
  isPlainObject(node) &&
  depth < maxRichTextDepth &&
  (node.children === undefined ||
    (Array.isArray(node.children) && node.children.every((child) => isLexicalNode(child, depth + 1))))

/** A Lexical document: `{ root: { children: [...] } }`, every node an object whose children is a list. */
export const isRichTextValue = (value: unknown) =>
  isPlainObject(value) && isPlainObject(value.root) && Array.isArray(value.root.children) && isLexicalNode(value.root, 0)

/** "This field expects text.", in the request's language. */
export const wrongTypeMessage = (req: PayloadRequest | undefined, found: WrongTypedField) =>
  translate(req, found.message.key, {
    expected: translate(req, found.message.vars.expected as AmbassadorsTranslationKey),
  })

const wrong = (path: string, expected: AmbassadorsTranslationKey): WrongTypedField => ({
  message: { key: 'plugin-ambassadors:inputWrongType', vars: { expected } },
  path,
})

const everyOrNull = (value: unknown, check: (item: unknown) => boolean) =>
  value === null || (Array.isArray(value) && value.every(check))

/**
 * The first field of `data` whose value has a type the field cannot hold (text given as an array, an
 * ID that cannot exist, a date outside years 1-9999, a body that is not a Lexical document), with the
 * translation key naming what it expects. Runs before any validator or hook reads the values, so they
 * may trust the types. Fields absent from `data` are skipped (a partial update).
 */
export const findWrongTypedField = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  idType: 'number' | 'text' = 'number',
  prefix = '',
): undefined | WrongTypedField => {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value === null && (field.name === 'createdAt' || field.name === 'updatedAt')) {
      return wrong(path, 'plugin-ambassadors:inputTypeDate')
    }
    if (value === undefined || (value === null && field.type !== 'array' && field.type !== 'blocks')) continue
    const hasMany = 'hasMany' in field && field.hasMany === true
    switch (field.type) {
      case 'code':
      case 'email':
      case 'text':
      case 'textarea':
        if (hasMany ? !everyOrNull(value, (item) => typeof item === 'string') : typeof value !== 'string') {
          return wrong(path, hasMany ? 'plugin-ambassadors:inputTypeValues' : 'plugin-ambassadors:inputTypeText')
        }
        break
      case 'radio':
      case 'select':
        if (hasMany ? !everyOrNull(value, (item) => typeof item === 'string') : typeof value !== 'string') {
          return wrong(path, hasMany ? 'plugin-ambassadors:inputTypeValues' : 'plugin-ambassadors:inputTypeText')
        }
        break
      case 'number':
        if (
          hasMany
            ? !everyOrNull(value, (item) => typeof item === 'number' && Number.isFinite(item))
            : typeof value !== 'number' || !Number.isFinite(value)
        ) {
          return wrong(path, 'plugin-ambassadors:inputTypeNumber')
        }
        break
      case 'date':
        if (!isDateValue(value)) return wrong(path, 'plugin-ambassadors:inputTypeDate')
        break
      case 'relationship':
      case 'upload':
        if (hasMany ? !everyOrNull(value, (item) => isRelationValue(field, item, idType)) : !isRelationValue(field, value, idType)) {
          return wrong(path, hasMany ? 'plugin-ambassadors:inputTypeIds' : 'plugin-ambassadors:inputTypeId')
        }
        break
      case 'richText':
        if (!isRichTextValue(value)) return wrong(path, 'plugin-ambassadors:inputTypeRichText')
        break
      case 'group':
        if (!isPlainObject(value)) return wrong(path, 'plugin-ambassadors:inputTypeObject')
        {
          const nested = findWrongTypedField(field.flattenedFields, value, idType, `${path}.`)
          if (nested) return nested
        }
        break
      case 'array':
      case 'blocks':
        // The admin's form sends an empty list as its row count, 0.
        if (value === null || value === 0) break
        if (!Array.isArray(value) || !value.every(isPlainObject)) return wrong(path, 'plugin-ambassadors:inputTypeRows')
        if (field.type === 'array') {
          for (const [index, row] of (value as Record<string, unknown>[]).entries()) {
            const nested = findWrongTypedField(field.flattenedFields, row, idType, `${path}.${index}.`)
            if (nested) return nested
          }
        }
        break
      default:
        break
    }
  }
  return undefined
}

/** For a custom text validator: the wrong-type message when `value` is neither text nor empty. */
export const textTypeError = (value: unknown, req: PayloadRequest | undefined): string | undefined =>
  value === null || value === undefined || typeof value === 'string'
    ? undefined
    : wrongTypeMessage(req, wrong('', 'plugin-ambassadors:inputTypeText'))
