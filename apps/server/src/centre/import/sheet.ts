/** A spreadsheet as read from a file: rows of cells, row 0 being line 1 of the file. */
export type SheetCell = string | number | boolean | Date | null
export type SheetRow = readonly SheetCell[]

export const isEmptyCell = (cell: SheetCell | undefined) =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')

export const isEmptyRow = (row: SheetRow) => row.every(isEmptyCell)
