import { readSheet } from 'read-excel-file/node'
import type { SheetCell, SheetRow } from './sheet'

export type XlsxReading = { ok: true; rows: SheetRow[] } | { ok: false; reason: 'unreadable_xlsx' }

/**
 * The first sheet of an XLSX workbook → rows, row 0 being the sheet's line 1 (the reader keeps
 * empty lines in the middle). Date cells come back as dates at UTC midnight.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<XlsxReading> {
  // The Node reader takes a string as a path to open and anything but a Buffer as a stream: only
  // ever hand it a Buffer.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  try {
    const rows: unknown[][] = await readSheet(buffer)
    return { ok: true, rows: rows.map((row) => row.map(toSheetCell)) }
  } catch {
    return { ok: false, reason: 'unreadable_xlsx' }
  }
}

function toSheetCell(value: unknown): SheetCell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value
  return null
}
