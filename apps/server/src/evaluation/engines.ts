import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import { currentBankId } from './bank-store'
import { type AdaptiveEngine, createEngine } from './engine'
import type { ExposureControl } from './exposure-control'
import type { Bank, Item, Manifest } from './item-format'

export interface LoadedBank {
  /** The `item_banks` row: what a test records to keep its version. */
  id: string
  bank: Bank
  engine: AdaptiveEngine
}

/**
 * One engine per bank version, built on first use and kept. The exposure control was calibrated
 * at import and is read with the bank, so building is quick. A bank version never changes once
 * imported: this cache cannot go stale, and every process builds the same engine.
 */
export function createEngines(db: Kysely<DB>) {
  const loaded = new Map<string, Promise<LoadedBank>>()

  const load = async (id: string, executor: Kysely<DB>): Promise<LoadedBank> => {
    const row = await executor
      .selectFrom('item_banks')
      .select(['manifest', 'items', 'exposure_control'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    const bank: Bank = { manifest: row.manifest as Manifest, items: row.items as Item[] }
    return {
      id,
      bank,
      engine: createEngine(bank, { exposureControl: row.exposure_control as ExposureControl }),
    }
  }

  /**
   * Inside a transaction, pass it as `executor`: on PGlite's single connection a query on the
   * outer instance would wait for the transaction to end, and the transaction for the query.
   */
  const forBank = (id: string, executor: Kysely<DB> = db): Promise<LoadedBank> => {
    let entry = loaded.get(id)
    if (!entry) {
      entry = load(id, executor)
      entry.catch(() => loaded.delete(id))
      loaded.set(id, entry)
    }
    return entry
  }

  return {
    forBank,
    /** The engine of the bank new tests start with (its id read at each start: the items once). */
    async current(): Promise<LoadedBank> {
      const id = await currentBankId(db)
      if (!id) throw new Error('No item bank is loaded: run `vigie bank import FOLDER`.')
      return forBank(id)
    },
  }
}

export type Engines = ReturnType<typeof createEngines>
