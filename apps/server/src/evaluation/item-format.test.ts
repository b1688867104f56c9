import { describe, expect, it } from 'vitest'
import { type BankContent, type BankIssue, checkBank, formatBankIssue } from './item-format'
import { syntheticBank } from './synthetic-bank'
import { makeBank, makeItem } from './test-banks'

const base = makeBank(
  ['1.1', '1.2'],
  [
    makeItem({ id: '1.1-01', competence: '1.1', type: 'single' }),
    makeItem({ id: '1.1-02', competence: '1.1', type: 'multiple' }),
    makeItem({ id: '1.2-01', competence: '1.2', type: 'free' }),
  ],
)

/** The bank as files, with one item replaced through `edit` (JSON-level, so anything goes). */
function content(
  edit: (items: Record<string, unknown>[]) => void = () => {},
  mediaFiles: string[] = [],
): BankContent {
  const items = JSON.parse(JSON.stringify(base.items)) as Record<string, unknown>[]
  edit(items)
  const byCompetence = (code: string) => items.filter((item) => String(item.competence).startsWith(code))
  return {
    manifest: { file: 'manifest.json', content: base.manifest },
    itemFiles: [
      { file: 'items/1.1.json', content: byCompetence('1.1') },
      { file: 'items/1.2.json', content: byCompetence('1.2') },
    ],
    mediaFiles: new Set(mediaFiles),
  }
}

function issuesOf(bank: BankContent): BankIssue[] {
  const checked = checkBank(bank)
  return checked.ok ? [] : checked.issues
}

function itemAt(items: Record<string, unknown>[], id: string): Record<string, unknown> {
  const item = items.find((candidate) => candidate.id === id)
  if (!item) throw new Error(`no item ${id} in the fixture`)
  return item
}

function choiceAt(items: Record<string, unknown>[], id: string, index: number): Record<string, unknown> {
  const choice = (itemAt(items, id).choices as Record<string, unknown>[])[index]
  if (!choice) throw new Error(`no choice ${index} in item ${id}`)
  return choice
}

