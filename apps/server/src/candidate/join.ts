import { type Enrolment, type JoinBody, sessionTopic } from '@vigie/contract'
import type { Kysely } from 'kysely'
import { nameMatchKey } from '../centre/candidate-rules'
import type { Clock } from '../clock'
import { isUuid } from '../db/errors'
import type { DB } from '../db/schema'
import { appendEvent } from '../events/publish'
import { DomainError, notFound } from '../http/errors'
import type { Throttle, ThrottleRule } from '../throttle/throttle'

/** Joining is a search among enrolled people: limited, so the list cannot be probed. */
export const joinThrottle: ThrottleRule = { name: 'join-user', limit: 20, windowSeconds: 15 * 60 }

const enrolmentColumns = [
  'c.id as candidateId',
  's.id as sessionId',
  's.number as sessionNumber',
  'ce.name as centreName',
  's.site',
  's.room',
  's.date',
  's.start_time as startTime',
  'c.first_name as firstName',
  'c.last_name as lastName',
  'c.extra_time_percentage as extraTimePercentage',
  's.extension_required as extensionRequired',
] as const

/**
 * "Rejoindre une session": the account is linked to the enrolment whose details match (names
 * compared without accents, case, spaces, hyphens or apostrophes; the birth date exactly).
 * Once linked, the same account may join again; another may not.
 */
export function createJoin({ db, clock, throttle }: { db: Kysely<DB>; clock: Clock; throttle: Throttle }) {
  const enrolments = () =>
    db
      .selectFrom('candidates as c')
      .innerJoin('sessions as s', 's.id', 'c.session_id')
      .innerJoin('centres as ce', 'ce.id', 's.centre_id')
      .select(enrolmentColumns)

  return {
    async join(userId: string, body: JoinBody): Promise<Enrolment> {
      await throttle.consume([[joinThrottle, userId]])
      const session = await db
        .selectFrom('sessions')
        .select(['id', 'finalised_at'])
        .where('number', '=', body.sessionNumber.trim())
        .executeTakeFirst()
      if (!session) {
        throw new DomainError(
          'session_not_found',
          'No session has this number: check it with your invigilator.',
          {
            field: 'sessionNumber',
          },
        )
      }
      if (session.finalised_at)
        throw new DomainError('session_finalised', 'This session is over: it can no longer be joined.')
      const wanted = [nameMatchKey(body.lastName), nameMatchKey(body.firstName)].join('|')
      const candidate = (
        await db
          .selectFrom('candidates')
          .select(['id', 'last_name', 'first_name', 'user_id'])
          .where('session_id', '=', session.id)
          .where('birthdate', '=', body.birthdate)
          .execute()
      ).find((c) => [nameMatchKey(c.last_name), nameMatchKey(c.first_name)].join('|') === wanted)
      if (!candidate) {
        throw new DomainError(
          'candidate_not_found',
          'No candidate of this session has these details: check them as written on your convocation.',
        )
      }
      if (candidate.user_id !== null && candidate.user_id !== userId) {
        throw new DomainError(
          'candidate_taken',
          'These details are already linked to another account: ask your invigilator.',
        )
      }
      if (candidate.user_id === null) {
        const linked = await db.transaction().execute(async (trx) => {
          const result = await trx
            .updateTable('candidates')
            .set({ user_id: userId, joined_at: clock.now() })
            .where('id', '=', candidate.id)
            .where('user_id', 'is', null)
            .executeTakeFirst()
          if (result.numUpdatedRows === 0n) return false
          await appendEvent(trx, sessionTopic(session.id), 'candidate.joined', { candidateId: candidate.id })
          return true
        })
        // Another account won the race for these details.
        if (!linked) {
          throw new DomainError(
            'candidate_taken',
            'These details are already linked to another account: ask your invigilator.',
          )
        }
      }
      return this.enrolment(userId, candidate.id)
    },

    async enrolment(userId: string, candidateId: string): Promise<Enrolment> {
      const row = isUuid(candidateId)
        ? await enrolments()
            .where('c.id', '=', candidateId)
            .where('c.user_id', '=', userId)
            .executeTakeFirst()
        : undefined
      if (!row) throw notFound('Enrolment')
      return row
    },

    /** Whether this enrolment is the user's: they may then follow its live topic. */
    async owns(userId: string | undefined, candidateId: string): Promise<boolean> {
      if (!userId || !isUuid(candidateId)) return false
      const row = await db
        .selectFrom('candidates')
        .select('id')
        .where('id', '=', candidateId)
        .where('user_id', '=', userId)
        .executeTakeFirst()
      return Boolean(row)
    },

    /** The account's enrolments in sessions that are not finalised, soonest first. */
    mine: (userId: string): Promise<Enrolment[]> =>
      enrolments()
        .where('c.user_id', '=', userId)
        .where('s.finalised_at', 'is', null)
        .orderBy('s.starts_at')
        .execute(),
  }
}

export type Join = ReturnType<typeof createJoin>
