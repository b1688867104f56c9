import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEngine, type TestState } from './engine'
import { type ExposureControl, NO_EXPOSURE_CONTROL } from './exposure-control'
import { estimateAbility, fisherInformation } from './irt'
import type { Bank, Item } from './item-format'
import { randomStream } from './random'
import {
  buildItemPool,
  type ContentRulesInput,
  itemsAllowedNow,
  selectNextItem,
  TOP_CANDIDATE_WEIGHTS,
} from './selection'
import { simulatedAnswer } from './simulation'
import { bankArbitrary, makeBank, makeItem } from './test-banks'

type Action = 'correct' | 'wrong' | 'skip' | 'neutralise current' | 'neutralise an earlier one'

/** Items the rules of DESIGN.md allow, written plainly, to check the engine's choices against. */
function eligibleItems(bank: Bank, state: TestState): Item[] {
  const servedItems = state.questions.map(
    (question) => bank.items.find((item) => item.id === question.itemId) as Item,
  )
  const last = servedItems[servedItems.length - 1]
  return bank.items.filter(
    (item) =>
      !servedItems.some((other) => other.id === item.id || other.skill === item.skill) &&
      item.competence !== last?.competence &&
      (item.accessible || !state.accessibleOnly),
  )
}

function check(bank: Bank, state: TestState, served: Item): void {
  const itemOf = (id: string) => bank.items.find((item) => item.id === id) as Item
  const counted = state.questions.filter((question) => question.outcome !== null && !question.neutralised)
  const eligible = eligibleItems(bank, state)
  const covered = new Set(counted.map((question) => itemOf(question.itemId).competence))
  const uncovered = state.competenceOrder.filter(
    (competence) => !covered.has(competence) && eligible.some((item) => item.competence === competence),
  )

  expect(
    eligible.map((item) => item.id),
    'served item is eligible',
  ).toContain(served.id)
  if (uncovered.length > 0) {
    expect(uncovered, 'every competence before any twice').toContain(served.competence)
    expect(served.competence, 'in this candidate’s order').toBe(uncovered[0])
  }
  const allowed =
    uncovered.length > 0 ? eligible.filter((item) => item.competence === uncovered[0]) : eligible
  const available = allowed.filter((item) => !state.withheldItemIds.includes(item.id))
  if (state.withheldItemIds.includes(served.id))
    expect(available, 'withheld only as a last resort').toEqual([])

  const ability = estimateAbility(
    counted.map((question) => ({ ...itemOf(question.itemId).irt, correct: question.outcome === 'correct' })),
  ).ability
  const informations = (available.length > 0 ? available : allowed)
    .map((item) => fisherInformation(ability, item.irt))
    .sort((left, right) => right - left)
  const fifthBest = informations[Math.min(informations.length, TOP_CANDIDATE_WEIGHTS.length) - 1] as number
  expect(fisherInformation(ability, served.irt), 'among the five most informative').toBeGreaterThanOrEqual(
    fifthBest,
  )
}

function randomExposureControl(bank: Bank, seed: number): ExposureControl {
  const random = randomStream(seed)
  const availability: Record<string, number> = {}
  for (const item of bank.items) if (random.uniform() < 0.3) availability[item.id] = random.uniform()
  return { availability }
}

