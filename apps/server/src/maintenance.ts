import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import type { Clock } from './clock'
import type { DB } from './db/schema'

const EVERY_MS = 10 * 60_000
const DAY_MS = 24 * 3600_000

/** Deletes what has expired: web sessions, single-use links, old attempt counters. */
export async function purgeExpired(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('web_sessions').where('expires_at', '<', now).execute()
  await db.deleteFrom('account_tokens').where('expires_at', '<', now).execute()
  await db
    .deleteFrom('centre_invitations')
    .where('expires_at', '<', new Date(now.getTime() - 30 * DAY_MS))
    .execute()
  await db
    .deleteFrom('throttle_counters')
    .where('window_start', '<', new Date(now.getTime() - DAY_MS))
    .execute()
}

/** Runs `purgeExpired` every ten minutes; several processes doing it at once is harmless. */
export function startMaintenance(db: Kysely<DB>, clock: Clock, logger: Logger): () => void {
  const timer = setInterval(() => {
    purgeExpired(db, clock.now()).catch((error) => logger.warn({ err: error }, 'maintenance failed'))
  }, EVERY_MS)
  timer.unref()
  return () => clearInterval(timer)
}
