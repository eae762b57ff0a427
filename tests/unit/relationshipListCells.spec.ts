import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { relationshipCellValues } from '../../src/components/RelationshipListCell/relationshipCellValues.ts'
import { withRelationshipListCells } from '../../src/fields/withRelationshipListCells.ts'

const cell = 'payload-plugin-ambassadors/client#RelationshipListCell'

describe('withRelationshipListCells', () => {
  it('should give the plugin’s relationship columns a cell without Payload’s "<No …>" placeholder, in rows too', () => {
    const fields: Field[] = [
      { name: 'network', type: 'relationship', relationTo: 'referent-networks' },
      { type: 'row', fields: [{ name: 'issue', type: 'relationship', relationTo: 'newsletter-issues' }] },
      { name: 'title', type: 'text' },
    ]
    const [network, row, title] = withRelationshipListCells(fields) as [Field, Field & { fields: Field[] }, Field]
    expect([network.admin?.components, (row.fields[0] as Field).admin?.components, title.admin]).toEqual([
      { Cell: cell },
      { Cell: cell },
      undefined,
    ])
  })

  it('should keep a cell a field names itself', () => {
    const own = { Cell: 'host#OwnCell' }
    const [field] = withRelationshipListCells([{ name: 'by', type: 'relationship', relationTo: 'users', admin: { components: own } }])
    expect(field!.admin?.components).toEqual(own)
  })
})

describe('relationshipCellValues', () => {
  it('should read an ID, several IDs, a populated document and a polymorphic value', () => {
    expect([
      relationshipCellValues(7, 'users'),
      relationshipCellValues([1, 2], 'themes'),
      relationshipCellValues({ id: 3, name: 'Lyon' }, 'referent-networks'),
      relationshipCellValues({ relationTo: 'media', value: 'a1' }, ['media', 'users']),
    ]).toEqual([
      [{ relationTo: 'users', value: 7 }],
      [
        { relationTo: 'themes', value: 1 },
        { relationTo: 'themes', value: 2 },
      ],
      [{ relationTo: 'referent-networks', value: 3 }],
      [{ relationTo: 'media', value: 'a1' }],
    ])
  })

  it('should read nothing in an empty cell', () => {
    expect([relationshipCellValues(null, 'users'), relationshipCellValues(undefined, 'users'), relationshipCellValues([], 'users')]).toEqual([[], [], []])
  })
})
