import { describe, expect, it } from 'vitest'
import { toFrenchDate } from './french-date'

describe('a date for French readers', () => {
  it('is written DD/MM/YYYY', () => {
    expect(toFrenchDate('1997-05-21')).toBe('21/05/1997')
  })

  it('refuses what is not a YYYY-MM-DD date', () => {
    expect(() => toFrenchDate('21/05/1997')).toThrow('Not a YYYY-MM-DD date')
  })
})
