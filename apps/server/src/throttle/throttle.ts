import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import type { DB } from '../db/schema'
import { tooManyAttempts } from '../http/errors'

/** At most `limit` counted attempts per `windowSeconds` for one subject (an e-mail, an address…). */
export interface ThrottleRule {
  name: string
  limit: number
  windowSeconds: number
}

/**
 * Attempt counters kept in the database, so a limit holds across server processes and
 * restarts. Fixed windows: simple, one row per subject and window.
 */
export function createThrottle(db: Kysely<DB>, clock: Clock) {
  const windowOf = (rule: ThrottleRule) => {
    const size = rule.windowSeconds * 1000
    const start = Math.floor(clock.now().getTime() / size) * size
    return {
      start: new Date(start),
      retryAfterSeconds: Math.ceil((start + size - clock.now().getTime()) / 1000),
    }
  }
  const key = (rule: ThrottleRule, subject: string) => `${rule.name}:${subject}`

  return {
    /** Throws `too_many_attempts` when any rule's limit is already reached for its subject. */
    async assertAllowed(checks: Array<[ThrottleRule, string]>): Promise<void> {
      for (const [rule, subject] of checks) {
        const window = windowOf(rule)
        const row = await db
          .selectFrom('throttle_counters')
          .select('count')
          .where('key', '=', key(rule, subject))
          .where('window_start', '=', window.start)
          .executeTakeFirst()
        if (row && row.count >= rule.limit) throw tooManyAttempts(window.retryAfterSeconds)
      }
    },

    /** Counts one attempt against each rule. */
    async record(checks: Array<[ThrottleRule, string]>): Promise<void> {
      for (const [rule, subject] of checks) {
        await db
          .insertInto('throttle_counters')
          .values({ key: key(rule, subject), window_start: windowOf(rule).start, count: 1 })
          .onConflict((c) =>
            c
              .columns(['key', 'window_start'])
              .doUpdateSet((eb) => ({ count: eb('throttle_counters.count', '+', 1) })),
          )
          .execute()
      }
    },

    /** Counts one attempt and throws when it goes over a limit: for actions limited whatever their outcome. */
    async consume(checks: Array<[ThrottleRule, string]>): Promise<void> {
      for (const [rule, subject] of checks) {
        const window = windowOf(rule)
        const row = await db
          .insertInto('throttle_counters')
          .values({ key: key(rule, subject), window_start: window.start, count: 1 })
          .onConflict((c) =>
            c
              .columns(['key', 'window_start'])
              .doUpdateSet((eb) => ({ count: eb('throttle_counters.count', '+', 1) })),
          )
          .returning('count')
          .executeTakeFirstOrThrow()
        if (row.count > rule.limit) throw tooManyAttempts(window.retryAfterSeconds)
      }
    },
  }
}

export type Throttle = ReturnType<typeof createThrottle>
