import type { CandidateInput } from '@vigie/contract'
import { CANDIDATE_FILE_COLUMNS } from '../import/columns'
import { toFrenchDate } from './french-date'

export type CsvCandidate = CandidateInput

const BYTE_ORDER_MARK = '\uFEFF'
const SEPARATOR = ';'
const LINE_END = '\r\n'

/**
 * The candidate list as a CSV file that French spreadsheets open as they are: UTF-8 announced by a
 * byte order mark (or Excel reads it as Windows-1252), `;` between cells (`,` is the decimal
 * separator there), CRLF line ends.
 */
export function renderCandidatesCsv(candidates: readonly CsvCandidate[]): string {
  const lines = [
    // The import's columns: an exported list can be edited and imported again.
    CANDIDATE_FILE_COLUMNS.map((column) => csvCell(column.header)),
    ...candidates.map((candidate) =>
      CANDIDATE_FILE_COLUMNS.map((column) => csvCell(cellText(candidate, column.field))),
    ),
  ]
  return BYTE_ORDER_MARK + lines.map((cells) => cells.join(SEPARATOR) + LINE_END).join('')
}

function cellText(candidate: CsvCandidate, key: keyof CandidateInput): string {
  const value = candidate[key]
  if (value === null) return ''
  if (key === 'birthdate') return toFrenchDate(String(value))
  if (typeof value === 'boolean') return value ? 'oui' : 'non'
  return String(value)
}

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); a leading
 * apostrophe makes it plain text, and the spreadsheet does not show the apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell, neutralised against formulas, then quoted as RFC 4180 says when it needs to be. */
function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
