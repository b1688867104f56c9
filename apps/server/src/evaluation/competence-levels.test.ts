import { describe, expect, it } from 'vitest'
import { type CompetenceResponse, competenceLevels } from './competence-levels'
import { estimateAbility } from './irt'
import { levelFromAbility } from './scoring'

const COMPETENCES = ['1.1', '1.2', '2.1', '2.2']

/** Two answers per competence at difficulty `b`, right or wrong as told. */
const answers = (b: number, correct: (competence: string, index: number) => boolean): CompetenceResponse[] =>
  COMPETENCES.flatMap((competence) =>
    [0, 1].map((index) => ({ competence, a: 1.5, b: b + index * 0.5, correct: correct(competence, index) })),
  )

describe('competence levels', () => {
  it('gives no level to a competence with no answer that counts, and counts the answers of the others', () => {
    const responses = answers(0, () => true).filter((r) => r.competence !== '2.2')
    const levels = competenceLevels(COMPETENCES, responses)
    expect(levels.map((l) => l.competence)).toEqual(COMPETENCES)
    expect(levels.at(-1)).toEqual({ competence: '2.2', answered: 0, ability: null, level: null })
    expect(levels.slice(0, 3).every((l) => l.answered === 2 && l.level !== null)).toBe(true)
  })

  it('places a competence answered like the rest of the test at the global level, give or take one', () => {
    const responses = answers(1, (_, index) => index === 0)
    const global = levelFromAbility(estimateAbility(responses).ability)
    for (const { level } of competenceLevels(COMPETENCES, responses)) {
      expect(Math.abs((level as number) - global)).toBeLessThanOrEqual(1)
    }
  })

  it('moves a competence answered much better, or much worse, than the rest away from the global level', () => {
    const responses = answers(0, (competence, index) =>
      competence === '1.1' ? true : competence === '2.2' ? false : index === 0,
    )
    const abilities = Object.fromEntries(
      competenceLevels(COMPETENCES, responses).map((l) => [l.competence, l.ability as number]),
    )
    const middle = abilities['1.2'] as number
    expect(abilities['1.1']).toBeGreaterThan(middle + 0.5)
    expect(abilities['2.2']).toBeLessThan(middle - 0.5)
  })

  it('follows a strong candidate up, where estimating each competence alone would pull it to the middle', () => {
    const responses = answers(2.5, () => true)
    const global = levelFromAbility(estimateAbility(responses).ability)
    expect(global).toBeGreaterThanOrEqual(6)
    const alone = levelFromAbility(estimateAbility(responses.filter((r) => r.competence === '1.1')).ability)
    const [first] = competenceLevels(COMPETENCES, responses)
    expect(first?.level).toBeGreaterThan(alone)
    expect(first?.level).toBeGreaterThanOrEqual(global - 1)
  })
})
