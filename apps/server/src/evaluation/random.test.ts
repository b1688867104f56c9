import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { drawWeightedIndex, nextUniform, randomStream, seedFrom, shuffle } from './random'

describe('seeded random generator', () => {
  it('gives the same numbers for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const first = randomStream(seed)
        const second = randomStream(seed)
        for (let draw = 0; draw < 20; draw++) expect(first.uniform()).toBe(second.uniform())
      }),
    )
  })

  it('draws uniform numbers in [0, 1) and a valid next state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const draw = nextUniform(seed)
        expect(draw.value).toBeGreaterThanOrEqual(0)
        expect(draw.value).toBeLessThan(1)
        expect(Number.isInteger(draw.seed) && draw.seed >= 0 && draw.seed < 2 ** 32).toBe(true)
      }),
    )
  })

  it('turns any number into a 32-bit state', () => {
    expect(seedFrom(-1)).toBe(2 ** 32 - 1)
    expect(seedFrom(2 ** 32 + 5)).toBe(5)
    expect(seedFrom(3.7)).toBe(3)
  })

  it('shuffles into a permutation', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, values) => {
        const shuffled = shuffle(seedFrom(seed), values).value
        expect([...shuffled].sort()).toEqual([...values].sort())
      }),
    )
  })

  it('draws indices in proportion to their weights', () => {
    const weights = [0.51, 0.25, 0.12, 0.06, 0.06]
    const counts = [0, 0, 0, 0, 0]
    let seed = 42
    const draws = 50_000
    for (let draw = 0; draw < draws; draw++) {
      const result = drawWeightedIndex(seed, weights)
      seed = result.seed
      counts[result.value] = (counts[result.value] ?? 0) + 1
    }
    for (const [index, count] of counts.entries())
      expect(count / draws).toBeCloseTo(weights[index] as number, 2)
  })

  it('has mean 0 and variance 1 for its normal numbers', () => {
    const random = randomStream(7)
    const values = Array.from({ length: 50_000 }, () => random.standardNormal())
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length
    expect(Math.abs(mean)).toBeLessThan(0.02)
    expect(Math.abs(variance - 1)).toBeLessThan(0.03)
  })
})
