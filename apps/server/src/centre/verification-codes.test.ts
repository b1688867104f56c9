import { describe, expect, it } from 'vitest'
import { newVerificationCode, normaliseVerificationCode } from './verification-codes'

describe('verification codes', () => {
  it('are P- and three groups of four readable characters, never the same twice', () => {
    const codes = Array.from({ length: 2000 }, newVerificationCode)
    for (const code of codes)
      expect(code).toMatch(/^P-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes.join('')).not.toMatch(/[01IO]/)
  })

  it('use every character of the alphabet about equally (drawn uniformly, not from a biased source)', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 1000; i++)
      for (const c of newVerificationCode().slice(2).replaceAll('-', ''))
        counts.set(c, (counts.get(c) ?? 0) + 1)
    expect(counts.size).toBe(32)
    // 12,000 draws over 32 characters: 375 each on average, a standard deviation of about 19.
    for (const count of counts.values()) expect(count).toBeGreaterThan(375 - 120)
  })

  it('are read back from what people type: any case, spaces, with or without P- and hyphens', () => {
    const code = newVerificationCode()
    const body = code.slice(2).replaceAll('-', '')
    for (const typed of [
      code,
      code.toLowerCase(),
      ` ${body} `,
      `p ${body}`,
      body.match(/.{4}/g)?.join(' ') ?? '',
    ])
      expect(normaliseVerificationCode(typed)).toBe(code)
  })

  it('refuse what cannot be a code', () => {
    for (const typed of [
      '',
      'P-',
      'P-ABCD-EFG',
      'P-ABCD-EFGH-JKLMN',
      'P-ABCD-EFGH-JKL0',
      'x\u0000y',
      'P-ABCD-EFGH-IJKL',
    ])
      expect(normaliseVerificationCode(typed)).toBeUndefined()
  })
})