describe('bank format', () => {
  it('accepts a valid bank and returns it typed', () => {
    const checked = checkBank(content())
    expect(checked.ok).toBe(true)
    if (checked.ok) expect(checked.bank.items.map((item) => item.id)).toEqual(['1.1-01', '1.1-02', '1.2-01'])
  })

  it('accepts the synthetic bank used by the simulation', () => {
    const bank = syntheticBank({ seed: 3 })
    const checked = checkBank({
      manifest: { file: 'manifest.json', content: bank.manifest },
      itemFiles: bank.manifest.competences.map(({ code }) => ({
        file: `items/${code}.json`,
        content: bank.items.filter((item) => item.competence === code),
      })),
      mediaFiles: new Set(),
    })
    expect(checked.ok ? [] : checked.issues).toEqual([])
  })

  it.each<[string, (items: Record<string, unknown>[]) => void, Partial<BankIssue>]>([
    [
      'a single-choice item with two correct choices',
      (items) => {
        ;(itemAt(items, '1.1-01').choices as { correct: boolean }[]).forEach((choice) => {
          choice.correct = true
        })
      },
      { itemId: '1.1-01', path: '/choices', message: expect.stringContaining('exactly one correct') },
    ],
    [
      'a multiple-choice item with one correct choice',
      (items) => {
        choiceAt(items, '1.1-02', 1).correct = false
      },
      { itemId: '1.1-02', message: expect.stringContaining('found 1 correct and 2 wrong') },
    ],
    [
      'a multiple-choice item without a wrong choice',
      (items) => {
        choiceAt(items, '1.1-02', 2).correct = true
      },
      { itemId: '1.1-02', message: expect.stringContaining('found 3 correct and 0 wrong') },
    ],
    [
      'a free item without English answers although written in English',
      (items) => {
        delete (itemAt(items, '1.2-01').accepted as Record<string, unknown>).en
      },
      { itemId: '1.2-01', path: '/accepted', message: expect.stringContaining('no "en" text') },
    ],
    [
      'an accepted answer that normalises to nothing',
      (items) => {
        itemAt(items, '1.2-01').accepted = { fr: [' . '], en: ['Paris'] }
      },
      { itemId: '1.2-01', path: '/accepted/fr/0' },
    ],
    [
      'duplicate choice ids',
      (items) => {
        choiceAt(items, '1.1-01', 1).id = 'a'
      },
      { itemId: '1.1-01', path: '/choices/1/id', message: 'duplicate choice id "a"' },
    ],
    [
      'a competence missing from the manifest',
      (items) => {
        itemAt(items, '1.1-01').competence = '1.10'
      },
      {
        itemId: '1.1-01',
        path: '/competence',
        message: expect.stringContaining('not a competence of the manifest'),
      },
    ],
    [
      'an English statement missing',
      (items) => {
        delete (itemAt(items, '1.1-01').statement as Record<string, unknown>).en
      },
      { itemId: '1.1-01', path: '/statement' },
    ],
    [
      'an unknown property',
      (items) => {
        itemAt(items, '1.1-01').difficulty = 3
      },
      { itemId: '1.1-01', message: 'unknown property difficulty' },
    ],
    [
      'a missing required field',
      (items) => {
        delete itemAt(items, '1.1-01').accessible
      },
      { itemId: '1.1-01', message: expect.stringContaining('accessible') },
    ],
    [
      'an unknown type',
      (items) => {
        itemAt(items, '1.1-01').type = 'essay'
      },
      { itemId: '1.1-01', path: '/type' },
    ],
    [
      'choices on a free item',
      (items) => {
        itemAt(items, '1.2-01').choices = []
      },
      { itemId: '1.2-01', message: 'unknown property choices' },
    ],
    [
      'a discrimination out of range',
      (items) => {
        itemAt(items, '1.1-01').irt = { a: 3, b: 0 }
      },
      { itemId: '1.1-01', path: '/irt/a' },
    ],
    [
      'an id with capitals',
      (items) => {
        itemAt(items, '1.1-01').id = 'Q1'
      },
      { itemId: 'Q1', path: '/id' },
    ],
    [
      'a skill without @',
      (items) => {
        itemAt(items, '1.1-01').skill = 'skill'
      },
      { itemId: '1.1-01', path: '/skill' },
    ],
    [
      'locales other than ["fr"] or ["fr", "en"]',
      (items) => {
        itemAt(items, '1.1-01').locales = ['en']
      },
      { itemId: '1.1-01', path: '/locales', message: expect.stringContaining('["fr"] or ["fr", "en"]') },
    ],
    [
      'one choice only',
      (items) => {
        itemAt(items, '1.1-01').choices = [{ id: 'a', text: { fr: 'A', en: 'A' }, correct: true }]
      },
      { itemId: '1.1-01', path: '/choices' },
    ],
    [
      'an image that is not SVG or PNG',
      (items) => {
        itemAt(items, '1.1-01').image = { src: 'photo.jpg', alt: { fr: 'Photo', en: 'Photo' } }
      },
      { itemId: '1.1-01', path: '/image/src' },
    ],
    [
      'a media path climbing out of media/',
      (items) => {
        itemAt(items, '1.1-01').attachment = { src: '../manifest.json', name: 'manifest.json' }
      },
      { itemId: '1.1-01', path: '/attachment/src' },
    ],
    [
      'a media file that does not exist',
      (items) => {
        itemAt(items, '1.1-01').embed = { src: 'sim/app.html', title: { fr: 'Sim', en: 'Sim' }, height: 400 }
      },
      { itemId: '1.1-01', path: '/embed/src', message: 'media/sim/app.html does not exist' },
    ],
  ])('reports %s, naming the file and the item', (_, edit, expected) => {
    const issues = issuesOf(content(edit))
    expect(issues).toContainEqual(
      expect.objectContaining({ file: expected.file ?? expect.any(String), ...expected }),
    )
  })

  it('reports an item filed under another competence', () => {
    const bank = content()
    const misfiled: BankContent = {
      ...bank,
      itemFiles: [{ file: 'items/1.2.json', content: [base.items[0]] }, ...bank.itemFiles.slice(1)],
    }
    expect(issuesOf(misfiled)).toContainEqual(
      expect.objectContaining({
        file: 'items/1.2.json',
        itemId: '1.1-01',
        message: '"1.1" differs from the competence of its file (items/1.2.json)',
      }),
    )
  })

  it('reports an item without an id by its position', () => {
    const issues = issuesOf(
      content((items) => {
        delete itemAt(items, '1.1-02').id
      }),
    )
    expect(issues).toContainEqual(expect.objectContaining({ file: 'items/1.1.json', itemId: '#2 (no id)' }))
  })

  it('reports duplicate ids across files', () => {
    const bank = content()
    const duplicated: BankContent = {
      ...bank,
      itemFiles: [...bank.itemFiles, { file: 'items/1.1.json', content: [base.items[0]] }],
    }
    expect(issuesOf(duplicated)).toContainEqual(
      expect.objectContaining({ itemId: '1.1-01', message: 'duplicate id, first used in items/1.1.json' }),
    )
  })

  it('accepts media that exist', () => {
    const withImage = content(
      (items) => {
        itemAt(items, '1.1-01').image = { src: 'figures/chart.svg', alt: { fr: 'Graphique', en: 'Chart' } }
      },
      ['figures/chart.svg'],
    )
    expect(issuesOf(withImage)).toEqual([])
  })

  it('reports a file that is not an array, and manifest problems', () => {
    const bank = content()
    const broken: BankContent = {
      manifest: {
        file: 'manifest.json',
        content: {
          ...base.manifest,
          competences: [...base.manifest.competences, { code: '1.1', domain: 'z', title: { fr: 'Doublon' } }],
        },
      },
      itemFiles: [{ file: 'items/1.1.json', content: { items: [] } }, ...bank.itemFiles.slice(1)],
      mediaFiles: new Set(),
    }
    const issues = issuesOf(broken)
    expect(issues).toContainEqual({ file: 'items/1.1.json', message: 'must be a JSON array of items' })
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'manifest.json', message: 'duplicate competence code "1.1"' }),
    )
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'manifest.json', path: '/competences/2/domain' }),
    )
  })

  it('formats an issue as file › item › path: message', () => {
    expect(
      formatBankIssue({ file: 'items/1.1.json', itemId: '1.1-01', path: '/choices', message: 'is wrong' }),
    ).toBe('items/1.1.json › item 1.1-01 › /choices: is wrong')
    expect(formatBankIssue({ file: 'manifest.json', message: 'is missing' })).toBe(
      'manifest.json: is missing',
    )
  })
})
