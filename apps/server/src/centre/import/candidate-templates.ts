import writeExcelFile from 'write-excel-file/node'
import { CANDIDATE_FILE_COLUMNS } from './columns'

/**
 * The empty candidate files centres download and fill in: the header line only, so that nothing
 * in them can be imported by mistake.
 */

/** UTF-8 with a byte order mark (without it, Excel reads the accents as Windows-1252) and `;`, which a French Excel splits on. */
export function candidateTemplateCsv(): string {
  return `\uFEFF${CANDIDATE_FILE_COLUMNS.map((column) => column.header).join(';')}\r\n`
}

export function candidateTemplateXlsx(): Promise<Buffer> {
  const header = CANDIDATE_FILE_COLUMNS.map((column) => ({
    value: column.header,
    fontWeight: 'bold' as const,
  }))
  return writeExcelFile([header], {
    sheet: 'Candidats',
    columns: CANDIDATE_FILE_COLUMNS.map((column) => ({ width: column.width })),
    stickyRowsCount: 1,
  }).toBuffer()
}
