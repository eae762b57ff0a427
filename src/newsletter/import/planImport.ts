import type { DocumentId } from '../../utilities/idOf.ts'
import type { ColumnMap } from './columns.ts'
import type { AmbassadorImportData, ImportIssue, StoredAmbassador, ValidRow } from './types.ts'

import { idOf, idsOf } from '../../utilities/idOf.ts'

export type RowPlan =
  | { action: 'create'; data: AmbassadorImportData; email: string; row: number }
  | { action: 'unchanged'; id: DocumentId; row: number }
  | { action: 'update'; data: AmbassadorImportData; id: DocumentId; row: number }

const sameIdSet = (stored: unknown, wanted: DocumentId[]) => {
  const [a, b] = [new Set(idsOf(stored).map(String)), new Set(wanted.map(String))]
  return a.size === b.size && [...a].every((id) => b.has(id))
}

const isSame = (field: keyof AmbassadorImportData, stored: unknown, wanted: AmbassadorImportData[typeof field]) => {
  if (field === 'themes') return sameIdSet(stored, wanted as DocumentId[])
  if (field === 'regionNetwork' || field === 'businessLineNetwork') return String(idOf(stored)) === String(wanted)
  return stored === wanted
}

/**
 * What each valid row does: create an ambassador not stored yet, update only the fields that differ
 * from the stored one, or nothing. So importing the same file twice changes nothing the second time.
 * An import never subscribes again someone who unsubscribed: their status is kept, with a warning.
 */
export const planImport = (
  rows: ValidRow[],
  storedByEmail: Map<string, StoredAmbassador>,
  columns: ColumnMap,
): { plans: RowPlan[]; warnings: ImportIssue[] } => {
  const warnings: ImportIssue[] = []
  const plans = rows.map(({ data, email, row }): RowPlan => {
    const stored = storedByEmail.get(email)
    if (!stored) return { action: 'create', data, email, row }
    const wanted = { ...data }
    if (stored.status === 'unsubscribed' && wanted.status !== undefined && wanted.status !== 'unsubscribed') {
      delete wanted.status
      const column = columns.get('status')?.column
      warnings.push({ ...(column ? { column } : {}), field: 'status', key: 'plugin-ambassadors:importUnsubscribedKept', row })
    }
    const changed = Object.fromEntries(
      Object.entries(wanted).filter(([field, value]) =>
        !isSame(field as keyof AmbassadorImportData, stored[field as keyof AmbassadorImportData], value),
      ),
    ) as AmbassadorImportData
    return Object.keys(changed).length === 0
      ? { action: 'unchanged', id: stored.id, row }
      : { action: 'update', data: changed, id: stored.id, row }
  })
  return { plans, warnings }
}
