import type { Field } from 'payload'

const cell = 'payload-plugin-ambassadors/client#RelationshipListCell'

/**
 * The plugin's relationship fields shown in list columns with `RelationshipListCell` ("…" while loading,
 * "—" when empty) instead of Payload's "<No …>" placeholder. A field that names its own cell keeps it; only
 * fields a list can show as a column are reached (top level, in rows, collapsibles and unnamed tabs).
 */
type WithAdmin = { admin?: { components?: object } }

const withCell = <F extends WithAdmin>(field: F): F =>
  ({ ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: cell } } }) as F

export const withRelationshipListCells = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'relationship' && !field.admin?.components?.Cell) {
      return withCell(field)
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: withRelationshipListCells(field.fields) }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ('name' in tab && tab.name ? tab : { ...tab, fields: withRelationshipListCells(tab.fields) })),
      }
    }
    return field
  })
