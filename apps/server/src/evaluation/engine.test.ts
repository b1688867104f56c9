import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type AdaptiveEngine,
  createEngine,
  MINIMUM_ANSWERS_FOR_SCORE,
  type TestState,
  TestStateError,
} from './engine'
import { calibrateExposureControl, NO_EXPOSURE_CONTROL } from './exposure-control'
import type { Item } from './item-format'
import { simulatedAnswer } from './simulation'
import { syntheticBank } from './synthetic-bank'
import { makeBank } from './test-banks'

const bank = syntheticBank({ seed: 11 })
const exposureControl = calibrateExposureControl(bank, {
  testLength: 32,
  candidatesPerRound: [60, 60],
})
const engine = createEngine(bank, { exposureControl })

/** Answers `count` questions, correct when `isCorrect(index)`; returns the state and the items. */
function run(
  target: AdaptiveEngine,
  start: TestState,
  count: number,
  isCorrect: (index: number) => boolean,
): { state: TestState; items: Item[] } {
  let state = start
  const items: Item[] = []
  for (let index = 0; index < count; index++) {
    const next = target.nextItem(state)
    if (!next.item) break
    items.push(next.item)
    state = target.recordAnswer(next.state, next.item.id, simulatedAnswer(next.item, isCorrect(index))).state
  }
  return { state, items }
}

