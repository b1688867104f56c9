/**
 * "Finaliser la session": the form's values and rules (pure). Field names are the API's own
 * paths (`candidates.2.abortReason`), with one entry per candidate in the order the server
 * listed them, so that an error the server names lands on the field it names.
 */
import type {
  AbortReason,
  CentreReportCode,
  FinalisationBody,
  FinalisationCandidateState,
  FinalisationState,
} from '@vigie/contract'
import type { PlainMessageKey } from '../i18n'

/** The contract's MAX_GLOBAL_COMMENT_LENGTH (the contract's index is not imported by the web app). */
export const GLOBAL_COMMENT_MAX_LENGTH = 500
export const REPORT_COMMENT_MAX_LENGTH = 200

/** About the candidate (DESIGN.md, "Finalisation"). */
const CANDIDATE_CODES = ['C1', 'C2', 'C4', 'C6', 'C7', 'C8'] as const satisfies CentreReportCode[]
/** About one question of the candidate's test. */
const QUESTION_CODES = [
  'E1',
  'E2',
  'E3',
  'E4',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
  'E10',
  'E11',
  'E12',
] as const satisfies CentreReportCode[]

export const isQuestionCode = (code: CentreReportCode) => code.startsWith('E')

export interface ReportDraft {
  /** Stable across additions and removals, for React. */
  key: number
  code: CentreReportCode | null
  /** As typed. */
  questionNumber: string
  comment: string
}

export interface CandidateDraft {
  abortReason: AbortReason | null
  reports: ReportDraft[]
}

export interface FinalisationDraft {
  globalComment: string
  /** By candidate id. */
  candidates: Record<string, CandidateDraft>
}

export const emptyCandidateDraft = (): CandidateDraft => ({ abortReason: null, reports: [] })

export const emptyFinalisationDraft = (): FinalisationDraft => ({ globalComment: '', candidates: {} })

export const candidateDraftOf = (draft: FinalisationDraft, candidateId: string): CandidateDraft =>
  draft.candidates[candidateId] ?? emptyCandidateDraft()

/** The codes a candidate can be given: E-codes only for one who was shown a question. */
export const reportCodesFor = (candidate: FinalisationCandidateState): CentreReportCode[] =>
  candidate.lastQuestionNumber > 0 ? [...CANDIDATE_CODES, ...QUESTION_CODES] : [...CANDIDATE_CODES]

/** What is wrong with a field, as a message to translate. */
export type FieldProblem =
  | { key: PlainMessageKey }
  | { key: 'finalisation.problem.questionNumber'; max: number }

/** An E-report needs the number of a question the candidate was shown, 1 to the last one. */
export function questionNumberProblem(
  candidate: FinalisationCandidateState,
  report: ReportDraft,
): FieldProblem | null {
  if (report.code === null || !isQuestionCode(report.code)) return null
  const max = candidate.lastQuestionNumber
  const typed = report.questionNumber.trim()
  const number = /^\d{1,4}$/.test(typed) ? Number(typed) : Number.NaN
  return number >= 1 && number <= max ? null : { key: 'finalisation.problem.questionNumber', max }
}

/**
 * The request: every candidate, in the server's order (so that `candidates.N` is the N-th card),
 * an abort reason only where one is asked for, a question number only on E-reports.
 */
export function finalisationBodyOf(draft: FinalisationDraft, state: FinalisationState): FinalisationBody {
  return {
    globalComment: draft.globalComment.trim(),
    candidates: state.candidates.map((candidate) => {
      const entry = candidateDraftOf(draft, candidate.candidateId)
      const reports = entry.reports.flatMap((report) => {
        if (report.code === null) return []
        const comment = report.comment.trim()
        return [
          {
            code: report.code,
            ...(isQuestionCode(report.code) && { questionNumber: Number(report.questionNumber.trim()) }),
            ...(comment && { comment }),
          },
        ]
      })
      return {
        candidateId: candidate.candidateId,
        ...(reports.length > 0 && { reports }),
        ...(candidate.abortReasonRequired && entry.abortReason && { abortReason: entry.abortReason }),
      }
    }),
  }
}

/** How many tests finalising will end: the ones still running. */
export const runningTests = (state: FinalisationState) =>
  state.candidates.filter((candidate) => candidate.testStatus === 'started').length

/** Where the form says what the server refused: on one of its fields, or above it (`field: null`). */
export interface PlacedProblem {
  field: string | null
  problem: FieldProblem
}

/**
 * Places a field the server refused (`candidates.2.abortReason`) for the request it was given.
 * A field the form shows gets its own message; anything else means the page was out of date
 * (a test ended, a candidate started since it was read): the form says so as a whole.
 */
export function placeServerProblem(
  field: string,
  sent: FinalisationBody,
  draft: FinalisationDraft,
  state: FinalisationState,
): PlacedProblem {
  const changed: PlacedProblem = { field: null, problem: { key: 'finalisation.problem.changed' } }
  if (field === 'globalComment') return { field, problem: { key: 'finalisation.problem.globalComment' } }
  const match = /^candidates\.(\d+)\.(abortReason|reports\.(\d+)\.(code|questionNumber))$/.exec(field)
  const candidate = match ? state.candidates[Number(match[1])] : undefined
  if (!match || !candidate || !formHasField(field, draft, state)) return changed
  if (match[2] === 'abortReason')
    return sent.candidates[Number(match[1])]?.abortReason === undefined
      ? { field, problem: { key: 'finalisation.problem.abortReason' } }
      : { field: null, problem: { key: 'finalisation.problem.abortReasonStale' } }
  if (match[4] === 'code') return { field, problem: { key: 'finalisation.problem.noQuestion' } }
  return { field, problem: { key: 'finalisation.problem.questionNumber', max: candidate.lastQuestionNumber } }
}

/** Whether the form shows a field of this name now (an abort reason only where one is asked for). */
export function formHasField(field: string, draft: FinalisationDraft, state: FinalisationState): boolean {
  if (field === 'globalComment') return true
  const match = /^candidates\.(\d+)\.(abortReason|reports\.(\d+)\.(code|questionNumber))$/.exec(field)
  const candidate = match ? state.candidates[Number(match[1])] : undefined
  if (!match || !candidate) return false
  if (match[2] === 'abortReason') return candidate.abortReasonRequired
  const report = candidateDraftOf(draft, candidate.candidateId).reports[Number(match[3])]
  return (
    report !== undefined && (match[4] === 'code' || (report.code !== null && isQuestionCode(report.code)))
  )
}
