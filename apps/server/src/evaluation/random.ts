/**
 * A small seeded pseudo-random generator (mulberry32) whose whole state is one unsigned 32-bit
 * integer, so an adaptive test can keep it in its stored state and replay exactly.
 * Not for secrets: codes and passwords use a cryptographic generator elsewhere.
 */

export interface RandomDraw<T> {
  readonly value: T
  readonly seed: number
}

/** Turns any number (e.g. a user-supplied seed) into a valid generator state. */
export function seedFrom(value: number): number {
  return Math.trunc(value) >>> 0
}

/** A uniform number in [0, 1) and the next generator state. */
export function nextUniform(seed: number): RandomDraw<number> {
  const state = (seed + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, seed: state }
}

/** Index drawn with probability proportional to its weight; weights must not all be zero. */
export function drawWeightedIndex(seed: number, weights: readonly number[]): RandomDraw<number> {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const draw = nextUniform(seed)
  let threshold = draw.value * total
  for (let index = 0; index < weights.length; index++) {
    threshold -= weights[index] ?? 0
    if (threshold < 0) return { value: index, seed: draw.seed }
  }
  return { value: weights.length - 1, seed: draw.seed }
}

/** A uniformly random permutation (Fisher–Yates). */
export function shuffle<T>(seed: number, values: readonly T[]): RandomDraw<T[]> {
  const result = [...values]
  let state = seed
  for (let index = result.length - 1; index > 0; index--) {
    const draw = nextUniform(state)
    state = draw.seed
    const other = Math.floor(draw.value * (index + 1))
    const kept = result[index] as T
    result[index] = result[other] as T
    result[other] = kept
  }
  return { value: result, seed: state }
}

/** A standard normal number (Box–Muller), for simulations. */
export function nextStandardNormal(seed: number): RandomDraw<number> {
  const first = nextUniform(seed)
  const second = nextUniform(first.seed)
  const radius = Math.sqrt(-2 * Math.log(1 - first.value))
  return { value: radius * Math.cos(2 * Math.PI * second.value), seed: second.seed }
}

export interface RandomStream {
  uniform(): number
  standardNormal(): number
}

/** A mutable stream over the same generator, for code that draws many numbers in a loop. */
export function randomStream(seed: number): RandomStream {
  let state = seedFrom(seed)
  const take = (draw: RandomDraw<number>): number => {
    state = draw.seed
    return draw.value
  }
  return {
    uniform: () => take(nextUniform(state)),
    standardNormal: () => take(nextStandardNormal(state)),
  }
}