describe('adaptive engine', () => {
  it('is deterministic for a seed and the same answers', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }), (seed, answers) => {
        const first = run(engine, engine.start({ seed }), 32, (index) => answers[index] as boolean)
        const second = run(engine, engine.start({ seed }), 32, (index) => answers[index] as boolean)
        expect(second.state).toEqual(first.state)
      }),
      { numRuns: 30 },
    )
  })

  it('gives different candidates different tests', () => {
    const tests = Array.from({ length: 20 }, (_, seed) =>
      run(engine, engine.start({ seed }), 32, () => true)
        .items.map((item) => item.id)
        .join(),
    )
    expect(new Set(tests).size).toBe(20)
  })

  it('keeps its whole state in plain JSON, so a stored test resumes identically', () => {
    const halfway = run(engine, engine.start({ seed: 5 }), 12, (index) => index % 3 !== 0).state
    const stored = JSON.parse(JSON.stringify(halfway)) as TestState
    expect(stored).toEqual(halfway)
    const continued = run(engine, halfway, 20, (index) => index % 2 === 0)
    const resumed = run(engine, stored, 20, (index) => index % 2 === 0)
    expect(resumed.state).toEqual(continued.state)
  })

  it('serves the waiting question again until it is answered', () => {
    const next = engine.nextItem(engine.start({ seed: 1 }))
    expect(engine.nextItem(next.state)).toEqual(next)
  })

  it('stops after the test length and then has a score', () => {
    const { state, items } = run(engine, engine.start({ seed: 2 }), 40, () => true)
    expect(items).toHaveLength(32)
    expect(engine.nextItem(state).item).toBeNull()
    const result = engine.result(state)
    expect(result).toMatchObject({ answered: 32, correct: 32, neutralised: 0 })
    expect(result.score).toBeGreaterThan(600)
    expect(result.level).toBeGreaterThanOrEqual(5)
  })

  it('gives no score with fewer than 20 answers', () => {
    const short = run(engine, engine.start({ seed: 3 }), MINIMUM_ANSWERS_FOR_SCORE - 1, () => true).state
    expect(engine.result(short)).toMatchObject({ answered: 19, score: null, level: null })
    const enough = run(engine, short, 1, () => true).state
    expect(engine.result(enough).score).not.toBeNull()
  })

  it('counts a skip as a wrong answer', () => {
    const next = engine.nextItem(engine.start({ seed: 4 }))
    if (!next.item) throw new Error('no first item')
    const skipped = engine.recordAnswer(next.state, next.item.id, { kind: 'skipped' })
    const wrong = engine.recordAnswer(next.state, next.item.id, simulatedAnswer(next.item, false))
    expect(skipped.outcome).toBe('skipped')
    expect(wrong.outcome).toBe('wrong')
    expect(engine.result(skipped.state)).toEqual(engine.result(wrong.state))
  })

  it('raises the estimate after a correct answer and lowers it after a wrong one', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.boolean(), { maxLength: 31 }), (seed, answers) => {
        const { state } = run(
          engine,
          engine.start({ seed }),
          answers.length,
          (index) => answers[index] as boolean,
        )
        const next = engine.nextItem(state)
        if (!next.item) return
        const before = engine.result(state).ability
        const afterCorrect = engine.recordAnswer(
          next.state,
          next.item.id,
          simulatedAnswer(next.item, true),
        ).state
        const afterWrong = engine.recordAnswer(
          next.state,
          next.item.id,
          simulatedAnswer(next.item, false),
        ).state
        expect(engine.result(afterCorrect).ability).toBeGreaterThan(before)
        expect(engine.result(afterWrong).ability).toBeLessThan(before)
      }),
      { numRuns: 100 },
    )
  })

  it('refuses an answer to a question that is not waiting for one', () => {
    const next = engine.nextItem(engine.start({ seed: 6 }))
    const other = bank.items.find((item) => item.id !== next.item?.id) as Item
    expect(() => engine.recordAnswer(next.state, other.id, simulatedAnswer(other, true))).toThrow(
      TestStateError,
    )
    const answered = engine.recordAnswer(next.state, next.item?.id as string, { kind: 'skipped' }).state
    expect(() => engine.recordAnswer(answered, next.item?.id as string, { kind: 'skipped' })).toThrow(
      expect.objectContaining({ code: 'not_current_question' }),
    )
  })

  it('withdraws a neutralised waiting question: another comes, not of its skill, and it is never scored', () => {
    const { state } = run(engine, engine.start({ seed: 7 }), 5, () => true)
    const reported = engine.nextItem(state)
    if (!reported.item) throw new Error('no item')
    const neutralised = engine.neutralise(reported.state, reported.item.id)
    expect(engine.neutralise(neutralised, reported.item.id)).toEqual(neutralised)
    const replacement = engine.nextItem(neutralised)
    expect(replacement.item?.id).not.toBe(reported.item.id)
    expect(replacement.item?.skill).not.toBe(reported.item.skill)
    const finished = run(engine, replacement.state, 40, () => false)
    expect(finished.items.map((item) => item.id)).not.toContain(reported.item.id)
    expect(engine.result(finished.state)).toMatchObject({ answered: 32, neutralised: 1 })
  })

  it('stops scoring a question neutralised after it was answered', () => {
    const { state, items } = run(engine, engine.start({ seed: 8 }), 32, (index) => index !== 0)
    const first = items[0] as Item
    const after = engine.neutralise(state, first.id)
    const result = engine.result(after)
    expect(result).toMatchObject({ answered: 31, correct: 31, neutralised: 1 })
    expect(result.ability).toBeGreaterThan(engine.result(state).ability)
  })

  it('refuses to neutralise a question it did not serve', () => {
    expect(() => engine.neutralise(engine.start({ seed: 9 }), bank.items[0]?.id as string)).toThrow(
      expect.objectContaining({ code: 'not_served' }),
    )
  })

  it('refuses a state from another bank version', () => {
    const state = engine.start({ seed: 10 })
    const other = createEngine(
      makeBank(
        bank.manifest.competences.map(({ code }) => code),
        bank.items,
        'other',
      ),
      {
        exposureControl: NO_EXPOSURE_CONTROL,
      },
    )
    expect(() => other.nextItem(state)).toThrow(expect.objectContaining({ code: 'other_bank' }))
  })

  it('serves only accessible items with an accessibility adjustment', () => {
    const { items } = run(engine, engine.start({ seed: 12, accessibilityAdjustment: true }), 32, () => true)
    expect(items).toHaveLength(32)
    expect(items.every((item) => item.accessible)).toBe(true)
  })

  it('refuses a test length that is not a positive integer', () => {
    expect(() => engine.start({ seed: 1, length: 0 })).toThrow(RangeError)
    expect(() => engine.start({ seed: 1, length: 2.5 })).toThrow(RangeError)
  })
})
