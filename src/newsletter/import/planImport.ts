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
 * An import never subscribes again someone who unsubscribed: their status is kept, with a warning. A new
 * ambassador without a status gets the collection's default ("pending"): the report says so, row by row
 * when the status column is there, once (with the count) when the file has none.
 */
export const planImport = (
  rows: ValidRow[],
  storedByEmail: Map<string, StoredAmbassador>,
  columns: ColumnMap,
): { plans: RowPlan[]; warnings: ImportIssue[] } => {
  const warnings: ImportIssue[] = []
  const statusColumn = columns.get('status')?.column
  let createdWithoutStatus = 0
  const plans = rows.map(({ data, email, row }): RowPlan => {
    const stored = storedByEmail.get(email)
    if (!stored) {
      if (data.status === undefined && statusColumn) {
        warnings.push({ column: statusColumn, field: 'status', key: 'plugin-ambassadors:importStatusDefaulted', row })
      } else if (data.status === undefined) {
        createdWithoutStatus += 1
      }
      return { action: 'create', data, email, row }
    }
    const wanted = { ...data }
    if (stored.status === 'unsubscribed' && wanted.status !== undefined && wanted.status !== 'unsubscribed') {
      delete wanted.status
      warnings.push({ ...(statusColumn ? { column: statusColumn } : {}), field: 'status', key: 'plugin-ambassadors:importUnsubscribedKept', row })
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
  if (createdWithoutStatus > 0) {
    warnings.unshift({
      field: 'status',
      key: 'plugin-ambassadors:importStatusColumnMissing',
      row: 1,
      vars: { count: createdWithoutStatus },
    })
  }
  return { plans, warnings }
}
