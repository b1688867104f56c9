import { describe, expect, it } from 'vitest'
import {
  isAccessCodeShape,
  newAccessCode,
  newInvigilatorPassword,
  newSessionNumber,
  normaliseAccessCode,
  normaliseInvigilatorPassword,
  showInvigilatorPassword,
} from './codes'

describe('session codes', () => {
  it('draws access codes of four unambiguous letters and two digits', () => {
    const codes = Array.from({ length: 2000 }, newAccessCode)
    for (const code of codes) expect(code).toMatch(/^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/)
    expect(new Set(codes).size).toBeGreaterThan(1990)
    expect(isAccessCodeShape('GBTX22')).toBe(true)
    expect(isAccessCodeShape('GBTX21')).toBe(false)
  })

  it('draws invigilator passwords without look-alike characters, shown with C-', () => {
    for (let i = 0; i < 2000; i++) {
      const password = newInvigilatorPassword()
      expect(password).toMatch(/^[A-Z0-9]{6}$/)
      expect(password).not.toMatch(/[O0I1L5S2Z]/)
    }
    expect(showInvigilatorPassword('7KQ3MX')).toBe('C-7KQ3MX')
  })

  it('accepts the password with or without C-, in any case, with stray spaces', () => {
    for (const typed of ['C-7KQ3MX', '7KQ3MX', 'c-7kq3mx', ' C 7KQ 3MX ', 'c7kq3mx']) {
      expect(normaliseInvigilatorPassword(typed)).toBe('7KQ3MX')
    }
    expect(normaliseInvigilatorPassword('CKQ3MX')).toBe('CKQ3MX')
    expect(normaliseInvigilatorPassword('C-CKQ3MX')).toBe('CKQ3MX')
    expect(normaliseInvigilatorPassword('cckq3mx')).toBe('CKQ3MX')
    expect(normaliseAccessCode(' gbtx 22 ')).toBe('GBTX22')
  })

  it('draws six-digit session numbers', () => {
    for (let i = 0; i < 1000; i++) expect(newSessionNumber()).toMatch(/^[1-9]\d{5}$/)
  })
})
