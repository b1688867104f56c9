/** How the results page words each candidate's result (pure). */
import type { ResultStatus, SessionCandidateResult, SessionResults } from '@vigie/contract'
import type { PlainMessageKey } from '../i18n'
import type { TagTone } from '../ui'

/** The DESIGN.md threshold: fewer answers, no score. */
export const MINIMUM_ANSWERS_FOR_SCORE = 20

export const resultStatusLabel: Record<ResultStatus, PlainMessageKey> = {
  validated: 'results.status.validated',
  rejected: 'results.status.rejected',
  cancelled: 'results.status.cancelled',
}

/** The word says it; the colour only repeats it. */
export const resultStatusTone: Record<ResultStatus, TagTone> = {
  validated: 'success',
  rejected: 'danger',
  cancelled: 'warning',
}

/** Why a result is not validated, in the terms of the rules (server `result-rules.ts`). */
export function resultReason(candidate: SessionCandidateResult): PlainMessageKey | null {
  const { result } = candidate
  if (!result || result.status === 'validated') return null
  if (result.answered >= MINIMUM_ANSWERS_FOR_SCORE) return 'results.reason.levelZero'
  if (candidate.abortReason === 'technical') return 'results.reason.technical'
  if (candidate.abortReason === 'candidate') return 'results.reason.candidate'
  if (candidate.testStatus === 'completed') return 'results.reason.noQuestions'
  return 'results.reason.fewAnswers'
}

export interface ResultCounts {
  validated: number
  rejected: number
  cancelled: number
  /** Enrolled but never started. */
  absent: number
}

export function resultCounts(results: SessionResults): ResultCounts {
  const counts: ResultCounts = { validated: 0, rejected: 0, cancelled: 0, absent: 0 }
  for (const { result } of results.candidates) counts[result ? result.status : 'absent'] += 1
  return counts
}
