import type { Kysely } from 'kysely'
import { isUuid } from '../db/errors'
import type { DB } from '../db/schema'
import { conflict, notFound } from '../http/errors'
import { assertSessionOpen } from './access'

/**
 * The test of one candidate of this session, locked for the invigilator's action. A candidate
 * of another session reads as unknown; one who has not started, or a finalised session, is told.
 */
export async function lockCandidateTest(trx: Kysely<DB>, sessionId: string, candidateId: string) {
  const test = isUuid(candidateId)
    ? await trx
        .selectFrom('tests')
        .select(['id', 'status', 'bank', 'state'])
        .where('candidate_id', '=', candidateId)
        .where('session_id', '=', sessionId)
        .forUpdate()
        .executeTakeFirst()
    : undefined
  await assertSessionOpen(trx, sessionId)
  if (!test) {
    const enrolled = isUuid(candidateId)
      ? await trx
          .selectFrom('candidates')
          .select('id')
          .where('id', '=', candidateId)
          .where('session_id', '=', sessionId)
          .executeTakeFirst()
      : undefined
    if (!enrolled) throw notFound('Candidate')
    throw conflict('This candidate has not started the test.')
  }
  return test
}
