/**
 * A level (0–7) per competence, from the answers of one test.
 *
 * A test gives each competence two or three questions: too few to place a competence on its own.
 * So each competence's ability is the EAP of its own answers under a prior centred on what the
 * rest of the test says about the candidate (the EAP of the other competences' answers), with
 * the usual standard deviation of 1. A competence answered like the rest of the test lands near
 * the global level; one answered much better or worse moves away from it, as far as its few
 * answers justify. Centring on the other competences only (not on the global estimate) keeps a
 * competence's answers from being counted twice. The ability is then mapped through the same
 * score bands as the global score.
 */
import {
  accumulateResponse,
  estimateAbility,
  priorDensity,
  type ScoredResponse,
  summarisePosterior,
} from './irt'
import { levelFromAbility } from './scoring'

export interface CompetenceResponse extends ScoredResponse {
  readonly competence: string
}

export interface CompetenceLevelEstimate {
  readonly competence: string
  /** Counted answers of this competence. */
  readonly answered: number
  /** Null, as the level, when no answer of this competence counts. */
  readonly ability: number | null
  readonly level: number | null
}

export function competenceLevels(
  /** Every competence to report on, in the order to report them. */
  competences: readonly string[],
  /** The test's counted answers (neutralised questions left out). */
  responses: readonly CompetenceResponse[],
): CompetenceLevelEstimate[] {
  return competences.map((competence) => {
    const own = responses.filter((response) => response.competence === competence)
    if (own.length === 0) return { competence, answered: 0, ability: null, level: null }
    const others = responses.filter((response) => response.competence !== competence)
    const posterior = priorDensity(estimateAbility(others).ability)
    for (const response of own) accumulateResponse(posterior, response)
    const { ability } = summarisePosterior(posterior)
    return { competence, answered: own.length, ability, level: levelFromAbility(ability) }
  })
}
