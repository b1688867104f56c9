import { CsvError, parse } from 'csv-parse/sync'
import type { SheetRow } from './sheet'

export type CsvReading = { ok: true; rows: SheetRow[] } | { ok: false; line: number; reason: CsvFailure }
export type CsvFailure = 'unclosed_quote' | 'malformed_csv'

/**
 * CSV text → rows, one per record, empty lines kept so that a row's index is its line number
 * minus one (as a spreadsheet numbers them). Line endings may be mixed: files edited by hand
 * often are.
 */
export function readCsvRows(text: string): CsvReading {
  try {
    const rows: string[][] = parse(text, {
      delimiter: detectSeparator(text),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
    })
    return { ok: true, rows }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = typeof error.records === 'number' ? error.records + 1 : 0
    return {
      ok: false,
      line,
      reason: error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'unclosed_quote' : 'malformed_csv',
    }
  }
}

/** `;` (what a French Excel writes) unless the header line has more `,` than `;`. */
export function detectSeparator(text: string): ';' | ',' {
  const headerLine = (text.split(/\r\n|\n|\r/, 1)[0] ?? '').replace(/"[^"]*"/g, '')
  const count = (separator: string) => headerLine.split(separator).length - 1
  return count(',') > count(';') ? ',' : ';'
}
