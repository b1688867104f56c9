/**
 * Two-parameter logistic item response theory: the probability model, the information an item
 * brings, and the expected a posteriori (EAP) ability with its posterior standard deviation.
 * No scaling constant (D = 1): the bank's `a` values are on the logistic metric.
 */

export interface ItemParameters {
  readonly a: number
  readonly b: number
}

export interface ScoredResponse extends ItemParameters {
  readonly correct: boolean
}

export interface AbilityEstimate {
  /** Posterior mean. */
  readonly ability: number
  /** Posterior standard deviation, used as the standard error of measurement. */
  readonly sem: number
}

const GRID_MIN = -9
const GRID_MAX = 9
const GRID_STEP = 0.2

/**
 * Quadrature points. The trapezoid rule on a smooth, fast-decaying posterior errs by about
 * exp(−2π²·SD²/step²): below 1e-8 for a posterior SD of 0.2 or more (32 answers leave about
 * 0.3), and the grid's length is what every estimate and every selection pays for.
 */
export const ABILITY_GRID: Float64Array = Float64Array.from(
  { length: Math.round((GRID_MAX - GRID_MIN) / GRID_STEP) + 1 },
  (_, index) => GRID_MIN + index * GRID_STEP,
)

export function probabilityCorrect(ability: number, item: ItemParameters): number {
  return 1 / (1 + Math.exp(-item.a * (ability - item.b)))
}

export function fisherInformation(ability: number, item: ItemParameters): number {
  const p = probabilityCorrect(ability, item)
  return item.a * item.a * p * (1 - p)
}

/**
 * The posterior on the grid, up to a constant factor, starting from a normal prior of standard
 * deviation 1 (the standard normal unless another mean is given).
 * Linear, not logarithmic, for speed: `accumulateResponse` rescales it before it can underflow.
 */
export function priorDensity(mean = 0): Float64Array {
  return ABILITY_GRID.map((theta) => Math.exp(-((theta - mean) ** 2) / 2))
}

/** Multiplies the likelihood of one answer into `posterior`, in place (hot simulation loops). */
export function accumulateResponse(posterior: Float64Array, response: ScoredResponse): void {
  // P(correct) = 1 / (1 + e^(−a(θ−b))) and P(wrong) = 1 / (1 + e^(a(θ−b))): no 1 − P cancellation.
  const slope = response.correct ? -response.a : response.a
  let peak = 0
  for (let index = 0; index < ABILITY_GRID.length; index++) {
    const value =
      (posterior[index] as number) / (1 + Math.exp(slope * ((ABILITY_GRID[index] as number) - response.b)))
    posterior[index] = value
    if (value > peak) peak = value
  }
  // One answer lowers the peak by e^40 at most (a ≤ 2.5, |θ − b| ≤ 15): rescale long before underflow.
  if (peak < 1e-100) {
    for (let index = 0; index < ABILITY_GRID.length; index++)
      posterior[index] = (posterior[index] as number) / peak
  }
}

export function summarisePosterior(posterior: Float64Array): AbilityEstimate {
  let mass = 0
  let firstMoment = 0
  let secondMoment = 0
  for (let index = 0; index < ABILITY_GRID.length; index++) {
    const theta = ABILITY_GRID[index] as number
    const weight = posterior[index] as number
    mass += weight
    firstMoment += weight * theta
    secondMoment += weight * theta * theta
  }
  const ability = firstMoment / mass
  return { ability, sem: Math.sqrt(Math.max(0, secondMoment / mass - ability * ability)) }
}

export function estimateAbility(responses: readonly ScoredResponse[]): AbilityEstimate {
  const posterior = priorDensity()
  for (const response of responses) accumulateResponse(posterior, response)
  return summarisePosterior(posterior)
}
