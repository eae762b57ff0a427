import type { ImportField, ImportIssue } from './types.ts'

/** Lowercase, accents and everything but letters and digits removed: `Prénom` and `first name` match. */
export const normalizeHeader = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

/** The column names each field answers to, normalised, in English and French. */
const headerAliases: Record<ImportField, string[]> = {
  businessLineNetwork: ['businessline', 'businesslinenetwork', 'metier'],
  email: ['email', 'emailaddress', 'courriel', 'adresseemail', 'mail'],
  firstName: ['firstname', 'givenname', 'prenom'],
  frequency: ['frequency', 'frequence'],
  language: ['language', 'langue'],
  lastName: ['lastname', 'familyname', 'surname', 'nom', 'nomdefamille'],
  phase: ['phase'],
  regionNetwork: ['region', 'regionnetwork'],
  status: ['status', 'statut'],
  themes: ['themes', 'theme', 'thematiques', 'thematique'],
}

const fieldOfHeader = new Map(
  Object.entries(headerAliases).flatMap(([field, aliases]) => aliases.map((alias) => [alias, field as ImportField])),
)

/** The field a column name stands for, if any. */
export const fieldOfColumn = (header: string): ImportField | undefined => fieldOfHeader.get(normalizeHeader(header))

/** Where each field's cells are, and the column's name as written. */
export type ColumnMap = Map<ImportField, { column: string; index: number }>

/**
 * Reads the header row (row 1): which column holds which field. An unknown column is a warning (the
 * column is ignored, as spreadsheets exported from HR tools carry many); a field named twice, or no
 * email column, is an error.
 */
export const mapColumns = (header: string[]): { columns: ColumnMap; errors: ImportIssue[]; warnings: ImportIssue[] } => {
  const columns: ColumnMap = new Map()
  const errors: ImportIssue[] = []
  const warnings: ImportIssue[] = []
  header.forEach((raw, index) => {
    const column = raw.trim()
    if (column === '') return
    const field = fieldOfColumn(column)
    if (!field) {
      warnings.push({ column, field: '', key: 'plugin-ambassadors:importColumnUnknown', row: 1, vars: { column } })
    } else if (columns.has(field)) {
      errors.push({ column, field, key: 'plugin-ambassadors:importColumnDuplicate', row: 1, vars: { column } })
    } else {
      columns.set(field, { column, index })
    }
  })
  if (!columns.has('email')) {
    errors.push({ field: 'email', key: 'plugin-ambassadors:importEmailColumnMissing', row: 1 })
  }
  return { columns, errors, warnings }
}
