import { CsvError, type Options, parse } from 'csv-parse'
import { setImmediate as nextTurn } from 'node:timers/promises'

import type { ImportIssue } from './types.ts'

import { maxImportColumns, maxImportRowChars } from './limits.ts'

const delimiters = [';', ',', '\t'] as const
const quote = 0x22
const lineFeed = 0x0a
const carriageReturn = 0x0d

/**
 * The separator of the header row (the one of `;`, `,` and tab it has most of outside quotes, `,` when
 * it has none) and how many columns it separates. Read from the header only, so that a comma inside a
 * `;`-separated cell (a list of themes) stays inside its cell. One pass over the header's characters (at most
 * `maxChars` of them: a longer header is refused as a row too long).
 */
const readHeaderShape = (text: string, maxChars = text.length): { columns: number; delimiter: string } => {
  const codes = delimiters.map((delimiter) => delimiter.charCodeAt(0))
  const counts = delimiters.map(() => 0)
  let quoted = false
  const end = Math.min(text.length, maxChars + 1)
  for (let index = text.charCodeAt(0) === 0xfeff ? 1 : 0; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === quote) {
      quoted = !quoted
    } else if (!quoted && (code === lineFeed || code === carriageReturn)) {
      break
    } else if (!quoted) {
      const which = codes.indexOf(code)
      if (which !== -1) counts[which]!++
    }
  }
  const count = Math.max(...counts)
  return { columns: count + 1, delimiter: count > 0 ? delimiters[counts.indexOf(count)]! : ',' }
}

/** The separator of the header row: see `readHeaderShape`. */
export const detectDelimiter = (text: string): string => readHeaderShape(text).delimiter

/** Characters handed to the parser at a time: a few milliseconds of parsing between two turns of the event loop. */
const sliceChars = 32_768

/**
 * csv-parse's records of `text`, fed a slice at a time with a turn of the event loop between slices: a
 * 5 MB file would otherwise hold the server for about a second on a busy machine.
 */
const parseInSlices = (text: string, options: Options): Promise<string[][]> =>
  new Promise((resolve, reject) => {
    const records: string[][] = []
    const parser = parse(options)
    parser.on('data', (record: string[]) => records.push(record))
    parser.once('error', reject)
    parser.once('end', () => resolve(records))
    const feed = async () => {
      for (let start = 0; start < text.length; start += sliceChars) {
        if (parser.destroyed || parser.writableEnded) return
        parser.write(text.slice(start, start + sliceChars))
        await nextTurn()
      }
      if (!parser.destroyed && !parser.writableEnded) parser.end()
    }
    void feed()
  })

/** A CSV file as rows of cells, each with its row number as a spreadsheet shows it (the header is row 1). */
export type CsvTable = { header: string[]; rows: { cells: string[]; row: number }[] }

export type ParseCsvResult = { error: ImportIssue; ok: false } | { ok: true; table: CsvTable; tooManyRows: boolean }

/**
 * Parses a CSV file's text (csv-parse): byte order mark dropped, `;`, `,` or tab separators, quoted
 * cells with doubled quotes and line breaks, stray quotes inside unquoted cells taken literally. Blank
 * lines are kept as rows without cells, so the row numbers stay those of the spreadsheet. Stops reading
 * after `maxRows` rows under the header, and says so. A header of more than `maxColumns` columns is
 * refused before any row is read (every column would cost a lookup and, unknown, a warning), and so is
 * a row of more than `maxRowChars` characters (csv-parse's time grows faster than a cell's length).
 */
export const parseCsv = async (
  text: string,
  { maxColumns = maxImportColumns, maxRowChars = maxImportRowChars, maxRows }: { maxColumns?: number; maxRowChars?: number; maxRows: number },
): Promise<ParseCsvResult> => {
  const shape = readHeaderShape(text, maxRowChars)
  if (shape.columns > maxColumns) {
    return { error: { field: '', key: 'plugin-ambassadors:importTooManyColumns', row: 1, vars: { max: maxColumns } }, ok: false }
  }
  let records: string[][]
  try {
    records = await parseInSlices(text, {
      bom: true,
      delimiter: shape.delimiter,
      max_record_size: maxRowChars,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // The header, the rows allowed, and one more to tell that there are too many.
      to: maxRows + 2,
    })
  } catch (error) {
    if (error instanceof CsvError) {
      const row = Number(error.records ?? 0) + 1
      if (error.code === 'CSV_MAX_RECORD_SIZE') {
        return { error: { field: '', key: 'plugin-ambassadors:importRowTooLong', row, vars: { max: maxRowChars } }, ok: false }
      }
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
