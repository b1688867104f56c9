import type { JournalEntry } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'

export interface JournalRecord {
  sessionId: string
  userId: string
  candidateId?: string | null
  action: string
  outcome: string
  details?: Record<string, unknown>
  at: Date
}

/** Writes one line of the journal, in the caller's transaction so it exists exactly when the action does. */
export async function recordInJournal(db: Kysely<DB>, record: JournalRecord): Promise<void> {
  await db
    .insertInto('invigilation_journal')
    .values({
      session_id: record.sessionId,
      user_id: record.userId,
      candidate_id: record.candidateId ?? null,
      action: record.action,
      outcome: record.outcome,
      details: JSON.stringify(record.details ?? {}),
      created_at: record.at,
    })
    .execute()
}

export async function readJournal(db: Kysely<DB>, sessionId: string): Promise<JournalEntry[]> {
  const rows = await db
    .selectFrom('invigilation_journal as j')
    .leftJoin('users as u', 'u.id', 'j.user_id')
    .leftJoin('candidates as c', 'c.id', 'j.candidate_id')
    .select([
      'j.id',
      'j.created_at',
      'j.action',
      'j.outcome',
      'j.details',
      'u.first_name as actorFirstName',
      'u.last_name as actorLastName',
      'c.first_name as candidateFirstName',
      'c.last_name as candidateLastName',
    ])
    .where('j.session_id', '=', sessionId)
    .orderBy('j.id')
    .execute()
  return rows.map((row) => ({
    id: Number(row.id),
    at: row.created_at.toISOString(),
    actor: row.actorFirstName ? { firstName: row.actorFirstName, lastName: row.actorLastName ?? '' } : null,
    candidate: row.candidateFirstName
      ? { firstName: row.candidateFirstName, lastName: row.candidateLastName ?? '' }
      : null,
    action: row.action,
    outcome: row.outcome,
    details: row.details,
  }))
}