describe('content rules over random tests', () => {
  it('are never violated, and neutralised questions are neither served again nor scored', () => {
    fc.assert(
      fc.property(
        bankArbitrary,
        fc.integer(),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        fc.option(fc.integer(), { nil: undefined }),
        fc.array(
          fc.constantFrom<Action>(
            'correct',
            'wrong',
            'skip',
            'neutralise current',
            'neutralise an earlier one',
          ),
          { maxLength: 60 },
        ),
        (bank, seed, accessibilityAdjustment, length, exposureSeed, actions) => {
          const exposureControl =
            exposureSeed === undefined ? NO_EXPOSURE_CONTROL : randomExposureControl(bank, exposureSeed)
          const engine = createEngine(bank, { exposureControl })
          let state = engine.start({ seed, accessibilityAdjustment, length })
          for (let step = 0; ; step++) {
            const next = engine.nextItem(state)
            if (!next.item) {
              const counted = state.questions.filter(
                (question) => question.outcome !== null && !question.neutralised,
              )
              if (counted.length < length)
                expect(eligibleItems(bank, state), 'nothing left to serve').toEqual([])
              break
            }
            check(bank, state, next.item)
            state = next.state
            const action = actions[step % Math.max(1, actions.length)] ?? 'correct'
            if (action === 'neutralise current') state = engine.neutralise(state, next.item.id)
            else {
              const answer =
                action === 'skip'
                  ? { kind: 'skipped' as const }
                  : simulatedAnswer(next.item, action === 'correct')
              state = engine.recordAnswer(state, next.item.id, answer).state
            }
            if (action === 'neutralise an earlier one' && state.questions.length > 1) {
              state = engine.neutralise(
                state,
                state.questions[step % (state.questions.length - 1)]?.itemId as string,
              )
            }
          }

          const ids = state.questions.map((question) => question.itemId)
          expect(new Set(ids).size).toBe(ids.length)
          const counted = state.questions.filter(
            (question) => question.outcome !== null && !question.neutralised,
          )
          const result = engine.result(state)
          const itemOf = (id: string) => bank.items.find((item) => item.id === id) as Item
          expect(result.answered).toBe(counted.length)
          expect(result.ability).toBe(
            estimateAbility(
              counted.map((question) => ({
                ...itemOf(question.itemId).irt,
                correct: question.outcome === 'correct',
              })),
            ).ability,
          )
          expect(result.score === null).toBe(counted.length < 20)
        },
      ),
      { numRuns: 2000 },
    )
  }, 120_000)

  it('serve whole tests on the synthetic-sized bank without a competence twice in a row', () => {
    const items = ['1', '2', '3', '4'].flatMap((competence) =>
      Array.from({ length: 10 }, (_, index) =>
        makeItem({
          id: `${competence}-${index}`,
          competence,
          skill: `@${competence}-${index % 5}`,
          b: index - 5,
        }),
      ),
    )
    const bank = makeBank(['1', '2', '3', '4'], items)
    const engine = createEngine(bank, { exposureControl: NO_EXPOSURE_CONTROL })
    for (let seed = 0; seed < 200; seed++) {
      let state = engine.start({ seed, length: 16 })
      const competences: string[] = []
      for (;;) {
        const next = engine.nextItem(state)
        if (!next.item) break
        competences.push(next.item.competence)
        state = engine.recordAnswer(
          next.state,
          next.item.id,
          simulatedAnswer(next.item, seed % 3 === 0),
        ).state
      }
      expect(competences).toHaveLength(16)
      expect(new Set(competences.slice(0, 4)).size).toBe(4)
      for (const [index, competence] of competences.slice(1).entries()) {
        expect(competence).not.toBe(competences[index])
      }
    }
  })
})

describe('choice among the best five', () => {
  const bank = makeBank(
    ['c'],
    Array.from({ length: 8 }, (_, index) =>
      makeItem({ id: `c-${index}`, competence: 'c', a: 0.5 + 0.25 * index, b: 0 }),
    ),
  )
  const pool = buildItemPool(bank)
  const rules: ContentRulesInput = {
    servedItemIds: [],
    countedItemIds: [],
    accessibleOnly: false,
    competenceOrder: ['c'],
    withheldItemIds: new Set(),
  }

  it('draws the five most informative with weights .51/.25/.12/.06/.06', () => {
    const counts = new Map<string, number>()
    let seed = 1
    const draws = 40_000
    for (let draw = 0; draw < draws; draw++) {
      const selected = selectNextItem(pool, { ...rules, ability: 0, seed })
      if (!selected) throw new Error('nothing selected')
      seed = selected.seed
      counts.set(selected.value.id, (counts.get(selected.value.id) ?? 0) + 1)
    }
    // Information grows with a here, so c-7 is the best and c-2 the fifth.
    for (const [rank, id] of ['c-7', 'c-6', 'c-5', 'c-4', 'c-3'].entries()) {
      expect((counts.get(id) ?? 0) / draws).toBeCloseTo(TOP_CANDIDATE_WEIGHTS[rank] as number, 2)
    }
    expect(counts.get('c-2') ?? 0).toBe(0)
  })

  it('keeps withheld items back while anything else is allowed', () => {
    const withheld = new Set(['c-7', 'c-6', 'c-5'])
    const allowed = itemsAllowedNow(pool, { ...rules, withheldItemIds: withheld }).map((item) => item.id)
    expect(allowed).toEqual(['c-0', 'c-1', 'c-2', 'c-3', 'c-4'])
    const lastResort = itemsAllowedNow(pool, {
      ...rules,
      servedItemIds: [],
      withheldItemIds: new Set(bank.items.map((item) => item.id)),
    })
    expect(lastResort).toHaveLength(8)
  })

  it('offers only accessible items to a candidate with an accessibility adjustment', () => {
    const mixed = makeBank(
      ['c'],
      [makeItem({ id: 'a', competence: 'c', accessible: false }), makeItem({ id: 'b', competence: 'c' })],
    )
    const allowed = itemsAllowedNow(buildItemPool(mixed), { ...rules, accessibleOnly: true })
    expect(allowed.map((item) => item.id)).toEqual(['b'])
  })
})
