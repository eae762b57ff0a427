import type { FlattenedField } from 'payload'

import { describe, expect, it } from 'vitest'

import { findUnsupportedJsonQuery } from '../../src/validation/findUnsupportedJsonQuery.ts'

const issueFields = [
  { name: 'title', type: 'text' },
  { name: 'segments', type: 'json' },
] as FlattenedField[]

const eventFields = [
  { name: 'details', type: 'json' },
  { name: 'issue', type: 'relationship', relationTo: 'newsletter-issues' },
  { name: 'meta', type: 'group', flattenedFields: [{ name: 'extra', type: 'json' }] },
] as FlattenedField[]

const fieldsOf = (slug: string) => (slug === 'newsletter-issues' ? issueFields : undefined)

const find = (where: unknown) => findUnsupportedJsonQuery(eventFields, where, fieldsOf)

describe('findUnsupportedJsonQuery', () => {
  it.each(['like', 'not_like', 'contains', 'within', 'near', 'all'])('should refuse %s on a whole JSON field', (operator) => {
    expect(find({ details: { [operator]: 'x' } })).toEqual({ field: 'details', operator })
  })

  it.each(['equals', 'not_equals', 'exists', 'in'])('should let %s on a whole JSON field through', (operator) => {
    expect(find({ details: { [operator]: operator === 'in' ? ['x'] : 'x' } })).toBeUndefined()
  })

  it('should refuse an object compared with a whole JSON field', () => {
    expect(find({ details: { equals: { a: [1] } } })).toEqual({ field: 'details', operator: 'equals' })
  })

  it.each([
    ['like', 'x', undefined],
    ['equals', 1, undefined],
    ['in', ['a', 'b'], undefined],
    ['in', 'a', 'in'],
    ['contains', 'x', 'contains'],
    ['greater_than', 'x', 'greater_than'],
    ['equals', { b: 1 }, 'equals'],
  ])('should judge %s %j inside a JSON field', (operator, value, refused) => {
    expect(find({ 'details.a': { [operator]: value } })).toEqual(refused ? { field: 'details.a', operator: refused } : undefined)
  })

  it('should find a condition nested in and/or, through a group and a relationship', () => {
    expect(find({ or: [{ and: [{ 'meta.extra': { equals: 'x' } }, { 'issue.segments': { like: 'x' } }] }] })).toEqual({
      field: 'issue.segments',
      operator: 'like',
    })
  })

  it('should ignore fields that are not JSON and paths it cannot follow', () => {
    expect(find({ 'issue.title': { like: 'x' }, nope: { like: 'x' }, 'details2.a': { near: 'x' } })).toBeUndefined()
  })
})
