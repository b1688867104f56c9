import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isAcceptedFreeAnswer, normaliseFreeAnswer } from './free-answer'

describe('free-answer normalisation', () => {
  it.each([
    ['  Paris  ', 'paris'],
    ['PARIS', 'paris'],
    ['Élève', 'eleve'],
    ['ça  va\t bien', 'ca va bien'],
    ['line\nbreak', 'line break'],
    ['Fin.', 'fin'],
    ['Fin. ', 'fin'],
    ['fin .', 'fin'],
    ['3.5', '3.5'],
    ['etc..', 'etc.'],
    ['m²', 'm²'],
    ['Ōsaka', 'osaka'],
    ['\u00a0non-breaking\u00a0', 'non-breaking'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseFreeAnswer(input)).toBe(expected)
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normaliseFreeAnswer(text)
        // Dropping a full stop can expose another one ("a.."): FORMAT.md drops only one, so compare
        // texts that do not end with two of them.
        fc.pre(!/\.\s*\.\s*$/.test(text))
        expect(normaliseFreeAnswer(once)).toBe(once)
      }),
    )
  })

  it('ignores case, accents, spacing and a final full stop', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,3}$/), (answer) => {
        const decorated = `  ${answer.toUpperCase().replace(/ /g, '   ')}. `
        expect(normaliseFreeAnswer(decorated)).toBe(answer)
      }),
    )
  })
})

describe('accepted free answers', () => {
  const accepted = { fr: ['3', 'trois'], en: ['three'] }

  it('accepts every listed form of every locale, after normalisation', () => {
    expect(isAcceptedFreeAnswer(accepted, ' Trois. ')).toBe(true)
    expect(isAcceptedFreeAnswer(accepted, 'THREE')).toBe(true)
    expect(isAcceptedFreeAnswer(accepted, '3')).toBe(true)
  })

  it('normalises the listed forms too', () => {
    expect(isAcceptedFreeAnswer({ fr: ['Émile Zola'] }, 'emile zola')).toBe(true)
  })

  it('refuses other answers and an empty one', () => {
    expect(isAcceptedFreeAnswer(accepted, '4')).toBe(false)
    expect(isAcceptedFreeAnswer(accepted, 'trois cents')).toBe(false)
    expect(isAcceptedFreeAnswer(accepted, '   ')).toBe(false)
    expect(isAcceptedFreeAnswer({ fr: ['.'] }, '')).toBe(false)
  })
})
