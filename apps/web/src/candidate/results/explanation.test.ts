import { describe, expect, it } from 'vitest'
import { explanationOf } from './explanation'

describe('explanationOf', () => {
  it('says why a result is what it is', () => {
    expect(explanationOf({ status: 'validated', score: 412 })).toBe('validated')
    expect(explanationOf({ status: 'rejected', score: null })).toBe('rejected.noScore')
    expect(explanationOf({ status: 'rejected', score: 40 })).toBe('rejected.level0')
    expect(explanationOf({ status: 'cancelled', score: null })).toBe('cancelled')
  })
})
