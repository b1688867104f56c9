const BYTE_ORDER_MARK = '\uFEFF'
const SEPARATOR = ';'
const LINE_END = '\r\n'

/**
 * A CSV file that French spreadsheets open as it is: UTF-8 announced by a byte order mark (or
 * Excel reads it as Windows-1252), `;` between cells (`,` is the decimal separator there), CRLF
 * line ends.
 */
export function renderCsv(lines: ReadonlyArray<readonly string[]>): string {
  return BYTE_ORDER_MARK + lines.map((cells) => cells.map(csvCell).join(SEPARATOR) + LINE_END).join('')
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
