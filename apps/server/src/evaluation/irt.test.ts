import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { estimateAbility, fisherInformation, probabilityCorrect, type ScoredResponse } from './irt'

const itemArbitrary = fc.record({
  a: fc.double({ min: 0.4, max: 2.5, noNaN: true }),
  b: fc.double({ min: -4, max: 4, noNaN: true }),
})
const responseArbitrary = fc.record({
  a: fc.double({ min: 0.4, max: 2.5, noNaN: true }),
  b: fc.double({ min: -4, max: 4, noNaN: true }),
  correct: fc.boolean(),
})

/** A direct, slow EAP in logarithms, to check the fast one against. */
function referenceEstimate(responses: readonly ScoredResponse[]) {
  const grid = Array.from({ length: 18_001 }, (_, index) => -9 + index * 0.001)
  const logPosterior = grid.map(
    (theta) =>
      (-theta * theta) / 2 +
      responses.reduce((sum, response) => {
        const p = probabilityCorrect(theta, response)
        return sum + Math.log(response.correct ? p : 1 - p)
      }, 0),
  )
  const peak = Math.max(...logPosterior)
  const weights = logPosterior.map((value) => Math.exp(value - peak))
  const mass = weights.reduce((sum, weight) => sum + weight, 0)
  const mean = weights.reduce((sum, weight, index) => sum + weight * (grid[index] as number), 0) / mass
  const variance =
    weights.reduce((sum, weight, index) => sum + weight * ((grid[index] as number) - mean) ** 2, 0) / mass
  return { ability: mean, sem: Math.sqrt(variance) }
}

describe('2PL model', () => {
  it('gives a half chance at the item difficulty and is increasing in ability', () => {
    expect(probabilityCorrect(1.3, { a: 1.7, b: 1.3 })).toBe(0.5)
    fc.assert(
      fc.property(itemArbitrary, fc.double({ min: -8, max: 8, noNaN: true }), (item, ability) => {
        expect(probabilityCorrect(ability + 0.5, item)).toBeGreaterThanOrEqual(
          probabilityCorrect(ability, item),
        )
      }),
    )
  })

  it('has Fisher information a²·P·(1 − P), largest at the difficulty', () => {
    expect(fisherInformation(0.4, { a: 2, b: 0.4 })).toBeCloseTo(1)
    fc.assert(
      fc.property(itemArbitrary, fc.double({ min: -8, max: 8, noNaN: true }), (item, ability) => {
        const p = probabilityCorrect(ability, item)
        expect(fisherInformation(ability, item)).toBeCloseTo(item.a * item.a * p * (1 - p), 12)
        expect(fisherInformation(ability, item)).toBeLessThanOrEqual(fisherInformation(item.b, item) + 1e-12)
      }),
    )
  })
})

describe('EAP estimate', () => {
  it('is the prior, N(0, 1), before any answer', () => {
    const estimate = estimateAbility([])
    expect(estimate.ability).toBeCloseTo(0, 10)
    expect(estimate.sem).toBeCloseTo(1, 6)
  })

  it('matches a direct computation on a much finer grid', () => {
    fc.assert(
      fc.property(fc.array(responseArbitrary, { maxLength: 40 }), (responses) => {
        const fast = estimateAbility(responses)
        const reference = referenceEstimate(responses)
        expect(fast.ability).toBeCloseTo(reference.ability, 4)
        expect(fast.sem).toBeCloseTo(reference.sem, 4)
      }),
      { numRuns: 60 },
    )
  })

  it('survives long runs of unlikely answers without underflow', () => {
    const allWrongOnEasy = Array.from({ length: 60 }, () => ({ a: 2.5, b: -4, correct: false }))
    const allRightOnHard = Array.from({ length: 60 }, () => ({ a: 2.5, b: 4, correct: true }))
    for (const responses of [allWrongOnEasy, allRightOnHard]) {
      const estimate = estimateAbility(responses)
      expect(Number.isFinite(estimate.ability) && Number.isFinite(estimate.sem)).toBe(true)
    }
    expect(estimateAbility(allWrongOnEasy).ability).toBeLessThan(-4)
    expect(estimateAbility(allRightOnHard).ability).toBeGreaterThan(4)
  })

  it('rises after a correct answer and falls after a wrong one', () => {
    fc.assert(
      fc.property(fc.array(responseArbitrary, { maxLength: 32 }), itemArbitrary, (responses, item) => {
        const before = estimateAbility(responses).ability
        const afterCorrect = estimateAbility([...responses, { ...item, correct: true }]).ability
        const afterWrong = estimateAbility([...responses, { ...item, correct: false }]).ability
        // Strictly whenever the item is not hopelessly far from the estimate (else e^-30 changes round off).
        if (Math.abs(before - item.b) < 3) {
          expect(afterCorrect).toBeGreaterThan(before)
          expect(afterWrong).toBeLessThan(before)
        } else {
          expect(afterCorrect).toBeGreaterThanOrEqual(before)
          expect(afterWrong).toBeLessThanOrEqual(before)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('narrows as answers accumulate', () => {
    const responses = Array.from({ length: 32 }, (_, index) => ({ a: 1.2, b: 0, correct: index % 2 === 0 }))
    expect(estimateAbility(responses).sem).toBeLessThan(estimateAbility(responses.slice(0, 10)).sem)
    expect(estimateAbility(responses).sem).toBeLessThan(0.4)
  })
})
