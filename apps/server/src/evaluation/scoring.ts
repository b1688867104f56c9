/**
 * What counts as a right answer for each item type, and how a final ability becomes a score
 * (0–895) and a level (0–7).
 */
import { isAcceptedFreeAnswer } from './free-answer'
import type { Item } from './item-format'

/** What the candidate sent for one question. */
export type CandidateAnswer =
  | { readonly kind: 'choices'; readonly choiceIds: readonly string[] }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'skipped' }

/** A skip is kept apart from a wrong answer for the record, but scores the same. */
export type AnswerOutcome = 'correct' | 'wrong' | 'skipped'

/** The answer cannot belong to this item (wrong kind, unknown choice): a client bug, not a wrong answer. */
export class AnswerMismatchError extends Error {
  constructor(
    readonly itemId: string,
    reason: string,
  ) {
    super(`Answer does not fit item ${itemId}: ${reason}`)
    this.name = 'AnswerMismatchError'
  }
}

export function gradeAnswer(item: Item, answer: CandidateAnswer): AnswerOutcome {
  if (answer.kind === 'skipped') return 'skipped'
  if (item.type === 'free') {
    if (answer.kind !== 'text') throw new AnswerMismatchError(item.id, 'a free-answer item expects text')
    return isAcceptedFreeAnswer(item.accepted, answer.text) ? 'correct' : 'wrong'
  }
  if (answer.kind !== 'choices') throw new AnswerMismatchError(item.id, 'a choice item expects choice ids')
  const known = new Set(item.choices.map((choice) => choice.id))
  const unknown = answer.choiceIds.filter((id) => !known.has(id))
  if (unknown.length > 0) throw new AnswerMismatchError(item.id, `unknown choice ${unknown.join(', ')}`)
  const ticked = new Set(answer.choiceIds)
  if (item.type === 'single' && ticked.size !== 1) {
    throw new AnswerMismatchError(item.id, 'a single-choice item takes exactly one choice')
  }
  // Multiple choice: all the correct choices, and only those.
  const right = item.choices.every((choice) => choice.correct === ticked.has(choice.id))
  return right ? 'correct' : 'wrong'
}

export const MAX_SCORE = 895

/**
 * Eight bands, as DESIGN.md lists them: two of 64 points then six of 128 points
 * (0–63, 64–127, 128–255, 256–383, 384–511, 512–639, 640–767, 768–895). The band is the level.
 */
export const SCORE_BANDS: readonly { readonly level: number; readonly min: number; readonly max: number }[] =
  [
    { level: 0, min: 0, max: 63 },
    { level: 1, min: 64, max: 127 },
    { level: 2, min: 128, max: 255 },
    { level: 3, min: 256, max: 383 },
    { level: 4, min: 384, max: 511 },
    { level: 5, min: 512, max: 639 },
    { level: 6, min: 640, max: 767 },
    { level: 7, min: 768, max: 895 },
  ]

/**
 * Each band covers one unit of ability, level k on [k − 4, k − 3): level 0 below −3, level 4
 * from 0 (the population mean) to 1, level 7 from 3. Inside a band the score is linear in
 * ability; below −4 the score is 0, from 4 on it is 895.
 */
export const LOWEST_BAND_ABILITY = -4

export function scoreFromAbility(ability: number): number {
  // floor(ability) first: adding the offset before flooring rounds −1e-300 up into the next band.
  const lastBand = SCORE_BANDS.length - 1
  const unclamped = Math.floor(ability) - LOWEST_BAND_ABILITY
  const bandIndex = Math.min(lastBand, Math.max(0, unclamped))
  const band = SCORE_BANDS[bandIndex] as (typeof SCORE_BANDS)[number]
  const withinBand = unclamped < 0 ? 0 : unclamped > lastBand ? 1 : ability - Math.floor(ability)
  return Math.min(band.max, band.min + Math.floor(withinBand * (band.max - band.min + 1)))
}

export function levelFromScore(score: number): number {
  const band = SCORE_BANDS.find((candidate) => score >= candidate.min && score <= candidate.max)
  if (!band) throw new RangeError(`score ${score} is outside 0–${MAX_SCORE}`)
  return band.level
}

export function levelFromAbility(ability: number): number {
  return levelFromScore(scoreFromAbility(ability))
}
