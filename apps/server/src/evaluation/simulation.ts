/**
 * Monte Carlo check of the adaptive test: simulated candidates with known abilities answer
 * under the 2PL model, through the real engine, and the estimates are compared with the truth.
 */
import { performance } from 'node:perf_hooks'
import { createEngine } from './engine'
import type { ExposureControl } from './exposure-control'
import { estimateAbility, probabilityCorrect, type ScoredResponse } from './irt'
import type { Bank, Item } from './item-format'
import { randomStream, seedFrom, shuffle } from './random'
import { type CandidateAnswer, levelFromAbility } from './scoring'
import { buildItemPool, type ItemPool, itemsAllowedNow } from './selection'

export interface SimulationOptions {
  readonly bank: Bank
  /** Skips the calibration the engine would otherwise run (tests, experiments). */
  readonly exposureControl?: ExposureControl
  readonly candidates: number
  readonly seed: number
}

export interface TargetCheck {
  readonly value: number
  readonly limit: string
  readonly met: boolean
}

export interface SimulationReport {
  readonly bank: { readonly id: string; readonly version: string; readonly items: number }
  readonly candidates: number
  readonly seed: number
  readonly testLength: number
  readonly meanAnswers: number
  readonly rmse: number
  readonly bias: number
  readonly meanSem: number
  readonly maxItemExposure: number
  /** Share of the bank's items that no candidate saw. */
  readonly itemsNeverUsed: number
  /** Share of candidates whose level from the estimate equals the level of their true ability. */
  readonly scoreLevelAgreement: number
  readonly msPerSelection: number
  readonly msPerSelectionP99: number
  /** Building the engine, which calibrates the exposure control: once per bank version. */
  readonly msEngineCreation: number
  /** Same candidates, items drawn at random under the same content rules: the baseline. */
  readonly rmseRandomOrder: number
  readonly targets: Readonly<Record<string, TargetCheck>>
}

/** What a simulated candidate sends to get the outcome the model drew. */
export function simulatedAnswer(item: Item, correct: boolean): CandidateAnswer {
  if (item.type === 'free') {
    return { kind: 'text', text: correct ? (item.accepted.fr[0] as string) : '(réponse simulée fausse)' }
  }
  const ids = (right: boolean) =>
    item.choices.filter((choice) => choice.correct === right).map((choice) => choice.id)
  return { kind: 'choices', choiceIds: correct ? ids(true) : ids(false).slice(0, 1) }
}

function randomOrderEstimate(pool: ItemPool, ability: number, length: number, draw: () => number): number {
  const served: string[] = []
  const responses: ScoredResponse[] = []
  const order = shuffle(seedFrom(draw() * 2 ** 32), pool.competences).value
  while (responses.length < length) {
    const allowed = itemsAllowedNow(pool, {
      servedItemIds: served,
      countedItemIds: served,
      accessibleOnly: false,
      competenceOrder: order,
      withheldItemIds: new Set(),
    })
    const item = allowed[Math.floor(draw() * allowed.length)]
    if (!item) break
    served.push(item.id)
    responses.push({ a: item.a, b: item.b, correct: draw() < probabilityCorrect(ability, item) })
  }
  return estimateAbility(responses).ability
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((left, right) => left - right)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}

export const TARGETS = {
  rmse: { limit: '≤ 0.35', met: (value: number) => value <= 0.35 },
  bias: { limit: '|bias| ≤ 0.05', met: (value: number) => Math.abs(value) <= 0.05 },
  maxItemExposure: { limit: '≤ 0.30', met: (value: number) => value <= 0.3 },
  itemsNeverUsed: { limit: '< 0.10', met: (value: number) => value < 0.1 },
  msPerSelection: { limit: '< 1 ms', met: (value: number) => value < 1 },
} as const

export function simulate(options: SimulationOptions): SimulationReport {
  const { bank } = options
  const calibrationStarted = performance.now()
  const engine = createEngine(bank, { exposureControl: options.exposureControl })
  const msEngineCreation = performance.now() - calibrationStarted
  const pool = buildItemPool(bank)
  const random = randomStream(options.seed)
  const exposure = new Map<string, number>(bank.items.map((item) => [item.id, 0]))
  const errors: number[] = []
  const randomOrderErrors: number[] = []
  const sems: number[] = []
  const answers: number[] = []
  const selectionTimes: number[] = []
  let levelAgreements = 0
  let testLength = 0

  for (let candidate = 0; candidate < options.candidates; candidate++) {
    const ability = random.standardNormal()
    let state = engine.start({ seed: Math.floor(random.uniform() * 2 ** 32) })
    testLength = state.length
    for (;;) {
      const started = performance.now()
      const next = engine.nextItem(state)
      const elapsed = performance.now() - started
      if (!next.item) break
      selectionTimes.push(elapsed)
      const correct = random.uniform() < probabilityCorrect(ability, next.item.irt)
      const recorded = engine.recordAnswer(next.state, next.item.id, simulatedAnswer(next.item, correct))
      if ((recorded.outcome === 'correct') !== correct) {
        throw new Error(
          `item ${next.item.id}: the simulated ${correct ? 'right' : 'wrong'} answer was graded otherwise`,
        )
      }
      exposure.set(next.item.id, (exposure.get(next.item.id) ?? 0) + 1)
      state = recorded.state
    }
    const result = engine.result(state)
    errors.push(result.ability - ability)
    sems.push(result.sem)
    answers.push(result.answered)
    if (levelFromAbility(result.ability) === levelFromAbility(ability)) levelAgreements++
    randomOrderErrors.push(randomOrderEstimate(pool, ability, state.length, random.uniform) - ability)
  }

  const counts = [...exposure.values()]
  const measures = {
    rmse: Math.sqrt(mean(errors.map((error) => error * error))),
    bias: mean(errors),
    maxItemExposure: Math.max(0, ...counts) / options.candidates,
    itemsNeverUsed: counts.filter((count) => count === 0).length / Math.max(1, counts.length),
    msPerSelection: mean(selectionTimes),
  }
  const targets = Object.fromEntries(
    Object.entries(TARGETS).map(([name, target]) => {
      const value = measures[name as keyof typeof TARGETS]
      return [name, { value, limit: target.limit, met: target.met(value) }]
    }),
  )
  return {
    bank: { id: bank.manifest.id, version: bank.manifest.version, items: bank.items.length },
    candidates: options.candidates,
    seed: options.seed,
    testLength,
    meanAnswers: mean(answers),
    rmse: measures.rmse,
    bias: measures.bias,
    meanSem: mean(sems),
    maxItemExposure: measures.maxItemExposure,
    itemsNeverUsed: measures.itemsNeverUsed,
    scoreLevelAgreement: levelAgreements / options.candidates,
    msPerSelection: measures.msPerSelection,
    msPerSelectionP99: quantile(selectionTimes, 0.99),
    msEngineCreation,
    rmseRandomOrder: Math.sqrt(mean(randomOrderErrors.map((error) => error * error))),
    targets,
  }
}
