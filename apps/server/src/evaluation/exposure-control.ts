/**
 * Sympson–Hetter exposure control, calibrated by simulation when an engine is built for a bank.
 *
 * Maximum-information selection hands the few most discriminating items of middle difficulty to
 * most candidates: on the synthetic bank, even with the random choice among the best five and a
 * random competence order, single items reach about 80 % of the candidates. Sympson and Hetter
 * give each item a probability K of being available to a candidate: items that selection would
 * give too often are withheld from a share of the candidates, so that other items get their turn.
 * A candidate's withheld items are drawn once, when the test starts, and kept in the test state;
 * this is the same draw as Sympson–Hetter's accept-or-set-aside at selection time, since an item
 * set aside is never reconsidered for that candidate.
 *
 * K comes from simulating candidates with abilities ~ N(0, 1) through the real selection code for
 * a few rounds, multiplying each item's K by target / exposure after each round (at once when the
 * item is over its target, slowly when under). The simulated candidates are the same every round
 * and seeded by a constant, so every server process computes the same values for the same bank.
 *
 * The target, 24 %, sits below the 30 % ceiling because about a hundred items end up near it and
 * the largest of a hundred noisy exposures lands 3 to 5 points above their mean. Lower targets
 * cost precision: on a bank of 192 items, 32 a test is already a mean exposure of 17 %, and the
 * quarter of the items with |b| > 3 suits few candidates (see the trade-off in bench/ENGINE.md).
 */
import { accumulateResponse, priorDensity, probabilityCorrect, summarisePosterior } from './irt'
import type { Bank } from './item-format'
import { drawWeightedIndex, nextUniform, type RandomDraw, randomStream, seedFrom, shuffle } from './random'
import { buildItemPool, type ItemPool, type RankedItem, rankCandidates } from './selection'

export interface ExposureControl {
  /** Probability that an item is available to a candidate; an item not listed always is. */
  readonly availability: Readonly<Record<string, number>>
}

export const NO_EXPOSURE_CONTROL: ExposureControl = { availability: {} }

export interface ExposureCalibrationOptions {
  readonly testLength: number
  /** The share of candidates an item should reach at most; below the 30 % ceiling for margin. */
  readonly targetExposure?: number
  /**
   * Simulated candidates in each round. Early rounds only need the rough shape of the demand;
   * the last one sets the availabilities kept, and its sampling noise becomes exposure above
   * the target, so it is the largest.
   */
  readonly candidatesPerRound?: readonly number[]
}

const CALIBRATION_SEED = 0x5eed
const DEFAULT_TARGET_EXPOSURE = 0.24
/** 6,000 simulated tests: about 3 s on this machine when idle (bench/ENGINE.md). */
const DEFAULT_CANDIDATES_PER_ROUND: readonly number[] = [200, 200, 400, 400, 800, 800, 1600, 1600]
/**
 * An item over its target is corrected at once; one under it regains availability slowly, else
 * items flip between rounds as their neighbours are restricted and released.
 */
const RELEASE_DAMPING = 0.5

/** Draws, for one candidate, the items kept from them. */
export function drawWithheldItems(
  seed: number,
  pool: ItemPool,
  control: ExposureControl,
): RandomDraw<string[]> {
  let state = seed
  const withheld: string[] = []
  for (const item of pool.items) {
    const availability = control.availability[item.id]
    if (availability === undefined) continue
    const draw = nextUniform(state)
    state = draw.seed
    if (draw.value >= availability) withheld.push(item.id)
  }
  return { value: withheld, seed: state }
}

/**
 * One simulated test through the real selection code. Adds to `exposure`, for every step, each
 * candidate item's chance of being drawn rather than only the item drawn: the same expectation
 * with less noise.
 */
function simulateTest(
  pool: ItemPool,
  candidate: { ability: number; seed: number },
  control: ExposureControl,
  length: number,
  exposure: Map<string, number>,
): void {
  const order = shuffle(candidate.seed, pool.competences)
  const withheld = drawWithheldItems(order.seed, pool, control)
  const withheldItemIds = new Set(withheld.value)
  const answers = randomStream(candidate.seed ^ 0xa5a5a5a5)
  const posterior = priorDensity()
  const served: string[] = []
  let random = withheld.seed
  while (served.length < length) {
    const ranked = rankCandidates(pool, {
      servedItemIds: served,
      countedItemIds: served,
      accessibleOnly: false,
      competenceOrder: order.value,
      withheldItemIds,
      ability: summarisePosterior(posterior).ability,
    })
    if (ranked.length === 0) break
    for (const { item, probability } of ranked)
      exposure.set(item.id, (exposure.get(item.id) ?? 0) + probability)
    const draw = drawWeightedIndex(
      random,
      ranked.map((rankedItem) => rankedItem.probability),
    )
    random = draw.seed
    const item = (ranked[draw.value] as RankedItem).item
    served.push(item.id)
    const correct = answers.uniform() < probabilityCorrect(candidate.ability, item)
    accumulateResponse(posterior, { a: item.a, b: item.b, correct })
  }
}

/**
 * Deterministic for a bank, and plain JSON: compute it once per bank version (when the bank is
 * imported, say) and pass it to `createEngine` rather than calibrating in every process.
 */
export function calibrateExposureControl(bank: Bank, options: ExposureCalibrationOptions): ExposureControl {
  const pool = buildItemPool(bank)
  const target = options.targetExposure ?? DEFAULT_TARGET_EXPOSURE
  const schedule = options.candidatesPerRound ?? DEFAULT_CANDIDATES_PER_ROUND
  // The same simulated candidates every round (the first n of them), so that rounds differ by
  // the availabilities and the sample size only.
  const population = randomStream(CALIBRATION_SEED)
  const candidates = Array.from({ length: Math.max(0, ...schedule) }, () => ({
    ability: population.standardNormal(),
    seed: seedFrom(population.uniform() * 2 ** 32),
  }))
  const availability: Record<string, number> = {}
  for (const size of schedule) {
    const sample = candidates.slice(0, size)
    const expectedUses = new Map<string, number>()
    for (const candidate of sample)
      simulateTest(pool, candidate, { availability }, options.testLength, expectedUses)
    for (const item of pool.items) {
      // An item nobody was offered counts as used once, so that its correction stays finite.
      const exposure = Math.max(1, expectedUses.get(item.id) ?? 0) / sample.length
      const correction = target / exposure
      const next = (availability[item.id] ?? 1) * correction ** (correction < 1 ? 1 : RELEASE_DAMPING)
      if (next < 1) availability[item.id] = next
      else delete availability[item.id]
    }
  }
  return { availability }
}
