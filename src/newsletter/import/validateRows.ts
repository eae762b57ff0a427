import type { AmbassadorsLanguage } from '../../translations/index.ts'
import type { DocumentId } from '../../utilities/idOf.ts'
import type { ColumnMap } from './columns.ts'
import type { CsvTable } from './parseCsv.ts'
import type {
  AmbassadorImportData,
  ImportChoiceField,
  ImportChoices,
  ImportField,
  ImportIssue,
  ImportReferences,
  ValidRow,
} from './types.ts'

import { normalizeEmail } from '../../utilities/normalizeEmail.ts'

/** The same rule as Payload's `email` field, so that a row accepted here is accepted on save. */
const emailPattern =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

export const isImportableEmail = (value: string): boolean => emailPattern.test(value)

/** How names are compared: accents, case, curly apostrophes and repeated spaces make no difference. */
export const normalizeName = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()

const quoted: Record<AmbassadorsLanguage, (text: string) => string> = { en: (text) => `“${text}”`, fr: (text) => `« ${text} »` }

const choiceFields: ImportChoiceField[] = ['language', 'frequency', 'phase', 'status']

/** Every spelling of a select's values (the value, its English and French labels, its aliases) to the value. */
const choiceLookup = (choices: ImportChoices) =>
  Object.fromEntries(
    choiceFields.map((field) => [
      field,
      new Map(
        Object.entries(choices[field]).flatMap(([value, labels]) =>
          [value, labels.en, labels.fr, ...(labels.aliases ?? [])].map((spelling) => [normalizeName(spelling), value] as const),
        ),
      ),
    ]),
  ) as Record<ImportChoiceField, Map<string, string>>

/** Networks of one kind by name, and themes by slug and by each of their names. */
const referenceLookup = ({ networks, themes }: ImportReferences) => {
  const networksOf = (kind: string) =>
    new Map(networks.filter((network) => network.kind === kind).map((network) => [normalizeName(network.name), network.id]))
  const themeIds = new Map<string, DocumentId>()
  for (const theme of themes) {
    for (const name of theme.names) themeIds.set(normalizeName(name), theme.id)
  }
  // A slug wins over another theme's name.
  for (const theme of themes) {
    if (theme.slug) themeIds.set(normalizeName(theme.slug), theme.id)
  }
  return { businessLines: networksOf('business-line'), regions: networksOf('region'), themeIds }
}

/** A theme cell: one theme whose name holds a comma, or several separated by `|` or `,`. */
const resolveThemes = (cell: string, themeIds: Map<string, DocumentId>): { ids: DocumentId[]; unknown: string[] } => {
  const whole = themeIds.get(normalizeName(cell))
  if (whole !== undefined) return { ids: [whole], unknown: [] }
  const ids: DocumentId[] = []
  const unknown: string[] = []
  for (const part of cell.split(/[|,]/).map((value) => value.trim()).filter(Boolean)) {
    const id = themeIds.get(normalizeName(part))
    if (id === undefined) unknown.push(part)
    else if (!ids.includes(id)) ids.push(id)
  }
  return { ids, unknown }
}

export type ValidateRowsArgs = {
  choices: ImportChoices
  columns: ColumnMap
  /** The reader's language: an error lists the allowed values by their labels in it. */
  language: AmbassadorsLanguage
  references: ImportReferences
  table: CsvTable
}

/**
 * Checks every row of the file and resolves what it names: the address (syntax, and not twice in the
 * file), each select's value (its value or its label, in English or French), the region and
 * business-line networks by name, the themes by slug or name. Blank rows are skipped; an empty cell sets
 * nothing. Answers the valid rows and the problems, by row and field.
 */
export const validateRows = ({ choices, columns, language, references, table }: ValidateRowsArgs): {
  errors: ImportIssue[]
  rows: ValidRow[]
} => {
  const lookup = choiceLookup(choices)
  const { businessLines, regions, themeIds } = referenceLookup(references)
  const allowed = Object.fromEntries(
    choiceFields.map((field) => [field, Object.values(choices[field]).map((labels) => quoted[language](labels[language])).join(', ')]),
  )
  const firstRowOf = new Map<string, number>()
  const errors: ImportIssue[] = []
  const rows: ValidRow[] = []

  for (const { cells, row } of table.rows) {
    if (cells.every((cell) => cell.trim() === '')) continue
    const rowErrors: ImportIssue[] = []
    const problem = (field: ImportField | '', key: ImportIssue['key'], vars?: ImportIssue['vars']) => {
      const column = field === '' ? undefined : columns.get(field)?.column
      rowErrors.push({ ...(column ? { column } : {}), field, key, row, ...(vars ? { vars } : {}) })
    }
    const cellOf = (field: ImportField) => {
      const index = columns.get(field)?.index
      return index === undefined ? '' : (cells[index] ?? '').trim()
    }
    if (cells.slice(table.header.length).some((cell) => cell.trim() !== '')) {
      problem('', 'plugin-ambassadors:importTooManyCells')
    }

    const rawEmail = cellOf('email')
    const email = normalizeEmail(rawEmail)
    if (email === '') {
      problem('email', 'plugin-ambassadors:importEmailRequired')
    } else if (!isImportableEmail(email)) {
      problem('email', 'plugin-ambassadors:importEmailInvalid', { value: rawEmail })
    } else if (firstRowOf.has(email)) {
      problem('email', 'plugin-ambassadors:importEmailDuplicate', { row: firstRowOf.get(email) ?? 0 })
    } else {
      firstRowOf.set(email, row)
    }

    const data: AmbassadorImportData = {}
    for (const field of ['firstName', 'lastName'] as const) {
      const value = cellOf(field)
      if (value) data[field] = value
    }
    for (const field of choiceFields) {
      const value = cellOf(field)
      if (!value) continue
      const resolved = lookup[field].get(normalizeName(value))
      if (resolved === undefined) {
        problem(field, 'plugin-ambassadors:importValueUnknown', { allowed: allowed[field] ?? '', value })
      } else {
        data[field] = resolved
      }
    }
    const region = cellOf('regionNetwork')
    if (region) {
      const id = regions.get(normalizeName(region))
      if (id === undefined) problem('regionNetwork', 'plugin-ambassadors:importRegionUnknown', { value: region })
      else data.regionNetwork = id
    }
    const businessLine = cellOf('businessLineNetwork')
    if (businessLine) {
      const id = businessLines.get(normalizeName(businessLine))
      if (id === undefined) problem('businessLineNetwork', 'plugin-ambassadors:importBusinessLineUnknown', { value: businessLine })
      else data.businessLineNetwork = id
    }
    const themes = cellOf('themes')
    if (themes) {
      const { ids, unknown } = resolveThemes(themes, themeIds)
      if (unknown.length > 0) {
        problem('themes', 'plugin-ambassadors:importThemeUnknown', { values: unknown.join(', ') })
      } else if (ids.length > 0) {
        data.themes = ids
      }
    }

    if (rowErrors.length > 0) errors.push(...rowErrors)
    else rows.push({ data, email, row })
  }
  return { errors, rows }
}
