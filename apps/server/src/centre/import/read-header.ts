import type { ImportProblem } from '@vigie/contract'
import { cellText } from './cell-values'
import { CANDIDATE_FILE_COLUMNS, type CandidateFileColumn, findCandidateFileColumn } from './columns'
import { duplicateColumn, missingColumn, unknownColumn } from './import-problems'
import type { SheetRow } from './sheet'

/** Where each column of the file goes. */
export interface HeaderLayout {
  /** By position in the file: the column, null for a blank header, 'unknown' for an unrecognised one. */
  readonly columns: readonly (CandidateFileColumn | null | 'unknown')[]
  /** Required columns the file lacks (already reported: their cells are not reported again). */
  readonly missing: readonly CandidateFileColumn[]
  readonly problems: readonly ImportProblem[]
}

export function readHeader(header: SheetRow): HeaderLayout {
  const problems: ImportProblem[] = []
  const seen = new Set<CandidateFileColumn>()
  const columns = header.map((cell) => {
    const text = cellText(cell)
    if (text === null) return null
    const column = findCandidateFileColumn(text)
    if (column === undefined) {
      problems.push(unknownColumn(text))
      return 'unknown'
    }
    if (seen.has(column)) {
      problems.push(duplicateColumn(column.header))
      return 'unknown'
    }
    seen.add(column)
    return column
  })
  const missing = CANDIDATE_FILE_COLUMNS.filter((column) => column.required && !seen.has(column))
  problems.push(...missing.map((column) => missingColumn(column.header)))
  return { columns, missing, problems }
}
