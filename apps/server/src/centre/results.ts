import { type CandidateResult, candidateTopic, type SessionResults } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import type { CompetenceLevel, DB } from '../db/schema'
import { appendEvent } from '../events/publish'
import { DomainError } from '../http/errors'
import type { CentreService } from './service'
import { candidateIdentity, candidatesWithTests } from './session-candidates'

const notFinalised = () =>
  new DomainError('session_not_finalised', 'This session is not finalised yet: it has no results.')

export const toCandidateResult = (row: {
  status: CandidateResult['status']
  answered: number
  score: number | null
  level: number | null
  competence_levels: CompetenceLevel[]
  verification_code: string | null
}): CandidateResult => ({
  status: row.status,
  answered: row.answered,
  score: row.score,
  level: row.level,
  competences: row.competence_levels,
  verificationCode: row.verification_code,
})

/** A finalised session's results, for its centre; a centre admin publishes them to the candidates. */
export function createResults({
  db,
  clock,
  centre,
}: {
  db: Kysely<DB>
  clock: Clock
  centre: CentreService
}) {
  async function read(sessionId: string): Promise<SessionResults> {
    const session = await db
      .selectFrom('sessions')
      .select(['id', 'number', 'finalised_at', 'results_published_at'])
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow()
    if (!session.finalised_at) throw notFinalised()
    const rows = await candidatesWithTests(db, sessionId)
      .leftJoin('results as r', 'r.candidate_id', 'c.id')
      .select([
        't.abort_reason',
        'r.status',
        'r.answered',
        'r.score',
        'r.level',
        'r.competence_levels',
        'r.verification_code',
      ])
      .execute()
    return {
      sessionId: session.id,
      sessionNumber: session.number,
      finalisedAt: session.finalised_at.toISOString(),
      publishedAt: session.results_published_at?.toISOString() ?? null,
      candidates: rows.map((row) => ({
        ...candidateIdentity(row),
        testStatus: row.test_status,
        abortReason: row.abort_reason,
        result:
          row.status === null
            ? null
            : toCandidateResult({
                status: row.status,
                answered: row.answered as number,
                score: row.score,
                level: row.level,
                competence_levels: row.competence_levels as CompetenceLevel[],
                verification_code: row.verification_code,
              }),
      })),
    }
  }

  return {
    /** For the centre's members, once the session is finalised. */
    async results(userId: string, sessionId: string): Promise<SessionResults> {
      await centre.memberSessionRow(userId, sessionId)
      return read(sessionId)
    },

    /** "Publier les résultats": a centre admin's decision, once; candidates see theirs from then on. */
    async publish(userId: string, sessionId: string): Promise<SessionResults> {
      const member = await centre.memberSessionRow(userId, sessionId)
      if (member.member_role !== 'admin')
        throw new DomainError('forbidden', 'Only an admin of the centre can publish the results.')
      await db.transaction().execute(async (trx) => {
        const session = await trx
          .selectFrom('sessions')
          .select(['finalised_at', 'results_published_at'])
          .where('id', '=', sessionId)
          .forNoKeyUpdate()
          .executeTakeFirstOrThrow()
        if (!session.finalised_at) throw notFinalised()
        if (session.results_published_at)
          throw new DomainError('results_published', 'The results of this session are already published.')
        const now = clock.now()
        await trx
          .updateTable('sessions')
          .set({ results_published_at: now, results_published_by: userId })
          .where('id', '=', sessionId)
          .execute()
        const published = await trx
          .selectFrom('results')
          .select('candidate_id')
          .where('session_id', '=', sessionId)
          .execute()
        // Each candidate's space follows its own topic: it shows the result as soon as it is out.
        for (const { candidate_id } of published)
          await appendEvent(trx, candidateTopic(candidate_id), 'results.published', { sessionId })
      })
      return read(sessionId)
    },
  }
}

export type Results = ReturnType<typeof createResults>
