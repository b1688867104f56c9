import { describe, expect, it } from 'vitest'
import { resultStatus, type ScoredTest } from './result-rules'

const test = (overrides: Partial<ScoredTest>): ScoredTest => ({
  status: 'ended_by_invigilator',
  abortReason: 'candidate',
  answered: 20,
  level: 3,
  ...overrides,
})

describe('result status', () => {
  it('validates 20 answers or more at level 1 or above, whatever stopped the test', () => {
    expect(resultStatus(test({ status: 'completed', abortReason: null, answered: 32 }))).toBe('validated')
    expect(resultStatus(test({ abortReason: 'technical' }))).toBe('validated')
    expect(resultStatus(test({ abortReason: 'candidate', level: 1 }))).toBe('validated')
  })

  it('rejects 20 answers or more at level 0: there is no level to certify', () => {
    expect(resultStatus(test({ level: 0 }))).toBe('rejected')
    expect(resultStatus(test({ status: 'completed', abortReason: null, answered: 32, level: 0 }))).toBe(
      'rejected',
    )
  })

  it('below 20 answers: cancelled for a technical reason, rejected for the candidate', () => {
    expect(resultStatus(test({ answered: 19, level: null, abortReason: 'technical' }))).toBe('cancelled')
    expect(resultStatus(test({ answered: 19, level: null, abortReason: 'candidate' }))).toBe('rejected')
    expect(resultStatus(test({ answered: 0, level: null, status: 'ended_by_finalisation' }))).toBe('rejected')
  })

  it('cancels a test that completed below 20 answers: the bank ran out of questions, not the candidate', () => {
    expect(resultStatus(test({ status: 'completed', abortReason: null, answered: 18, level: null }))).toBe(
      'cancelled',
    )
  })
})
