import { describe, expect, it } from 'vitest'
import type { Item } from '../evaluation/item-format'
import { applicableCategories } from './signalement-categories'

const plain: Item = {
  id: 'q1',
  competence: '1.1',
  skill: '@recherche1',
  type: 'single',
  locales: ['fr'],
  statement: { fr: 'Quel moteur de recherche ?' },
  choices: [
    { id: 'a', text: { fr: 'Un' }, correct: true },
    { id: 'b', text: { fr: 'Deux' }, correct: false },
  ],
  focus: false,
  accessible: true,
  irt: { a: 1, b: 0 },
}

describe('the categories offered to validate a signalement', () => {
  it('offers only the general ones for a plain question and a candidate without extra time', () => {
    expect(applicableCategories(plain, 0)).toEqual(['E11', 'E12'])
  })

  it('adds each category where the question has what it is about', () => {
    expect(
      applicableCategories({ ...plain, image: { src: 'a.png', alt: { fr: 'Un graphique' } } }, 0),
    ).toContain('E1')
    expect(
      applicableCategories(
        { ...plain, embed: { src: 's.html', title: { fr: 'Simulateur' }, height: 300 } },
        0,
      ),
    ).toEqual(['E2', 'E4', 'E5', 'E11', 'E12'])
    expect(applicableCategories({ ...plain, attachment: { src: 'f.xlsx', name: 'f.xlsx' } }, 0)).toEqual([
      'E3',
      'E9',
      'E11',
      'E12',
    ])
    expect(applicableCategories({ ...plain, statement: { fr: 'Allez sur https://example.org' } }, 0)).toEqual(
      ['E4', 'E5', 'E11', 'E12'],
    )
    expect(applicableCategories({ ...plain, focus: true }, 0)).toEqual(['E10', 'E11', 'E12'])
    expect(applicableCategories(plain, 33)).toEqual(['E8', 'E11', 'E12'])
  })
})
