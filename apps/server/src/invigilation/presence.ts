import { sessionTopic } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import { isUuid } from '../db/errors'
import type { DB } from '../db/schema'
import { appendEvent } from '../events/publish'
import { conflict, notFound } from '../http/errors'
import { assertSessionOpen, type InvigilatorAccess } from './access'
import { recordInJournal } from './journal'

/** How long a presence confirmation or a resume authorisation lets the candidate start. */
export const AUTHORISATION_TTL_MS = 15 * 60_000

/**
 * "Confirmer la présence": an invigilator's leave for one candidate to start, valid 15
 * minutes. Two invigilators confirming at once give one confirmation; the second is told.
 */
export function createPresence({
  db,
  clock,
  access,
}: {
  db: Kysely<DB>
  clock: Clock
  access: InvigilatorAccess
}) {
  async function candidateOfSession(trx: Kysely<DB>, sessionId: string, candidateId: string) {
    const row = isUuid(candidateId)
      ? await trx
          .selectFrom('candidates as c')
          .select(['c.id', 'c.started_at'])
          .where('c.id', '=', candidateId)
          .where('c.session_id', '=', sessionId)
          .forUpdate('c')
          .executeTakeFirst()
      : undefined
    if (!row) throw notFound('Candidate')
    await assertSessionOpen(trx, sessionId)
    if (row.started_at) throw conflict('This candidate has already started: presence can no longer change.')
    return row
  }

  const openPresence = (trx: Kysely<DB>, candidateId: string) =>
    trx
      .selectFrom('start_authorisations')
      .select(['id', 'granted_at'])
      .where('candidate_id', '=', candidateId)
      .where('kind', '=', 'presence')
      .where('revoked_at', 'is', null)
      .where('consumed_at', 'is', null)
      .executeTakeFirst()

  return {
    async confirm(userId: string | undefined, sessionId: string, candidateId: string): Promise<void> {
      const invigilator = await access.assertInvigilator(userId, sessionId)
      await db.transaction().execute(async (trx) => {
        await candidateOfSession(trx, sessionId, candidateId)
        const now = clock.now()
        const open = await openPresence(trx, candidateId)
        if (open && now.getTime() - open.granted_at.getTime() < AUTHORISATION_TTL_MS) {
          throw conflict('Presence was already confirmed, by another invigilator or in another tab.')
        }
        // An expired confirmation is renewed: the candidate gets 15 more minutes to start.
        if (open)
          await trx
            .updateTable('start_authorisations')
            .set({ revoked_at: now })
            .where('id', '=', open.id)
            .execute()
        await trx
          .insertInto('start_authorisations')
          .values({ candidate_id: candidateId, kind: 'presence', granted_by: invigilator, granted_at: now })
          .execute()
        await recordInJournal(trx, {
          sessionId,
          userId: invigilator,
          candidateId,
          action: 'presence_confirmed',
          outcome: 'done',
          at: now,
        })
        await appendEvent(trx, sessionTopic(sessionId), 'candidate.presence_confirmed', { candidateId })
      })
    },

    async cancel(userId: string | undefined, sessionId: string, candidateId: string): Promise<void> {
      const invigilator = await access.assertInvigilator(userId, sessionId)
      await db.transaction().execute(async (trx) => {
        await candidateOfSession(trx, sessionId, candidateId)
        const open = await openPresence(trx, candidateId)
        if (!open)
          throw conflict('Presence is not confirmed, or was already cancelled by another invigilator.')
        const now = clock.now()
        await trx
          .updateTable('start_authorisations')
          .set({ revoked_at: now })
          .where('id', '=', open.id)
          .execute()
        await recordInJournal(trx, {
          sessionId,
          userId: invigilator,
          candidateId,
          action: 'presence_cancelled',
          outcome: 'done',
          at: now,
        })
        await appendEvent(trx, sessionTopic(sessionId), 'candidate.presence_cancelled', { candidateId })
      })
    },

    /** "Autoriser la reprise du test": the candidate may come back, through the code screen, within 15 minutes. */
    async authoriseResume(userId: string | undefined, sessionId: string, candidateId: string): Promise<void> {
      const invigilator = await access.assertInvigilator(userId, sessionId)
      await db.transaction().execute(async (trx) => {
        const test = isUuid(candidateId)
          ? await trx
              .selectFrom('tests as t')
              .select(['t.status'])
              .where('t.candidate_id', '=', candidateId)
              .where('t.session_id', '=', sessionId)
              .forUpdate('t')
              .executeTakeFirst()
          : undefined
        if (!test) {
          if (isUuid(candidateId)) await candidateOfSession(trx, sessionId, candidateId)
          throw conflict('This candidate has not started: confirm their presence instead.')
        }
        await assertSessionOpen(trx, sessionId)
        if (test.status !== 'started') throw conflict('This test has ended: it cannot be resumed.')
        const now = clock.now()
        // A newer leave replaces an older one still open.
        await trx
          .updateTable('start_authorisations')
          .set({ revoked_at: now })
          .where('candidate_id', '=', candidateId)
          .where('kind', '=', 'resume')
          .where('revoked_at', 'is', null)
          .where('consumed_at', 'is', null)
          .execute()
        await trx
          .insertInto('start_authorisations')
          .values({ candidate_id: candidateId, kind: 'resume', granted_by: invigilator, granted_at: now })
          .execute()
        await recordInJournal(trx, {
          sessionId,
          userId: invigilator,
          candidateId,
          action: 'resume_authorised',
          outcome: 'done',
          at: now,
        })
        await appendEvent(trx, sessionTopic(sessionId), 'candidate.resume_authorised', { candidateId })
      })
    },
  }
}

export type Presence = ReturnType<typeof createPresence>
