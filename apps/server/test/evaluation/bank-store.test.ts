import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../src/db/database'
import { BankLoadError } from '../../src/evaluation/bank-loader'
import {
  bankMedia,
  currentBank,
  currentBankId,
  DEMO_BANK_FOLDER,
  ensureSomeBank,
  importBank,
} from '../../src/evaluation/bank-store'
import { createTestDatabase } from '../support/database'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())

const copyOfDemoBank = () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'vigie-bank-')), 'bank')
  cpSync(DEMO_BANK_FOLDER, folder, { recursive: true })
  return folder
}

describe('item bank versions', () => {
  it('loads the demo bank at first start, with its media', async () => {
    expect(await currentBank(database.db)).toBeUndefined()
    await ensureSomeBank(database.db)
    const current = await currentBank(database.db)
    expect(current?.bank.manifest.id).toBe('vigie-demo')
    expect(current?.bank.items.length).toBeGreaterThanOrEqual(160)
    const withImage = current?.bank.items.find((item) => item.image)
    const media = await bankMedia(database.db, current?.id as string, withImage?.image?.src as string)
    expect(media?.content_type).toBe('image/svg+xml')
    expect(Buffer.from(media?.bytes as Uint8Array).toString('utf8')).toContain('<svg')
    await ensureSomeBank(database.db)
    expect((await database.db.selectFrom('item_banks').select('id').execute()).length).toBe(1)
  })

  it('imports a new version beside the old one, and the same content twice changes nothing', async () => {
    const folder = copyOfDemoBank()
    const manifestFile = join(folder, 'manifest.json')
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: '2027.1.0' }))
    const first = await importBank(database.db, folder)
    expect(first.created).toBe(true)
    expect((await importBank(database.db, folder)).created).toBe(false)
    expect((await currentBank(database.db))?.id).toBe(first.id)
    expect(await currentBankId(database.db)).toBe(first.id)
    const versions = await database.db.selectFrom('item_banks').select('version').orderBy('version').execute()
    expect(versions.map((v) => v.version)).toEqual(['2026.11.1', '2027.1.0'])
  })

  it('two processes importing the same version at once: one stores it, the other takes it', async () => {
    const folder = copyOfDemoBank()
    const manifestFile = join(folder, 'manifest.json')
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: '2027.2.0' }))
    const both = await Promise.all([importBank(database.db, folder), importBank(database.db, folder)])
    expect(both.map((b) => b.created).sort()).toEqual([false, true])
    expect(both[0].id).toBe(both[1].id)
  })

  it('refuses other content under a version already imported', async () => {
    const folder = copyOfDemoBank()
    const itemsFile = join(folder, 'items', '1.1.json')
    const items = JSON.parse(readFileSync(itemsFile, 'utf8'))
    items[0].irt.b = items[0].irt.b + 0.5
    writeFileSync(itemsFile, JSON.stringify(items))
    await expect(importBank(database.db, folder)).rejects.toThrow(/already imported with other content/)
  })

  it('refuses an invalid bank, naming the file and the item', async () => {
    const folder = copyOfDemoBank()
    const itemsFile = join(folder, 'items', '2.1.json')
    const items = JSON.parse(readFileSync(itemsFile, 'utf8'))
    const single = items.find((item: { type: string }) => item.type === 'single')
    for (const choice of single.choices) choice.correct = true
    writeFileSync(itemsFile, JSON.stringify(items))
    const error = await importBank(database.db, folder).catch((e) => e)
    expect(error).toBeInstanceOf(BankLoadError)
    expect(error.message).toContain('items/2.1.json')
    expect(error.message).toContain(single.id)
  })
})
