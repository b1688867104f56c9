import type { CandidateInput } from '@vigie/contract'
import { CANDIDATE_FILE_COLUMNS } from '../import/columns'
import { renderCsv } from './csv'
import { toFrenchDate } from './french-date'

export type CsvCandidate = CandidateInput

/** The candidate list as a CSV file for French spreadsheets (see csv.ts). */
export function renderCandidatesCsv(candidates: readonly CsvCandidate[]): string {
  return renderCsv([
    // The import's columns: an exported list can be edited and imported again.
    CANDIDATE_FILE_COLUMNS.map((column) => column.header),
    ...candidates.map((candidate) =>
      CANDIDATE_FILE_COLUMNS.map((column) => cellText(candidate, column.field)),
    ),
  ])
}

function cellText(candidate: CsvCandidate, key: keyof CandidateInput): string {
  const value = candidate[key]
  if (value === null) return ''
  if (key === 'birthdate') return toFrenchDate(String(value))
  if (typeof value === 'boolean') return value ? 'oui' : 'non'
  return String(value)
}
