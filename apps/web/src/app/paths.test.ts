import { describe, expect, it } from 'vitest'
import { safeReturnPath } from './paths'

describe('safeReturnPath', () => {
  it('accepts same-origin paths only', () => {
    expect(safeReturnPath('/centre/c1?onglet=sessions')).toBe('/centre/c1?onglet=sessions')
    expect(safeReturnPath('//evil.example/x')).toBeNull()
    expect(safeReturnPath('/\\evil.example')).toBeNull()
    expect(safeReturnPath('https://evil.example')).toBeNull()
    expect(safeReturnPath('')).toBeNull()
    expect(safeReturnPath(null)).toBeNull()
  })
})
