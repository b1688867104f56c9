import type { MyResult } from '@vigie/contract'

/** The score's scale and the levels' (DESIGN.md, "Evaluation"). */
export const MAX_SCORE = 895
export const MAX_LEVEL = 7

export type Explanation = 'validated' | 'rejected.noScore' | 'rejected.level0' | 'cancelled'

/**
 * Which sentence says why a result is what it is: a rejected result with a score fell short of
 * level 1; without one, fewer than 20 answers counted (DESIGN.md, "Evaluation").
 */
export function explanationOf(result: Pick<MyResult, 'status' | 'score'>): Explanation {
  if (result.status === 'rejected') return result.score === null ? 'rejected.noScore' : 'rejected.level0'
  return result.status
}
