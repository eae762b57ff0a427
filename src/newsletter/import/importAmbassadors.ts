import type { PayloadRequest, SelectType } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'

import type { ColumnMap } from './columns.ts'
import type { RowPlan } from './planImport.ts'
import type {
  ImportChoices,
  ImportError,
  ImportIssue,
  ImportMessageKey,
  ImportReferences,
  StoredAmbassador,
} from './types.ts'

import { mapColumns } from './columns.ts'
import { maxImportRows, maxListedErrors, maxListedWarnings } from './limits.ts'
import { parseCsv } from './parseCsv.ts'
import { planImport } from './planImport.ts'
import { toLanguage } from '../../translations/index.ts'
import { importFields } from './types.ts'
import { validateRows } from './validateRows.ts'

export type ImportSlugs = { ambassadors: string; referentNetworks: string; themes: string }

/**
 * The answer of an import. The counts say what the file did (or, in a dry run, would do); when the
 * file has any error nothing is written and they are all 0. `errors` lists at most `maxListedErrors`
 * problems, `errorCount` how many there are; `warnings` at most `maxListedWarnings`, `warningCount`
 * how many there are.
 */
export type ImportReport = {
  created: number
  dryRun: boolean
  errorCount: number
  errors: ImportError[]
  unchanged: number
  updated: number
  warningCount: number
  warnings: ImportError[]
}

export type ImportAmbassadorsArgs = {
  choices: ImportChoices
  /** Passed to every create and update (the collection's hooks read it: who made the change). */
  context?: Record<string, unknown>
  csv: string
  /** Check the file and count what it would do, without writing. */
  dryRun: boolean
  /** The caller's request: their user, language and (for the writes) the transaction. */
  req: PayloadRequest
  slugs: ImportSlugs
  /** A message in the caller's language. */
  translate: (key: ImportMessageKey, vars?: Record<string, number | string>) => string
}

/** Ids are looked up this many addresses at a time, well under PostgreSQL's limit on parameters. */
const lookupBatch = 500

/** A theme's name: one string, or one per locale when the host localises it. */
const namesOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).filter((name): name is string => typeof name === 'string')
      : []

const loadReferences = async (req: PayloadRequest, slugs: ImportSlugs, columns: ColumnMap): Promise<ImportReferences> => {
  const { payload, user } = req
  const needsNetworks = columns.has('regionNetwork') || columns.has('businessLineNetwork')
  const [networks, themes] = await Promise.all([
    needsNetworks
      ? payload.find({
          collection: slugs.referentNetworks,
          depth: 0,
          overrideAccess: false,
          pagination: false,
          req,
          select: { kind: true, name: true },
          user,
          where: { kind: { in: ['region', 'business-line'] } },
        })
      : { docs: [] },
    columns.has('themes')
      ? payload.find({
          collection: slugs.themes,
          depth: 0,
          locale: 'all',
          overrideAccess: false,
          pagination: false,
          req,
          select: { name: true, slug: true },
          user,
        })
      : { docs: [] },
  ])
  return {
    networks: networks.docs.map((doc) => ({ id: doc.id, kind: String(doc.kind ?? ''), name: String(doc.name ?? '') })),
    themes: themes.docs.map((doc) => ({
      id: doc.id,
      names: namesOf(doc.name),
      slug: typeof doc.slug === 'string' ? doc.slug : null,
    })),
  }
}

/** The stored ambassadors with these (normalised) addresses, read with the caller's rights. */
const loadStored = async (req: PayloadRequest, collection: string, emails: string[]) => {
  const stored = new Map<string, StoredAmbassador>()
  const select: SelectType = Object.fromEntries(importFields.map((field) => [field, true]))
  for (let start = 0; start < emails.length; start += lookupBatch) {
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      overrideAccess: false,
      pagination: false,
      req,
      select,
      user: req.user,
      where: { email: { in: emails.slice(start, start + lookupBatch) } },
    })
    for (const doc of docs as unknown as StoredAmbassador[]) stored.set(doc.email, doc)
  }
  return stored
}

/** A refusal of the collection (validation, access) as errors of the row; `undefined` for anything else. */
const rowErrorsOf = (error: unknown, row: number): ImportError[] | undefined => {
  if (error instanceof ValidationError) {
    return error.data.errors.map(({ message, path }) => ({ field: String(path ?? ''), message, path: String(path ?? ''), row }))
  }
  if (error instanceof APIError && error.status >= 400 && error.status < 500) {
    return [{ field: '', message: error.message, path: '', row }]
  }
  return undefined
}

