import { describe, expect, it } from 'vitest'
import { codeProblem, normaliseCertificateCode } from './code'

describe('normaliseCertificateCode', () => {
  it('gives the code as printed from what people type or scan', () => {
    expect(normaliseCertificateCode('P-7KQ3-MXTA-92HF')).toBe('P-7KQ3-MXTA-92HF')
    expect(normaliseCertificateCode(' p-7kq3-mxta-92hf ')).toBe('P-7KQ3-MXTA-92HF')
    expect(normaliseCertificateCode('7KQ3 MXTA 92HF')).toBe('P-7KQ3-MXTA-92HF')
    expect(normaliseCertificateCode('7kq3mxta92hf')).toBe('P-7KQ3-MXTA-92HF')
    expect(normaliseCertificateCode('P 7KQ3 - MXTA - 92HF')).toBe('P-7KQ3-MXTA-92HF')
    expect(normaliseCertificateCode('p7kq3mxta92hf')).toBe('P-7KQ3-MXTA-92HF')
  })

  it('keeps a first P that belongs to the code', () => {
    expect(normaliseCertificateCode('PKQ3-MXTA-92HF')).toBe('P-PKQ3-MXTA-92HF')
    expect(normaliseCertificateCode('P-PKQ3-MXTA-92HF')).toBe('P-PKQ3-MXTA-92HF')
  })

  it('refuses what cannot be a code', () => {
    for (const typed of [
      '',
      'P-',
      'hello',
      'P-7KQ3-MXTA-9H',
      'P-7KQ3-MXTA-92HFF',
      'P-0KQ3-MXTA-92HF',
      'Q-7KQ3-MXTA-92HF',
    ])
      expect(normaliseCertificateCode(typed), typed).toBeUndefined()
  })
})

describe('codeProblem', () => {
  it('is nothing for a code', () => {
    expect(codeProblem('p 7kq3 mxta 92hf')).toBeUndefined()
  })

  it('points at characters no code has (O, 0, I, 1)', () => {
    expect(codeProblem('P-7KQ3-MXTA-92H0')).toBe('excludedCharacter')
    expect(codeProblem('p-oooo-aaaa-bbbb')).toBe('excludedCharacter')
    expect(codeProblem('P-7KQ3-MXTA-92HI')).toBe('excludedCharacter')
  })

  it('otherwise speaks of the format', () => {
    expect(codeProblem('P-7KQ3-MXTA')).toBe('format')
    expect(codeProblem('P-7KQ3-MXTA-92HF-AB')).toBe('format')
    expect(codeProblem('P-7KQ3-MXTA-92H!')).toBe('format')
  })
})
