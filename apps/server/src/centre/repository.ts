import type { Candidate, SessionStatus, SessionSummary } from '@vigie/contract'
import { type Kysely, sql } from 'kysely'
import type { CandidateRow, DB, SessionRow } from '../db/schema'

export type NewSessionRow = Omit<
  SessionRow,
  | 'id'
  | 'created_at'
  | 'finalised_at'
  | 'finalisation_comment'
  | 'finalised_by'
  | 'results_published_at'
  | 'results_published_by'
>
export type CandidateValues = Omit<
  CandidateRow,
  'id' | 'session_id' | 'user_id' | 'joined_at' | 'started_at' | 'created_at'
>

export const sessionStatus = (row: { finalised_at: Date | null; started_count: number }): SessionStatus =>
  row.finalised_at ? 'finalised' : row.started_count > 0 ? 'in_progress' : 'created'

export const toCandidate = (row: CandidateRow): Candidate => ({
  id: row.id,
  lastName: row.last_name,
  firstName: row.first_name,
  sex: row.sex,
  birthdate: row.birthdate,
  birthCountry: row.birth_country,
  birthCity: row.birth_city,
  birthPostalCode: row.birth_postal_code,
  birthInseeCode: row.birth_insee_code,
  externalId: row.external_id,
  extraTimePercentage: row.extra_time_percentage,
  accessibilityAdjustment: row.accessibility_adjustment,
  complementaryCertification: row.complementary_certification,
  convocationEmail: row.convocation_email,
  resultsEmail: row.results_email,
  joined: row.user_id !== null,
  started: row.started_at !== null,
})

export function createCentreRepository(db: Kysely<DB>) {
  return {
    /** The centre if the user is one of its members. */
    memberCentre: (userId: string, centreId: string) =>
      db
        .selectFrom('centres as c')
        .innerJoin('centre_memberships as m', 'm.centre_id', 'c.id')
        .select(['c.id', 'c.name', 'c.time_zone', 'c.complementary_certifications', 'm.role'])
        .where('c.id', '=', centreId)
        .where('m.user_id', '=', userId)
        .executeTakeFirst(),

    /** The session with its centre, if the user is a member of that centre. */
    memberSession: (userId: string, sessionId: string) =>
      db
        .selectFrom('sessions as s')
        .innerJoin('centres as c', 'c.id', 's.centre_id')
        .innerJoin('centre_memberships as m', 'm.centre_id', 'c.id')
        .selectAll('s')
        .select([
          'm.role as member_role',
          'c.name as centre_name',
          'c.time_zone',
          'c.complementary_certifications',
          (eb) =>
            eb
              .selectFrom('candidates')
              .select((e) => e.fn.countAll<number>().as('n'))
              .whereRef('candidates.session_id', '=', 's.id')
              .as('candidate_count'),
          (eb) =>
            eb
              .selectFrom('candidates')
              .select((e) => e.fn.countAll<number>().as('n'))
              .whereRef('candidates.session_id', '=', 's.id')
              .where('candidates.started_at', 'is not', null)
              .as('started_count'),
          (eb) =>
            eb
              .selectFrom('candidates')
              .select((e) => e.fn.countAll<number>().as('n'))
              .whereRef('candidates.session_id', '=', 's.id')
              .where('candidates.user_id', 'is not', null)
              .as('joined_count'),
        ])
        .where('s.id', '=', sessionId)
        .where('m.user_id', '=', userId)
        .executeTakeFirst(),

    async listSessions(centreId: string): Promise<SessionSummary[]> {
      const rows = await db
        .selectFrom('sessions as s')
        .leftJoin('candidates as c', 'c.session_id', 's.id')
        .select([
          's.id',
          's.number',
          's.site',
          's.room',
          's.date',
          's.start_time',
          's.starts_at',
          's.finalised_at',
          (eb) => eb.fn.count<number>('c.id').as('candidate_count'),
          (eb) => eb.fn.count<number>('c.started_at').as('started_count'),
        ])
        .where('s.centre_id', '=', centreId)
        .groupBy('s.id')
        // Upcoming sessions first (soonest first), then past ones (latest first).
        .orderBy(sql`case when s.starts_at >= now() - interval '1 day' then 0 else 1 end`)
        .orderBy(sql`case when s.starts_at >= now() - interval '1 day' then s.starts_at end`, 'asc')
        .orderBy('s.starts_at', 'desc')
        .execute()
      return rows.map((row) => ({
        id: row.id,
        number: row.number,
        site: row.site,
        room: row.room,
        date: row.date,
        startTime: row.start_time,
        startsAt: row.starts_at.toISOString(),
        status: sessionStatus({ finalised_at: row.finalised_at, started_count: Number(row.started_count) }),
        candidateCount: Number(row.candidate_count),
        startedCount: Number(row.started_count),
      }))
    },

    insertSession: (values: NewSessionRow) =>
      db.insertInto('sessions').values(values).returning('id').executeTakeFirstOrThrow(),

    updateSession: (id: string, changes: Partial<NewSessionRow>) =>
      db.updateTable('sessions').set(changes).where('id', '=', id).execute(),

    /** Deletes the session if none of its candidates has started; false otherwise. */
    async deleteUnstartedSession(id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('sessions')
        .where('id', '=', id)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('candidates')
                .select('id')
                .where('session_id', '=', id)
                .where('started_at', 'is not', null),
            ),
          ),
        )
        .executeTakeFirst()
      return result.numDeletedRows > 0n
    },

    listCandidates: (sessionId: string) =>
      db
        .selectFrom('candidates')
        .selectAll()
        .where('session_id', '=', sessionId)
        .orderBy(sql`lower(last_name)`)
        .orderBy(sql`lower(first_name)`)
        .execute(),

    findCandidate: (sessionId: string, candidateId: string) =>
      db
        .selectFrom('candidates')
        .selectAll()
        .where('session_id', '=', sessionId)
        .where('id', '=', candidateId)
        .executeTakeFirst(),

    insertCandidates: (sessionId: string, candidates: CandidateValues[]) =>
      db
        .insertInto('candidates')
        .values(candidates.map((c) => ({ ...c, session_id: sessionId })))
        .returningAll()
        .execute(),

    updateCandidate: (candidateId: string, changes: Partial<CandidateValues>) =>
      db
        .updateTable('candidates')
        .set(changes)
        .where('id', '=', candidateId)
        .returningAll()
        .executeTakeFirstOrThrow(),

    /** Removes the candidate if their test has not started; false otherwise. */
    async deleteUnstartedCandidate(candidateId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('candidates')
        .where('id', '=', candidateId)
        .where('started_at', 'is', null)
        .executeTakeFirst()
      return result.numDeletedRows > 0n
    },

    /** Empties the list if nobody has joined yet; false otherwise. */
    async deleteCandidatesIfNoneJoined(sessionId: string): Promise<boolean> {
      const joined = await db
        .selectFrom('candidates')
        .select('id')
        .where('session_id', '=', sessionId)
        .where('user_id', 'is not', null)
        .limit(1)
        .executeTakeFirst()
      if (joined) return false
      await db.deleteFrom('candidates').where('session_id', '=', sessionId).execute()
      return true
    },
  }
}

export type CentreRepository = ReturnType<typeof createCentreRepository>