/**
 * Imports ambassadors from a CSV file: parses it, validates every row, then upserts the valid rows by
 * address, all or nothing. Each create and update goes through the Local API with the caller as `user`
 * and `overrideAccess: false`, so the collection's access rules, hooks and validation apply as in the
 * admin, all inside one transaction: the first row the collection refuses rolls every row back. A new
 * ambassador is recorded with consent source `import`, given now; `context` reaches the collection's
 * hooks (the engagement events of the opt-ins and preference changes the import makes). Unchanged rows
 * are not written, so they append nothing either.
 */
export const importAmbassadors = async ({
  choices,
  context = {},
  csv,
  dryRun,
  req,
  slugs,
  translate,
}: ImportAmbassadorsArgs): Promise<ImportReport> => {
  const toError = ({ column, field, key, row, vars }: ImportIssue): ImportError => ({
    ...(column ? { column } : {}),
    field,
    message: translate(key, vars),
    path: field,
    row,
  })
  // Only the listed problems are translated: a file may hold hundreds of thousands.
  const report = (
    errors: (ImportError | ImportIssue)[],
    warnings: ImportIssue[] = [],
    counts = { created: 0, unchanged: 0, updated: 0 },
  ): ImportReport => ({
    ...counts,
    dryRun,
    errorCount: errors.length,
    errors: errors.slice(0, maxListedErrors).map((error) => ('message' in error ? error : toError(error))),
    warningCount: warnings.length,
    warnings: warnings.slice(0, maxListedWarnings).map(toError),
  })

  const parsed = await parseCsv(csv, { maxRows: maxImportRows })
  if (!parsed.ok) return report([parsed.error])
  if (parsed.tooManyRows) {
    throw new APIError(translate('plugin-ambassadors:importTooManyRows', { max: maxImportRows }), 413, { path: 'csv' }, true)
  }
  const { table } = parsed
  const header = mapColumns(table.header)
  if (header.errors.length > 0) return report(header.errors, header.warnings)
  const references = await loadReferences(req, slugs, header.columns)
  const language = toLanguage(req.i18n?.language)
  const { errors, rows } = validateRows({ choices, columns: header.columns, language, references, table })
  if (errors.length === 0 && rows.length === 0) {
    errors.push({ field: '', key: 'plugin-ambassadors:importNoRows', row: 1 })
  }
  if (errors.length > 0) return report(errors, header.warnings)

  const stored = await loadStored(req, slugs.ambassadors, rows.map((row) => row.email))
  const { plans, warnings } = planImport(rows, stored, header.columns)
  const count = (action: RowPlan['action']) => plans.filter((plan) => plan.action === action).length
  const counts = { created: count('create'), unchanged: count('unchanged'), updated: count('update') }
  const allWarnings = [...header.warnings, ...warnings]
  if (dryRun || counts.created + counts.updated === 0) return report([], allWarnings, counts)

  const consent = { at: new Date().toISOString(), source: 'import' }
  const ownsTransaction = await initTransaction(req)
  try {
    for (const plan of plans) {
      if (plan.action === 'unchanged') continue
      try {
        await write({ collection: slugs.ambassadors, consent, context, plan, req })
      } catch (error) {
        const rowErrors = rowErrorsOf(error, plan.row)
        if (!rowErrors) throw error
        if (ownsTransaction) await killTransaction(req)
        return report(rowErrors, allWarnings)
      }
    }
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
  return report([], allWarnings, counts)
}

const write = async ({
  collection,
  consent,
  context,
  plan,
  req,
}: {
  collection: string
  consent: { at: string; source: string }
  context: Record<string, unknown>
  plan: Exclude<RowPlan, { action: 'unchanged' }>
  req: PayloadRequest
}): Promise<void> => {
  // No `select`: the collection's afterChange hooks read the whole document.
  const common = { collection, context, depth: 0, overrideAccess: false, req, user: req.user } as const
  if (plan.action === 'create') {
    await req.payload.create({ ...common, data: { ...plan.data, consent, email: plan.email } })
  } else {
    await req.payload.update({ ...common, data: plan.data, id: plan.id })
  }
}
