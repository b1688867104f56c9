import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BankLoadError, loadBank } from './bank-loader'
import { makeBank, makeItem } from './test-banks'

const bank = makeBank(
  ['1.1', '1.2'],
  [
    makeItem({ id: '1.1-01', competence: '1.1' }),
    {
      ...makeItem({ id: '1.1-02', competence: '1.1' }),
      image: { src: 'img/one.svg', alt: { fr: 'Un', en: 'One' } },
    },
    makeItem({ id: '1.2-01', competence: '1.2', type: 'free' }),
  ],
)

let folder: string

async function write(file: string, content: unknown): Promise<void> {
  const target = path.join(folder, file)
  await mkdir(path.dirname(target), { recursive: true })
  await writeFile(target, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
}

async function loadError(): Promise<BankLoadError> {
  const error = await loadBank(folder).catch((caught: unknown) => caught)
  if (!(error instanceof BankLoadError)) throw new Error(`expected a BankLoadError, got ${String(error)}`)
  return error
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'vigie-bank-'))
  await write('manifest.json', bank.manifest)
  await write('items/1.1.json', bank.items.slice(0, 2))
  await write('items/1.2.json', bank.items.slice(2))
  await write('media/img/one.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>')
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('bank loader', () => {
  it('loads a valid bank folder, media in subfolders included', async () => {
    const loaded = await loadBank(folder)
    expect(loaded.manifest).toEqual(bank.manifest)
    expect(loaded.items).toEqual(bank.items)
  })

  it('rejects a bad item with an error naming the file and the item', async () => {
    const broken = [bank.items[0], { ...bank.items[1], irt: { a: 1, b: 12 } }]
    await write('items/1.1.json', broken)
    const error = await loadError()
    expect(error.issues).toEqual([
      expect.objectContaining({ file: 'items/1.1.json', itemId: '1.1-02', path: '/irt/b' }),
    ])
    expect(error.message).toContain('items/1.1.json › item 1.1-02 › /irt/b')
  })

  it('names a file that is not valid JSON, and still checks the others', async () => {
    await write('items/1.2.json', '[{"id": "1.2-01",')
    await write('items/1.1.json', [{ ...bank.items[0], skill: 'no-at-sign' }, bank.items[1]])
    const error = await loadError()
    expect(error.issues).toContainEqual(
      expect.objectContaining({
        file: 'items/1.2.json',
        message: expect.stringMatching(/^is not valid JSON/),
      }),
    )
    expect(error.issues).toContainEqual(expect.objectContaining({ file: 'items/1.1.json', itemId: '1.1-01' }))
  })

  it('reports a missing media file', async () => {
    await rm(path.join(folder, 'media'), { recursive: true })
    const error = await loadError()
    expect(error.issues).toEqual([
      expect.objectContaining({ itemId: '1.1-02', message: 'media/img/one.svg does not exist' }),
    ])
  })

  it('reports a missing manifest', async () => {
    await rm(path.join(folder, 'manifest.json'))
    const error = await loadError()
    expect(error.issues).toEqual([expect.objectContaining({ file: 'manifest.json' })])
  })

  it('reports a bank without items', async () => {
    await rm(path.join(folder, 'items'), { recursive: true })
    const error = await loadError()
    expect(error.issues).toContainEqual(
      expect.objectContaining({ file: 'items/', message: 'holds no items file' }),
    )
  })
})
