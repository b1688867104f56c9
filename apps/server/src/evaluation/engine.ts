/**
 * The adaptive test engine: the only API the rest of the server uses for a test.
 *
 * A test's state is a plain JSON-serialisable object (store it as it is), and every function
 * returns a new state instead of changing the one it was given. The random generator lives in
 * the state, so a given seed and the same answers always give the same questions.
 */
import { type CompetenceLevelEstimate, competenceLevels } from './competence-levels'
import { calibrateExposureControl, drawWithheldItems, type ExposureControl } from './exposure-control'
import { estimateAbility, type ScoredResponse } from './irt'
import type { Bank, Item } from './item-format'
import { seedFrom, shuffle } from './random'
import {
  type AnswerOutcome,
  type CandidateAnswer,
  gradeAnswer,
  levelFromScore,
  scoreFromAbility,
} from './scoring'
import { buildItemPool, selectNextItem } from './selection'

export const DEFAULT_TEST_LENGTH = 32
export const MINIMUM_ANSWERS_FOR_SCORE = 20

export interface TestConfig {
  /** Any integer; the server should draw it at random when the test starts. */
  readonly seed: number
  /** The candidate has an accessibility adjustment: only `accessible: true` items. */
  readonly accessibilityAdjustment?: boolean
  readonly length?: number
}

export interface ServedQuestion {
  readonly itemId: string
  /** `null` while the question waits for its answer (only ever the last one). */
  readonly outcome: AnswerOutcome | null
  /** Neutralised questions are never scored and neither they nor their skill are served again. */
  readonly neutralised: boolean
}

export interface TestState {
  readonly bank: { readonly id: string; readonly version: string }
  readonly length: number
  readonly accessibleOnly: boolean
  readonly competenceOrder: readonly string[]
  /** Items the exposure control keeps from this candidate unless nothing else is allowed. */
  readonly withheldItemIds: readonly string[]
  /** The generator's state (mulberry32). */
  readonly random: number
  readonly questions: readonly ServedQuestion[]
}

export interface NextItem {
  readonly state: TestState
  /** `null` once the test has its answers, or when the content rules leave no item to serve. */
  readonly item: Item | null
}

export interface RecordedAnswer {
  readonly state: TestState
  readonly outcome: AnswerOutcome
}

export interface TestResult {
  /** Answers that count: not neutralised; a skip counts, as a wrong answer. */
  readonly answered: number
  readonly correct: number
  readonly neutralised: number
  readonly ability: number
  /** Standard error of measurement (posterior standard deviation). */
  readonly sem: number
  /** `null` with fewer than the minimum number of answers. */
  readonly score: number | null
  readonly level: number | null
}

export type TestStateErrorCode = 'other_bank' | 'not_current_question' | 'not_served'

export class TestStateError extends Error {
  constructor(
    readonly code: TestStateErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'TestStateError'
  }
}

export interface AdaptiveEngine {
  start(config: TestConfig): TestState
  /** Returns the question waiting for an answer if there is one, so asking twice is harmless. */
  nextItem(state: TestState): NextItem
  recordAnswer(state: TestState, itemId: string, answer: CandidateAnswer): RecordedAnswer
  /**
   * Idempotent. A waiting question is withdrawn and the next call to `nextItem` serves another;
   * an answered one stops counting, so while the test runs it is replaced by one more question.
   */
  neutralise(state: TestState, itemId: string): TestState
  result(state: TestState): TestResult
  /** A level per competence of the bank, in the bank's order (see competence-levels.ts). */
  competenceLevels(state: TestState): CompetenceLevelEstimate[]
}

function pendingQuestion(state: TestState): ServedQuestion | undefined {
  const last = state.questions[state.questions.length - 1]
  return last && last.outcome === null && !last.neutralised ? last : undefined
}

function countedQuestions(state: TestState): ServedQuestion[] {
  return state.questions.filter((question) => question.outcome !== null && !question.neutralised)
}

export interface EngineOptions {
  /**
   * Calibrated from the bank when absent: 6,000 simulated tests, 3 to 8 seconds of CPU for the
   * demo bank on this machine, blocking. Calibrate once per bank version with
   * `calibrateExposureControl` (at import) and store the JSON result with it, or at least build
   * each engine once per process before serving.
   * Tests pass `NO_EXPOSURE_CONTROL` or a small calibration.
   */
  readonly exposureControl?: ExposureControl
}

