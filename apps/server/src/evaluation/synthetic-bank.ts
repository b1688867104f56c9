/**
 * A generated bank for simulations and tests, independent of the demo content: 16 competences
 * of 12 items, a ~ lognormal (median 1.2, log-SD 0.35) clipped to 0.4–2.5, b ~ U(−4, 4).
 * One skill per item, so the skill rule never binds here; the tests use banks with shared skills.
 */
import type { Bank, Item } from './item-format'
import { randomStream } from './random'

export const SYNTHETIC_COMPETENCES: readonly string[] = [
  '1.1',
  '1.2',
  '1.3',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '4.1',
  '4.2',
  '4.3',
  '5.1',
  '5.2',
]

export interface SyntheticBankOptions {
  readonly seed: number
  readonly itemsPerCompetence?: number
  readonly logDiscriminationSd?: number
}

function clip(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** Rounded like a hand-written calibration, so a generated item looks like a real one. */
function round2(value: number): number {
  return Math.round(value * 100) / 100
}

function syntheticItem(competence: string, index: number, irt: Item['irt']): Item {
  const id = `${competence}-${String(index + 1).padStart(2, '0')}`
  const shared = {
    id,
    competence,
    skill: `@synthetic-${id}`,
    locales: ['fr'] as ['fr'],
    statement: { fr: `Question synthétique ${id}` },
    focus: false,
    accessible: index % 4 !== 3,
    irt,
  }
  const text = (fr: string) => ({ fr })
  switch (index % 3) {
    case 0:
      return {
        ...shared,
        type: 'single',
        choices: [
          { id: 'a', text: text('Bonne réponse'), correct: true },
          { id: 'b', text: text('Mauvaise réponse'), correct: false },
          { id: 'c', text: text('Autre mauvaise réponse'), correct: false },
        ],
      }
    case 1:
      return {
        ...shared,
        type: 'multiple',
        choices: [
          { id: 'a', text: text('Bonne réponse'), correct: true },
          { id: 'b', text: text('Autre bonne réponse'), correct: true },
          { id: 'c', text: text('Mauvaise réponse'), correct: false },
        ],
      }
    default:
      return { ...shared, type: 'free', accepted: { fr: ['42', 'quarante-deux'] } }
  }
}

export function syntheticBank(options: SyntheticBankOptions): Bank {
  const random = randomStream(options.seed)
  const itemsPerCompetence = options.itemsPerCompetence ?? 12
  const logSd = options.logDiscriminationSd ?? 0.35
  const items = SYNTHETIC_COMPETENCES.flatMap((competence) =>
    Array.from({ length: itemsPerCompetence }, (_, index) =>
      syntheticItem(competence, index, {
        a: round2(clip(1.2 * Math.exp(logSd * random.standardNormal()), 0.4, 2.5)),
        b: round2(-4 + 8 * random.uniform()),
      }),
    ),
  )
  return {
    manifest: {
      id: 'synthetic',
      version: `seed-${options.seed}`,
      title: { fr: 'Banque synthétique', en: 'Synthetic bank' },
      calibration: { synthetic: true, note: 'Generated parameters for simulations; no real questions.' },
      domains: ['1', '2', '3', '4', '5'].map((code) => ({ code, title: { fr: `Domaine ${code}` } })),
      competences: SYNTHETIC_COMPETENCES.map((code) => ({
        code,
        domain: code.slice(0, 1),
        title: { fr: `Compétence ${code}` },
      })),
    },
    items,
  }
}
