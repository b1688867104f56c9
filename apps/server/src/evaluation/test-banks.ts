/**
 * Small item banks for tests: a builder for hand-written cases and a fast-check arbitrary for
 * property tests (shared skills, inaccessible items, competences with few items).
 */
import fc from 'fast-check'
import type { Bank, Item } from './item-format'

export interface ItemSpec {
  readonly id: string
  readonly competence: string
  readonly skill?: string
  readonly type?: Item['type']
  readonly accessible?: boolean
  readonly a?: number
  readonly b?: number
}

export function makeItem(spec: ItemSpec): Item {
  const shared = {
    id: spec.id,
    competence: spec.competence,
    skill: spec.skill ?? `@${spec.id}`,
    locales: ['fr', 'en'] as ['fr', 'en'],
    statement: { fr: `Question ${spec.id}`, en: `Question ${spec.id}` },
    focus: false,
    accessible: spec.accessible ?? true,
    irt: { a: spec.a ?? 1, b: spec.b ?? 0 },
  }
  const text = (label: string) => ({ fr: label, en: label })
  switch (spec.type ?? 'single') {
    case 'single':
      return {
        ...shared,
        type: 'single',
        choices: [
          { id: 'a', text: text('A'), correct: true },
          { id: 'b', text: text('B'), correct: false },
        ],
      }
    case 'multiple':
      return {
        ...shared,
        type: 'multiple',
        choices: [
          { id: 'a', text: text('A'), correct: true },
          { id: 'b', text: text('B'), correct: true },
          { id: 'c', text: text('C'), correct: false },
        ],
      }
    case 'free':
      return { ...shared, type: 'free', accepted: { fr: ['Paris'], en: ['Paris'] } }
  }
}

export function makeBank(competences: readonly string[], items: readonly Item[], version = '1'): Bank {
  return {
    manifest: {
      id: 'test-bank',
      version,
      title: { fr: 'Banque de test', en: 'Test bank' },
      calibration: { synthetic: true, note: 'Test parameters.' },
      domains: [{ code: 'd', title: { fr: 'Domaine' } }],
      competences: competences.map((code) => ({ code, domain: 'd', title: { fr: code } })),
    },
    items,
  }
}

/** 1–6 competences of 1–8 items; about half the items share their skill with another. */
export const bankArbitrary: fc.Arbitrary<Bank> = fc
  .array(
    fc.array(
      fc.record({
        skillSlot: fc.integer({ min: 0, max: 5 }),
        type: fc.constantFrom<Item['type']>('single', 'multiple', 'free'),
        accessible: fc.boolean(),
        a: fc.double({ min: 0.4, max: 2.5, noNaN: true }),
        b: fc.double({ min: -4, max: 4, noNaN: true }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((competenceSpecs) => {
    const competences = competenceSpecs.map((_, index) => `c${index + 1}`)
    const items = competenceSpecs.flatMap((specs, competenceIndex) =>
      specs.map((spec, index) => {
        const competence = competences[competenceIndex] as string
        return makeItem({
          id: `${competence}-${index + 1}`,
          competence,
          skill: `@${competence}-skill-${spec.skillSlot}`,
          type: spec.type,
          accessible: spec.accessible,
          a: spec.a,
          b: spec.b,
        })
      }),
    )
    return makeBank(competences, items)
  })
