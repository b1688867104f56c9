import { describe, expect, it } from 'vitest'
import { isStrongEnough } from './password'

describe('isStrongEnough', () => {
  it('wants 10 characters, a letter, and a digit or a symbol', () => {
    expect(isStrongEnough('assez-long')).toBe(true)
    expect(isStrongEnough('motdepasse1')).toBe(true)
    expect(isStrongEnough('éléphant!!')).toBe(true)
    expect(isStrongEnough('court-1')).toBe(false)
    expect(isStrongEnough('seulementdeslettres')).toBe(false)
    expect(isStrongEnough('1234567890')).toBe(false)
    expect(isStrongEnough('avec des espaces')).toBe(false)
  })
})
