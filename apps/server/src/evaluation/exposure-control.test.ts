import { describe, expect, it } from 'vitest'
import { calibrateExposureControl, drawWithheldItems, NO_EXPOSURE_CONTROL } from './exposure-control'
import { buildItemPool } from './selection'
import { simulate } from './simulation'
import { syntheticBank } from './synthetic-bank'

const bank = syntheticBank({ seed: 21 })
const pool = buildItemPool(bank)
const options = { testLength: 32, candidatesPerRound: [100, 100, 200, 200] }
const control = calibrateExposureControl(bank, options)

describe('Sympson–Hetter exposure control', () => {
  it('computes the same availabilities for the same bank', () => {
    expect(calibrateExposureControl(bank, options)).toEqual(control)
  })

  it('is plain JSON, to be stored with the bank version', () => {
    expect(JSON.parse(JSON.stringify(control))).toEqual(control)
  })

  it('restricts some items, each with a probability strictly between 0 and 1', () => {
    const values = Object.values(control.availability)
    expect(values.length).toBeGreaterThan(10)
    for (const value of values) {
      expect(value).toBeGreaterThan(0)
      expect(value).toBeLessThan(1)
    }
  })

  it('withholds each item from about 1 − K of the candidates', () => {
    const [id, availability] = Object.entries(control.availability)[0] as [string, number]
    let seed = 3
    let withheld = 0
    const candidates = 20_000
    for (let candidate = 0; candidate < candidates; candidate++) {
      const draw = drawWithheldItems(seed, pool, control)
      seed = draw.seed
      if (draw.value.includes(id)) withheld++
    }
    expect(withheld / candidates).toBeCloseTo(1 - availability, 1)
  })

  it('withholds nothing without control', () => {
    expect(drawWithheldItems(1, pool, NO_EXPOSURE_CONTROL).value).toEqual([])
  })

  it('lowers the largest exposure', () => {
    const run = (exposureControl: typeof control) =>
      simulate({ bank, candidates: 300, seed: 4, exposureControl }).maxItemExposure
    expect(run(control)).toBeLessThan(run(NO_EXPOSURE_CONTROL) - 0.2)
  }, 30_000)
})
