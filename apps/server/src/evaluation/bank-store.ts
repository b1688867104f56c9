import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Kysely } from 'kysely'
import { isUniqueViolation } from '../db/errors'
import type { DB } from '../db/schema'
import { DomainError } from '../http/errors'
import { loadBank } from './bank-loader'
import { DEFAULT_TEST_LENGTH } from './engine'
import { calibrateExposureControl } from './exposure-control'
import type { Bank, Item, Manifest } from './item-format'

/** The demo bank shipped with Vigie (original questions, synthetic calibrations). */
export const DEMO_BANK_FOLDER = path.resolve(new URL('../../../../content/bank', import.meta.url).pathname)

const CONTENT_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.pdf': 'application/pdf',
}

async function readMedia(folder: string) {
  const root = path.join(folder, 'media')
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
  return Promise.all(
    files.sort().map(async (file) => ({
      path: path.relative(root, file).split(path.sep).join('/'),
      contentType: CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      bytes: await readFile(file),
    })),
  )
}

const versionTaken = (id: string, version: string) =>
  new DomainError(
    'conflict',
    `Bank "${id}" version ${version} is already imported with other content: give this one a new version in manifest.json.`,
  )

export interface StoredBank {
  /** The row's id: what a test records to keep its version. */
  id: string
  bank: Bank
}

/**
 * Validates a bank folder and stores it as a new version, media included. Importing the same
 * content again changes nothing; another content under a version already imported is refused.
 */
export async function importBank(
  db: Kysely<DB>,
  folder: string,
): Promise<{ id: string; created: boolean; bank: Bank }> {
  const bank = await loadBank(folder)
  const media = await readMedia(folder)
  const hash = createHash('sha256')
  hash.update(JSON.stringify(bank.manifest)).update(JSON.stringify(bank.items))
  for (const file of media) hash.update(file.path).update(file.bytes)
  const contentHash = hash.digest('hex')
  const { id, version } = bank.manifest
  const known = await db
    .selectFrom('item_banks')
    .select(['id', 'content_hash'])
    .where('bank_id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  if (known?.content_hash === contentHash) return { id: known.id, created: false, bank }
  if (known) throw versionTaken(id, version)
  // Seconds of CPU: done before the transaction, and only for a bank that will be stored.
  const exposureControl = calibrateExposureControl(bank, { testLength: DEFAULT_TEST_LENGTH })
  try {
    return await store(db, { id, version, bank, media, contentHash, exposureControl })
  } catch (error) {
    // Two processes starting together both found no bank and both inserted it: the loser takes the winner's.
    if (!isUniqueViolation(error)) throw error
    const stored = await db
      .selectFrom('item_banks')
      .select(['id', 'content_hash'])
      .where('bank_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirstOrThrow()
    if (stored.content_hash !== contentHash) throw versionTaken(id, version)
    return { id: stored.id, created: false, bank }
  }
}

/** Stores a bank version and its media in one transaction. */
function store(
  db: Kysely<DB>,
  {
    id,
    version,
    bank,
    media,
    contentHash,
    exposureControl,
  }: {
    id: string
    version: string
    bank: Bank
    media: Awaited<ReturnType<typeof readMedia>>
    contentHash: string
    exposureControl: ReturnType<typeof calibrateExposureControl>
  },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('item_banks')
      .values({
        bank_id: id,
        version,
        manifest: JSON.stringify(bank.manifest),
        items: JSON.stringify(bank.items),
        content_hash: contentHash,
        exposure_control: JSON.stringify(exposureControl),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    for (const file of media) {
      await trx
        .insertInto('item_bank_media')
        .values({ bank: row.id, path: file.path, content_type: file.contentType, bytes: file.bytes })
        .execute()
    }
    return { id: row.id, created: true, bank }
  })
}

/** The `item_banks` row new tests use (the latest imported), without its items. */
export async function currentBankId(db: Kysely<DB>): Promise<string | undefined> {
  const row = await db
    .selectFrom('item_banks')
    .select('id')
    .orderBy('imported_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst()
  return row?.id
}

/** The bank new tests use: the latest imported. */
export async function currentBank(db: Kysely<DB>): Promise<StoredBank | undefined> {
  const row = await db
    .selectFrom('item_banks')
    .select(['id', 'manifest', 'items'])
    .orderBy('imported_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst()
  return row && { id: row.id, bank: { manifest: row.manifest as Manifest, items: row.items as Item[] } }
}

/** At first start, the demo bank, so that a new installation can run a test at once. */
export async function ensureSomeBank(db: Kysely<DB>): Promise<void> {
  if (!(await db.selectFrom('item_banks').select('id').limit(1).executeTakeFirst()))
    await importBank(db, DEMO_BANK_FOLDER)
}

export const bankMedia = (db: Kysely<DB>, bankRowId: string, mediaPath: string) =>
  db
    .selectFrom('item_bank_media')
    .select(['content_type', 'bytes'])
    .where('bank', '=', bankRowId)
    .where('path', '=', mediaPath)
    .executeTakeFirst()
