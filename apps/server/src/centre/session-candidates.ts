import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema'

/**
 * A session's candidates by name, as every list of them is ordered, each with their test's status
 * (null for one who never started); callers select or join what else they show.
 */
export const candidatesWithTests = (db: Kysely<DB>, sessionId: string) =>
  db
    .selectFrom('candidates as c')
    .leftJoin('tests as t', 't.candidate_id', 'c.id')
    .select([
      'c.id',
      'c.last_name',
      'c.first_name',
      'c.birthdate',
      'c.external_id',
      't.status as test_status',
    ])
    .where('c.session_id', '=', sessionId)
    .orderBy(sql`lower(c.last_name)`)
    .orderBy(sql`lower(c.first_name)`)

/** Who the candidate is, in the contract's words. */
export const candidateIdentity = (row: {
  id: string
  last_name: string
  first_name: string
  birthdate: string
  external_id: string | null
}) => ({
  candidateId: row.id,
  lastName: row.last_name,
  firstName: row.first_name,
  birthdate: row.birthdate,
  externalId: row.external_id,
})
