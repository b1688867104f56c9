import type { AbortReason, ResultStatus, TestStatus } from '@vigie/contract'
import { MINIMUM_ANSWERS_FOR_SCORE } from '../evaluation/engine'

export interface ScoredTest {
  status: TestStatus
  abortReason: AbortReason | null
  /** Answers that count: neutralised questions never do. */
  answered: number
  /** The engine's level, null below the minimum number of answers. */
  level: number | null
}

/**
 * A candidate's result status (DESIGN.md, "Evaluation": fewer than 20 answers, no score).
 *
 * - 20 answers or more, level 1 or above: validated, whatever stopped the test: enough was
 *   measured to certify it.
 * - 20 answers or more, level 0 (score below 64): rejected; there is no level to certify.
 * - Fewer than 20 answers, stopped for a technical reason, or completed (the bank had no more
 *   questions for this candidate, after neutralisations): cancelled; the candidate is not at
 *   fault and may take the test again.
 * - Fewer than 20 answers, stopped because of the candidate: rejected.
 */
export function resultStatus(test: ScoredTest): ResultStatus {
  if (test.answered >= MINIMUM_ANSWERS_FOR_SCORE) return (test.level ?? 0) >= 1 ? 'validated' : 'rejected'
  if (test.abortReason === 'technical' || test.status === 'completed') return 'cancelled'
  return 'rejected'
}
