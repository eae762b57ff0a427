import type { AmbassadorsTranslationKey } from '../../translations/index.ts'
import type { DocumentId } from '../../utilities/idOf.ts'

/** The ambassador fields a CSV file may fill, by their names in the collection. */
export const importFields = [
  'email',
  'firstName',
  'lastName',
  'language',
  'regionNetwork',
  'businessLineNetwork',
  'themes',
  'frequency',
  'phase',
  'status',
] as const

export type ImportField = (typeof importFields)[number]

/** The select fields whose cell is one of a list of values. */
export type ImportChoiceField = 'frequency' | 'language' | 'phase' | 'status'

/**
 * Each select's values: their labels (named in an error, in the reader's language) and the other words
 * screens use for them (`aliases`). A cell may hold the value, a label in either language, or an alias.
 */
export type ImportChoices = Record<ImportChoiceField, Record<string, { aliases?: string[]; en: string; fr: string }>>

/** A message of the import, by its key in the plugin's translations. */
export type ImportMessageKey = Extract<AmbassadorsTranslationKey, `plugin-ambassadors:import${string}`>

/**
 * One problem of the file, before translation. `row` is the row as a spreadsheet numbers it (the
 * header is row 1); `field` the collection field, or `''` for the row as a whole; `column` the
 * column's name as the file spells it.
 */
export type ImportIssue = {
  column?: string
  field: ImportField | ''
  key: ImportMessageKey
  row: number
  vars?: Record<string, number | string>
}

/** One problem, as the endpoint answers it: Payload's `{ message, path }` plus the row and column. */
export type ImportError = {
  column?: string
  field: string
  message: string
  path: string
  row: number
}

/** What a row sets, with references resolved to IDs. A field the row leaves empty is absent. */
export type AmbassadorImportData = {
  businessLineNetwork?: DocumentId
  firstName?: string
  frequency?: string
  language?: string
  lastName?: string
  phase?: string
  regionNetwork?: DocumentId
  status?: string
  themes?: DocumentId[]
}

/** A row that passed validation: its normalised address and what it sets. */
export type ValidRow = { data: AmbassadorImportData; email: string; row: number }

/** The referent networks and themes a file may name. */
export type ImportReferences = {
  networks: { id: DocumentId; kind: string; name: string }[]
  /** Every name a theme has (one per locale) and its slug. */
  themes: { id: DocumentId; names: string[]; slug: null | string }[]
}

/** A stored ambassador, as far as an import compares it (relationships as IDs, depth 0). */
export type StoredAmbassador = { email: string; id: DocumentId } & Partial<
  Record<Exclude<ImportField, 'email'>, unknown>
>