export function createEngine(bank: Bank, options: EngineOptions = {}): AdaptiveEngine {
  const pool = buildItemPool(bank)
  const exposureControl =
    options.exposureControl ?? calibrateExposureControl(bank, { testLength: DEFAULT_TEST_LENGTH })
  const itemsById = new Map(bank.items.map((item) => [item.id, item]))
  const bankRef = { id: bank.manifest.id, version: bank.manifest.version }

  function itemOf(itemId: string): Item {
    const item = itemsById.get(itemId)
    if (!item)
      throw new TestStateError('other_bank', `item ${itemId} is not in bank ${bankRef.id}@${bankRef.version}`)
    return item
  }

  function assertSameBank(state: TestState): void {
    if (state.bank.id !== bankRef.id || state.bank.version !== bankRef.version) {
      throw new TestStateError(
        'other_bank',
        `the test uses bank ${state.bank.id}@${state.bank.version}, this engine ${bankRef.id}@${bankRef.version}`,
      )
    }
  }

  function responses(state: TestState): Array<ScoredResponse & { competence: string }> {
    return countedQuestions(state).map((question) => {
      const item = itemOf(question.itemId)
      return { ...item.irt, competence: item.competence, correct: question.outcome === 'correct' }
    })
  }

  return {
    start(config) {
      const length = config.length ?? DEFAULT_TEST_LENGTH
      if (!Number.isInteger(length) || length < 1)
        throw new RangeError(`test length must be a positive integer, got ${length}`)
      const order = shuffle(seedFrom(config.seed), pool.competences)
      const withheld = drawWithheldItems(order.seed, pool, exposureControl)
      return {
        bank: bankRef,
        length,
        accessibleOnly: config.accessibilityAdjustment ?? false,
        competenceOrder: order.value,
        withheldItemIds: withheld.value,
        random: withheld.seed,
        questions: [],
      }
    },

    nextItem(state) {
      assertSameBank(state)
      const pending = pendingQuestion(state)
      if (pending) return { state, item: itemOf(pending.itemId) }
      const counted = countedQuestions(state)
      if (counted.length >= state.length) return { state, item: null }
      const selected = selectNextItem(pool, {
        servedItemIds: state.questions.map((question) => question.itemId),
        countedItemIds: counted.map((question) => question.itemId),
        ability: estimateAbility(responses(state)).ability,
        accessibleOnly: state.accessibleOnly,
        competenceOrder: state.competenceOrder,
        withheldItemIds: new Set(state.withheldItemIds),
        seed: state.random,
      })
      if (!selected) return { state, item: null }
      return {
        state: {
          ...state,
          random: selected.seed,
          questions: [...state.questions, { itemId: selected.value.id, outcome: null, neutralised: false }],
        },
        item: itemOf(selected.value.id),
      }
    },

    recordAnswer(state, itemId, answer) {
      assertSameBank(state)
      const pending = pendingQuestion(state)
      if (pending?.itemId !== itemId) {
        throw new TestStateError(
          'not_current_question',
          `item ${itemId} is not the question waiting for an answer`,
        )
      }
      const outcome = gradeAnswer(itemOf(itemId), answer)
      return {
        state: { ...state, questions: [...state.questions.slice(0, -1), { ...pending, outcome }] },
        outcome,
      }
    },

    neutralise(state, itemId) {
      assertSameBank(state)
      if (!state.questions.some((question) => question.itemId === itemId)) {
        throw new TestStateError('not_served', `item ${itemId} was not served in this test`)
      }
      return {
        ...state,
        questions: state.questions.map((question) =>
          question.itemId === itemId ? { ...question, neutralised: true } : question,
        ),
      }
    },

    result(state) {
      assertSameBank(state)
      const counted = countedQuestions(state)
      const estimate = estimateAbility(responses(state))
      const score = counted.length >= MINIMUM_ANSWERS_FOR_SCORE ? scoreFromAbility(estimate.ability) : null
      return {
        answered: counted.length,
        correct: counted.filter((question) => question.outcome === 'correct').length,
        neutralised: state.questions.filter((question) => question.neutralised).length,
        ability: estimate.ability,
        sem: estimate.sem,
        score,
        level: score === null ? null : levelFromScore(score),
      }
    },

    competenceLevels(state) {
      assertSameBank(state)
      return competenceLevels(pool.competences, responses(state))
    },
  }
}
