/**
 * The demo bank in content/bank: every file matches the format, every answer key works for its
 * item type, and the bank can serve full tests.
 */
import { readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { BankLoadError, loadBank } from './bank-loader'
import { createEngine } from './engine'
import { NO_EXPOSURE_CONTROL } from './exposure-control'
import { type Bank, formatBankIssue, type Item } from './item-format'
import { gradeAnswer } from './scoring'
import { simulatedAnswer } from './simulation'

const BANK_FOLDER = fileURLToPath(new URL('../../../../content/bank', import.meta.url))

let bank: Bank | undefined
let loadProblems: string[] = []

beforeAll(async () => {
  try {
    bank = await loadBank(BANK_FOLDER)
  } catch (error) {
    if (!(error instanceof BankLoadError)) throw error
    loadProblems = error.issues.map(formatBankIssue)
  }
})

function demoBank(): Bank {
  if (!bank) throw new Error(`the demo bank does not load:\n${loadProblems.join('\n')}`)
  return bank
}

function answerKeyProblems(item: Item): string[] {
  const problems: string[] = []
  const expectOutcome = (
    answer: Parameters<typeof gradeAnswer>[1],
    outcome: 'correct' | 'wrong',
    what: string,
  ) => {
    const graded = gradeAnswer(item, answer)
    if (graded !== outcome) problems.push(`${item.id}: ${what} is graded ${graded}`)
  }
  expectOutcome(simulatedAnswer(item, true), 'correct', 'the key')
  expectOutcome(simulatedAnswer(item, false), 'wrong', 'a wrong answer')
  if (item.type === 'free') {
    for (const [locale, forms] of Object.entries(item.accepted)) {
      for (const form of forms ?? [])
        expectOutcome({ kind: 'text', text: form }, 'correct', `accepted ${locale} "${form}"`)
    }
  } else {
    const correct = item.choices.filter((choice) => choice.correct).map((choice) => choice.id)
    for (const choice of item.choices.filter((candidate) => !candidate.correct)) {
      expectOutcome({ kind: 'choices', choiceIds: [choice.id] }, 'wrong', `choice ${choice.id}`)
    }
    if (item.type === 'multiple') {
      expectOutcome({ kind: 'choices', choiceIds: correct.slice(1) }, 'wrong', 'all correct choices but one')
    }
  }
  return problems
}

describe('demo bank (content/bank)', () => {
  it('loads: every file matches the format', () => {
    expect(loadProblems).toEqual([])
    expect(bank).toBeDefined()
  })

  it('covers the 16 competences, with synthetic calibrations said to be so', () => {
    const { manifest, items } = demoBank()
    expect(manifest.calibration.synthetic).toBe(true)
    expect(manifest.competences).toHaveLength(16)
    for (const { code } of manifest.competences) {
      expect(items.filter((item) => item.competence === code).length, `items of ${code}`).toBeGreaterThan(2)
    }
  })

  it('has answer keys that work for their item type', () => {
    expect(demoBank().items.flatMap(answerKeyProblems)).toEqual([])
  })

  it('uses every file of media/', async () => {
    const entries = await readdir(`${BANK_FOLDER}/media`, { recursive: true, withFileTypes: true })
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath}/${entry.name}`.slice(`${BANK_FOLDER}/media/`.length))
    const used = new Set(
      demoBank().items.flatMap((item) =>
        [item.image?.src, item.attachment?.src, item.embed?.src].filter(Boolean),
      ),
    )
    expect(files.filter((file) => !used.has(file))).toEqual([])
  })

  it('serves a full test, also to a candidate with an accessibility adjustment', () => {
    const engine = createEngine(demoBank(), { exposureControl: NO_EXPOSURE_CONTROL })
    for (const accessibilityAdjustment of [false, true]) {
      let state = engine.start({ seed: 1, accessibilityAdjustment })
      for (;;) {
        const next = engine.nextItem(state)
        if (!next.item) break
        state = engine.recordAnswer(next.state, next.item.id, simulatedAnswer(next.item, true)).state
      }
      expect(engine.result(state).answered).toBe(32)
    }
  })
})
