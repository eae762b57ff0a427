import type { CandidateItem } from './selection.ts'

type Id = number | string

export const idOf = (value: unknown): Id | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? (value as { id: Id }).id : (value as Id)

/** A stored content item as selection reads it; `kindOf` gives a referent network's kind by ID. */
export const candidateOf = (doc: Record<string, unknown>, kindOf: (network: Id) => unknown): CandidateItem => {
  const network = idOf(doc.network)
  return {
    category: doc.category === 'relay' ? 'relay' : 'programme',
    freshness: Date.parse(String(doc.submittedAt ?? doc.updatedAt ?? 0)) || 0,
    id: doc.id as Id,
    language: String(doc.language ?? 'fr'),
    network,
    networkKind: (network === null ? null : (kindOf(network) ?? null)) as CandidateItem['networkKind'],
    themes: ((doc.themes as unknown[]) ?? []).map(idOf).filter((id): id is Id => id !== null),
  }
}
