import type { InvigilationSession, JournalEntry } from '@vigie/contract'
import type { Kysely } from 'kysely'
import { normaliseInvigilatorPassword } from '../centre/codes'
import type { Clock } from '../clock'
import { isUuid } from '../db/errors'
import type { DB } from '../db/schema'
import { DomainError, notFound } from '../http/errors'
import type { Throttle, ThrottleRule } from '../throttle/throttle'
import { readJournal, recordInJournal } from './journal'

export const accessThrottles = {
  /** One person at one address trying passwords for one session. */
  perSessionAndAddress: { name: 'invigilator-session-address', limit: 10, windowSeconds: 15 * 60 },
  /** Everyone together, so that many addresses cannot share out the guessing. */
  perSession: { name: 'invigilator-session', limit: 50, windowSeconds: 15 * 60 },
  /** One address trying many session numbers. */
  perAddress: { name: 'invigilator-address', limit: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, ThrottleRule>

const wrongNumberOrPassword = () =>
  new DomainError('invalid_credentials', 'The session number or the session password is wrong.')

export const sessionFinalised = () =>
  new DomainError('session_finalised', 'This session is finalised: it can no longer be invigilated.')

/**
 * Fails once the session is finalised. Call it after taking the lock the action needs, as a
 * statement of its own: a statement that waited for a lock held by the finalisation still sees
 * the tables it did not lock as they were when it began, so a check joined to it would pass.
 */
export async function assertSessionOpen(trx: Kysely<DB>, sessionId: string): Promise<void> {
  const session = await trx
    .selectFrom('sessions')
    .select('finalised_at')
    .where('id', '=', sessionId)
    .executeTakeFirst()
  if (session?.finalised_at) throw sessionFinalised()
}

/**
 * Who may invigilate a session: anyone signed in who gives its number and password (recorded,
 * so every action is attributable), and the members of its centre. Access, once given, lasts:
 * a new password only stops new entries.
 */
export function createInvigilatorAccess({
  db,
  clock,
  throttle,
}: {
  db: Kysely<DB>
  clock: Clock
  throttle: Throttle
}) {
  async function enter(
    trx: Kysely<DB>,
    sessionId: string,
    userId: string,
    how: 'password' | 'centre_member',
  ) {
    const now = clock.now()
    await trx
      .insertInto('session_invigilators')
      .values({ session_id: sessionId, user_id: userId, first_entered_at: now, last_entered_at: now })
      .onConflict((c) => c.columns(['session_id', 'user_id']).doUpdateSet({ last_entered_at: now }))
      .execute()
    await recordInJournal(trx, {
      sessionId,
      userId,
      action: 'entered',
      outcome: 'done',
      details: { how },
      at: now,
    })
  }

  const isCentreMember = async (userId: string, sessionId: string) =>
    Boolean(
      await db
        .selectFrom('sessions as s')
        .innerJoin('centre_memberships as m', 'm.centre_id', 's.centre_id')
        .select('s.id')
        .where('s.id', '=', sessionId)
        .where('m.user_id', '=', userId)
        .executeTakeFirst(),
    )

  return {
    async enterWithPassword(userId: string, sessionNumber: string, typedPassword: string, address: string) {
      const number = sessionNumber.trim()
      const limits: Array<[ThrottleRule, string]> = [
        [accessThrottles.perSessionAndAddress, `${number}|${address}`],
        [accessThrottles.perSession, number],
        [accessThrottles.perAddress, address],
      ]
      await throttle.assertAllowed(limits)
      const session = await db
        .selectFrom('sessions')
        .select(['id', 'invigilator_password', 'finalised_at'])
        .where('number', '=', number)
        .executeTakeFirst()
      if (!session || session.invigilator_password !== normaliseInvigilatorPassword(typedPassword)) {
        await throttle.record(limits)
        throw wrongNumberOrPassword()
      }
      if (session.finalised_at) throw sessionFinalised()
      await db.transaction().execute((trx) => enter(trx, session.id, userId, 'password'))
      return { sessionId: session.id }
    },

    /** A centre member reaches the Espace Surveillant from the session's page, without the password. */
    async enterAsCentreMember(userId: string, sessionId: string) {
      if (!isUuid(sessionId) || !(await isCentreMember(userId, sessionId))) throw notFound('Session')
      const session = await db
        .selectFrom('sessions')
        .select('finalised_at')
        .where('id', '=', sessionId)
        .executeTakeFirstOrThrow()
      if (session.finalised_at) throw sessionFinalised()
      await db.transaction().execute((trx) => enter(trx, sessionId, userId, 'centre_member'))
      return { sessionId }
    },

    async isInvigilator(userId: string | undefined, sessionId: string): Promise<boolean> {
      if (!userId || !isUuid(sessionId)) return false
      const found = await db
        .selectFrom('session_invigilators')
        .select('user_id')
        .where('session_id', '=', sessionId)
        .where('user_id', '=', userId)
        .executeTakeFirst()
      return Boolean(found)
    },

    /** The user, if they invigilate this session (entered it); anything else reads as "no such session". */
    async assertInvigilator(userId: string | undefined, sessionId: string): Promise<string> {
      if (!userId || !(await this.isInvigilator(userId, sessionId))) throw notFound('Session')
      return userId
    },

    async session(userId: string | undefined, sessionId: string): Promise<InvigilationSession> {
      await this.assertInvigilator(userId, sessionId)
      const row = await db
        .selectFrom('sessions as s')
        .innerJoin('centres as c', 'c.id', 's.centre_id')
        .select([
          's.id',
          's.number',
          'c.name as centreName',
          's.site',
          's.room',
          's.invigilator_names',
          's.access_code',
          'c.time_zone',
          's.extension_required',
          's.finalised_at',
        ])
        .where('s.id', '=', sessionId)
        .executeTakeFirstOrThrow()
      return {
        id: row.id,
        number: row.number,
        centreName: row.centreName,
        site: row.site,
        room: row.room,
        invigilatorNames: row.invigilator_names,
        accessCode: row.access_code,
        timeZone: row.time_zone,
        extensionRequired: row.extension_required,
        finalised: row.finalised_at !== null,
      }
    },

    /** Readable by the session's invigilators and by its centre's members. */
    /** The session's records (journal, PV d'incident) are for its invigilators and its centre's members. */
    async mayReadRecords(userId: string | undefined, sessionId: string): Promise<boolean> {
      if (!userId || !isUuid(sessionId)) return false
      return (await isCentreMember(userId, sessionId)) || (await this.isInvigilator(userId, sessionId))
    },

    async journal(userId: string | undefined, sessionId: string): Promise<JournalEntry[]> {
      if (!(await this.mayReadRecords(userId, sessionId))) throw notFound('Session')
      return readJournal(db, sessionId)
    },
  }
}

export type InvigilatorAccess = ReturnType<typeof createInvigilatorAccess>
