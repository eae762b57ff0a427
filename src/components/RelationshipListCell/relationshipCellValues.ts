/** The documents a relationship cell names, as `{ relationTo, value }` (a polymorphic value keeps its own collection). */
export const relationshipCellValues = (
  cellData: unknown,
  relationTo: string | string[] | undefined,
): { relationTo: string; value: number | string }[] => {
  const list = Array.isArray(cellData) ? cellData : cellData === null || cellData === undefined || cellData === '' ? [] : [cellData]
  return list.flatMap((cell: unknown) => {
    if (typeof cell === 'number' || typeof cell === 'string') {
      return typeof relationTo === 'string' ? [{ relationTo, value: cell }] : []
    }
    if (cell && typeof cell === 'object') {
      const { relationTo: slug, value } = cell as { relationTo?: unknown; value?: unknown }
      if (typeof slug === 'string' && (typeof value === 'number' || typeof value === 'string')) {
        return [{ relationTo: slug, value }]
      }
      const id = (cell as { id?: unknown }).id
      if (typeof relationTo === 'string' && (typeof id === 'number' || typeof id === 'string')) {
        return [{ relationTo, value: id }]
      }
    }
    return []
  })
}
