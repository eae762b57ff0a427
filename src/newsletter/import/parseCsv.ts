import { CsvError, parse } from 'csv-parse/sync'

import type { ImportIssue } from './types.ts'

const delimiters = [';', ',', '\t'] as const

/**
 * The separator of the header row: the one of `;`, `,` and tab it has most of outside quotes, `,` when
 * it has none. Read from the header only, so that a comma inside a `;`-separated cell (a list of themes)
 * stays inside its cell.
 */
export const detectDelimiter = (text: string): string => {
  const counts = new Map<string, number>(delimiters.map((delimiter) => [delimiter, 0]))
  let quoted = false
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') {
      quoted = !quoted
    } else if (!quoted && (char === '\n' || char === '\r')) {
      break
    } else if (!quoted && counts.has(char)) {
      counts.set(char, (counts.get(char) ?? 0) + 1)
    }
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [',', 0]
  return count > 0 ? best : ','
}

/** A CSV file as rows of cells, each with its row number as a spreadsheet shows it (the header is row 1). */
export type CsvTable = { header: string[]; rows: { cells: string[]; row: number }[] }

export type ParseCsvResult = { error: ImportIssue; ok: false } | { ok: true; table: CsvTable; tooManyRows: boolean }

/**
 * Parses a CSV file's text (csv-parse): byte order mark dropped, `;`, `,` or tab separators, quoted
 * cells with doubled quotes and line breaks, stray quotes inside unquoted cells taken literally. Blank
 * lines are kept as rows without cells, so the row numbers stay those of the spreadsheet. Stops reading
 * after `maxRows` rows under the header, and says so.
 */
export const parseCsv = (text: string, { maxRows }: { maxRows: number }): ParseCsvResult => {
  let records: string[][]
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // The header, the rows allowed, and one more to tell that there are too many.
      to: maxRows + 2,
    })
  } catch (error) {
    if (error instanceof CsvError) {
      const row = Number(error.records ?? 0) + 1
      const key =
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'plugin-ambassadors:importQuoteNotClosed'
          : 'plugin-ambassadors:importUnreadable'
      return { error: { field: '', key, row }, ok: false }
    }
    throw error
  }
  const [header, ...rest] = records
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { error: { field: '', key: 'plugin-ambassadors:importEmpty', row: 1 }, ok: false }
  }
  const rows = rest.slice(0, maxRows).map((cells, index) => ({ cells, row: index + 2 }))
  return { ok: true, table: { header, rows }, tooManyRows: rest.length > maxRows }
}
