import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AnswerMismatchError,
  gradeAnswer,
  levelFromAbility,
  levelFromScore,
  MAX_SCORE,
  SCORE_BANDS,
  scoreFromAbility,
} from './scoring'
import { makeItem } from './test-banks'

describe('grading', () => {
  const single = makeItem({ id: 's', competence: 'c', type: 'single' })
  const multiple = makeItem({ id: 'm', competence: 'c', type: 'multiple' })
  const free = makeItem({ id: 'f', competence: 'c', type: 'free' })

  it('single choice: the correct choice only', () => {
    expect(gradeAnswer(single, { kind: 'choices', choiceIds: ['a'] })).toBe('correct')
    expect(gradeAnswer(single, { kind: 'choices', choiceIds: ['b'] })).toBe('wrong')
  })

  it('multiple choice: all the correct choices and only those', () => {
    expect(gradeAnswer(multiple, { kind: 'choices', choiceIds: ['a', 'b'] })).toBe('correct')
    expect(gradeAnswer(multiple, { kind: 'choices', choiceIds: ['b', 'a', 'a'] })).toBe('correct')
    expect(gradeAnswer(multiple, { kind: 'choices', choiceIds: ['a'] })).toBe('wrong')
    expect(gradeAnswer(multiple, { kind: 'choices', choiceIds: ['a', 'b', 'c'] })).toBe('wrong')
    expect(gradeAnswer(multiple, { kind: 'choices', choiceIds: [] })).toBe('wrong')
  })

  it('free answer: an accepted form after normalisation', () => {
    expect(gradeAnswer(free, { kind: 'text', text: ' paris. ' })).toBe('correct')
    expect(gradeAnswer(free, { kind: 'text', text: 'Lyon' })).toBe('wrong')
    expect(gradeAnswer(free, { kind: 'text', text: '' })).toBe('wrong')
  })

  it('keeps a skip apart from a wrong answer', () => {
    for (const item of [single, multiple, free])
      expect(gradeAnswer(item, { kind: 'skipped' })).toBe('skipped')
  })

  it('rejects answers that cannot belong to the item', () => {
    expect(() => gradeAnswer(free, { kind: 'choices', choiceIds: ['a'] })).toThrow(AnswerMismatchError)
    expect(() => gradeAnswer(single, { kind: 'text', text: 'a' })).toThrow(AnswerMismatchError)
    expect(() => gradeAnswer(single, { kind: 'choices', choiceIds: ['z'] })).toThrow(/unknown choice z/)
    expect(() => gradeAnswer(single, { kind: 'choices', choiceIds: ['a', 'b'] })).toThrow(AnswerMismatchError)
    expect(() => gradeAnswer(single, { kind: 'choices', choiceIds: [] })).toThrow(AnswerMismatchError)
  })
})

describe('score and level', () => {
  it('has eight contiguous bands from 0 to 895', () => {
    expect(SCORE_BANDS).toHaveLength(8)
    expect(SCORE_BANDS[0]?.min).toBe(0)
    expect(SCORE_BANDS[7]?.max).toBe(MAX_SCORE)
    SCORE_BANDS.forEach((band, index) => {
      expect(band.level).toBe(index)
      if (index > 0) expect(band.min).toBe((SCORE_BANDS[index - 1]?.max ?? Number.NaN) + 1)
    })
  })

  it.each([
    [0, 0],
    [63, 0],
    [64, 1],
    [127, 1],
    [128, 2],
    [255, 2],
    [256, 3],
    [383, 3],
    [384, 4],
    [511, 4],
    [512, 5],
    [639, 5],
    [640, 6],
    [767, 6],
    [768, 7],
    [895, 7],
  ])('score %i is level %i', (score, level) => {
    expect(levelFromScore(score)).toBe(level)
  })

  it('refuses scores outside 0–895', () => {
    expect(() => levelFromScore(-1)).toThrow(RangeError)
    expect(() => levelFromScore(896)).toThrow(RangeError)
  })

  it.each([
    [-20, 0],
    [-4, 0],
    [-3.0000001, 63],
    [-3, 64],
    [-2, 128],
    [-1, 256],
    [0, 384],
    [0.5, 448],
    [1, 512],
    [2, 640],
    [3, 768],
    [3.9999999, 895],
    [4, 895],
    [20, 895],
  ])('ability %d gives score %i', (ability, score) => {
    expect(scoreFromAbility(ability)).toBe(score)
  })

  it('gives level k to abilities in [k − 4, k − 3), with levels 0 and 7 open-ended', () => {
    fc.assert(
      fc.property(fc.double({ min: -9, max: 9, noNaN: true }), (ability) => {
        expect(levelFromAbility(ability)).toBe(Math.min(7, Math.max(0, Math.floor(ability) + 4)))
      }),
    )
  })

  it('is a non-decreasing integer score within 0–895', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -9, max: 9, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (ability, step) => {
          const score = scoreFromAbility(ability)
          expect(Number.isInteger(score) && score >= 0 && score <= MAX_SCORE).toBe(true)
          expect(scoreFromAbility(ability + step)).toBeGreaterThanOrEqual(score)
        },
      ),
    )
  })
})
