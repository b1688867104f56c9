import type { CandidateInput, ImportProblem } from '@vigie/contract'
import type { CandidateRulesContext } from '../candidate-rules'
import { decodeText } from './decode-text'
import { detectFileFormat } from './file-format'
import {
  duplicateCandidate,
  emptyFile,
  fileTooLarge,
  legacyXls,
  malformedCsv,
  missingHeader,
  noCandidates,
  tooManyCandidates,
  unclosedQuote,
  unreadableXlsx,
  unsupportedFormat,
} from './import-problems'
import { MAX_CANDIDATE_FILE_BYTES, MAX_CANDIDATE_FILE_ROWS } from './limits'
import { readCandidateLine } from './read-candidate-line'
import { readCsvRows } from './read-csv'
import { readHeader } from './read-header'
import { readXlsxRows } from './read-xlsx'
import { isEmptyRow, type SheetRow } from './sheet'

export type CandidateFileResult =
  | { ok: true; candidates: CandidateInput[] }
  | { ok: false; problems: ImportProblem[] }

/**
 * A candidate file (CSV or XLSX, laid out as the template) → every candidate it lists, or every
 * problem found in it: the whole file is checked before anything is imported, and one problem
 * means no candidate. Blank lines are skipped; line numbers are those a spreadsheet shows, the
 * header being line 1.
 */
export async function parseCandidateFile(
  bytes: Uint8Array,
  fileName: string,
  context: CandidateRulesContext,
): Promise<CandidateFileResult> {
  if (bytes.byteLength > MAX_CANDIDATE_FILE_BYTES) return refuse(fileTooLarge())
  if (bytes.byteLength === 0) return refuse(emptyFile())

  const reading = await readRows(bytes, fileName)
  if (!reading.ok) return refuse(reading.problem)
  const [header, ...lines] = reading.rows
  if (header === undefined || reading.rows.every(isEmptyRow)) return refuse(emptyFile())

  const filledLines = lines.flatMap((row, index) => (isEmptyRow(row) ? [] : [{ row, line: index + 2 }]))
  if (filledLines.length > MAX_CANDIDATE_FILE_ROWS) return refuse(tooManyCandidates())
  if (isEmptyRow(header)) return refuse(missingHeader())

  const layout = readHeader(header)
  const problems = [...layout.problems]
  if (filledLines.length === 0) return refuse(...problems, noCandidates())

  const candidates: CandidateInput[] = []
  const firstLineOfIdentity = new Map<string, number>()
  for (const { row, line } of filledLines) {
    const candidateLine = readCandidateLine(row, line, layout, context)
    problems.push(...candidateLine.problems)
    if (candidateLine.candidate !== null) candidates.push(candidateLine.candidate)
    if (candidateLine.identityKey === null) continue
    const firstLine = firstLineOfIdentity.get(candidateLine.identityKey)
    if (firstLine === undefined) firstLineOfIdentity.set(candidateLine.identityKey, line)
    else problems.push(duplicateCandidate(line, firstLine))
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, candidates }
}

type RowsReading = { ok: true; rows: SheetRow[] } | { ok: false; problem: ImportProblem }

async function readRows(bytes: Uint8Array, fileName: string): Promise<RowsReading> {
  switch (detectFileFormat(bytes, fileName)) {
    case 'csv': {
      const reading = readCsvRows(decodeText(bytes))
      if (reading.ok) return reading
      return {
        ok: false,
        problem:
          reading.reason === 'unclosed_quote' ? unclosedQuote(reading.line) : malformedCsv(reading.line),
      }
    }
    case 'xlsx': {
      const reading = await readXlsxRows(bytes)
      return reading.ok ? reading : { ok: false, problem: unreadableXlsx() }
    }
    case 'xls':
      return { ok: false, problem: legacyXls() }
    case 'unsupported':
      return { ok: false, problem: unsupportedFormat() }
  }
}

const refuse = (...problems: ImportProblem[]): CandidateFileResult => ({ ok: false, problems })
