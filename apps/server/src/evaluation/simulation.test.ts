import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { NO_EXPOSURE_CONTROL } from './exposure-control'
import { simulate } from './simulation'
import { syntheticBank } from './synthetic-bank'

describe('simulation', () => {
  it('measures the engine against the true abilities', () => {
    const report = simulate({
      bank: syntheticBank({ seed: 1 }),
      candidates: 150,
      seed: 2,
      exposureControl: NO_EXPOSURE_CONTROL,
    })
    expect(report.candidates).toBe(150)
    expect(report.meanAnswers).toBe(32)
    expect(report.rmse).toBeGreaterThan(0.15)
    expect(report.rmse).toBeLessThan(0.45)
    expect(report.rmseRandomOrder).toBeGreaterThan(report.rmse)
    expect(report.meanSem).toBeGreaterThan(0.15)
    expect(report.scoreLevelAgreement).toBeGreaterThan(0.5)
    expect(report.maxItemExposure).toBeLessThanOrEqual(1)
    expect(report.itemsNeverUsed).toBeLessThan(1)
    expect(Object.keys(report.targets)).toEqual([
      'rmse',
      'bias',
      'maxItemExposure',
      'itemsNeverUsed',
      'msPerSelection',
    ])
  })

  it('gives the same figures, timings aside, for the same seed', () => {
    const once = () => {
      const { msPerSelection, msPerSelectionP99, msEngineCreation, targets, ...figures } = simulate({
        bank: syntheticBank({ seed: 1 }),
        candidates: 40,
        seed: 9,
        exposureControl: NO_EXPOSURE_CONTROL,
      })
      return figures
    }
    expect(once()).toEqual(once())
  })

  it('prints exactly one JSON object with --json', async () => {
    const script = fileURLToPath(new URL('./simulate.ts', import.meta.url))
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', script, '--synthetic', '--candidates', '20', '--json'],
      { env: { ...process.env, NODE_OPTIONS: '' } },
    ).catch((error: { stdout?: string; code?: number }) => {
      // Exit status 1 means a target was missed, which 20 candidates may well do: the output still counts.
      if (error.code === 1 && error.stdout) return { stdout: error.stdout }
      throw error
    })
    const report = JSON.parse(stdout) as Record<string, unknown>
    for (const field of [
      'rmse',
      'bias',
      'meanSem',
      'maxItemExposure',
      'itemsNeverUsed',
      'scoreLevelAgreement',
      'msPerSelection',
      'rmseRandomOrder',
    ]) {
      expect(typeof report[field]).toBe('number')
    }
  }, 60_000)
})
