import { sessionTopic } from '@vigie/contract'
import { type Kysely, sql } from 'kysely'
import type { Logger } from 'pino'
import type { Clock } from '../clock'
import type { DB } from '../db/schema'
import { appendEvent } from '../events/publish'

/** While a candidate's page holds its stream open, their test's `last_seen_at` is renewed this often. */
export const CONNECTION_LEASE_MS = 30_000
/** A renewal leaves alone the tests seen this recently (less than a lease, so never stale). */
const RENEWAL_SKIP_MS = 20_000
/** Tests a renewal statement writes at most: each holds its rows' locks only briefly. */
const RENEWAL_BATCH = 500
/** A page gone this long shows "Déconnecté depuis N min" to the invigilators. */
export const DISCONNECTED_AFTER_MS = 60_000

/**
 * When each candidate's page was last connected, for the invigilators. A page that follows its
 * `candidate:<id>` topic is connected; every process renews its open pages in one UPDATE per
 * lease, so a crashed process's candidates appear disconnected a minute later. Opening and
 * closing a stream also tell the dashboards at once.
 */
export function createConnectionTracker({
  db,
  clock,
  logger,
}: {
  db: Kysely<DB>
  clock: Clock
  logger: Logger
}) {
  const open = new Map<string, number>()
  const pending = new Set<Promise<void>>()
  let timer: NodeJS.Timeout | undefined

  async function touch(candidateId: string, type: 'candidate.connected' | 'candidate.disconnected') {
    const now = clock.now()
    await db.transaction().execute(async (trx) => {
      const test = await trx
        .updateTable('tests')
        .set({ last_seen_at: now })
        .where('candidate_id', '=', candidateId)
        .where('status', '=', 'started')
        .returning('session_id')
        .executeTakeFirst()
      if (test)
        await appendEvent(trx, sessionTopic(test.session_id), type, { candidateId, at: now.toISOString() })
    })
  }

  /** Runs in the background (a stream's opening must not wait on it); `stop` waits for what is under way. */
  function background(what: string, work: Promise<void>) {
    const tracked = work.catch((error) => logger.warn({ err: error }, `connection tracking: ${what}`))
    pending.add(tracked)
    tracked.finally(() => pending.delete(tracked))
  }

  /**
   * Pages seen within `RENEWAL_SKIP_MS` (an answer sets `last_seen_at` too) are left alone, so a
   * renewal writes only the tests of candidates who did nothing lately and holds fewer rows; every
   * renewal still leaves each connected test seen within that time, so none looks disconnected.
   */
  async function renewAll() {
    const now = clock.now()
    const ids = [...open.keys()]
    for (let i = 0; i < ids.length; i += RENEWAL_BATCH) {
      // One array parameter whatever the batch's size: one statement text, prepared once.
      await db
        .updateTable('tests')
        .set({ last_seen_at: now })
        .where('candidate_id', '=', sql<string>`any(${ids.slice(i, i + RENEWAL_BATCH)}::uuid[])`)
        .where('status', '=', 'started')
        .where('last_seen_at', '<', new Date(now.getTime() - RENEWAL_SKIP_MS))
        .execute()
    }
  }

  return {
    /** A candidate's page opened its stream; the returned function is called when it closes. */
    follow(candidateId: string): () => void {
      const count = open.get(candidateId) ?? 0
      open.set(candidateId, count + 1)
      if (count === 0) background('connected', touch(candidateId, 'candidate.connected'))
      return () => {
        const left = (open.get(candidateId) ?? 1) - 1
        if (left > 0) {
          open.set(candidateId, left)
          return
        }
        open.delete(candidateId)
        background('disconnected', touch(candidateId, 'candidate.disconnected'))
      }
    },
    /** Renews the lease of every page connected here (the timer calls it; so may a test). */
    renew: renewAll,
    start(): void {
      timer = setInterval(() => background('renewal', renewAll()), CONNECTION_LEASE_MS)
      timer.unref()
    },
    async stop(): Promise<void> {
      clearInterval(timer)
      await Promise.all(pending)
    },
    get connected() {
      return open.size
    },
  }
}

export type ConnectionTracker = ReturnType<typeof createConnectionTracker>
