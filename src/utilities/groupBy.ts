/** Groups items by a key, keeping their order (Map.groupBy arrives only in Node 21). */
export const groupBy = <T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return groups
}
