import { type SignalementBody, sessionTopic, type TestView } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import type { DB } from '../db/schema'
import { appendEvent } from '../events/publish'
import { DomainError } from '../http/errors'
import type { TestAccess } from './own-test'

/**
 * "Signaler un problème avec la question": the answer buttons pause until an invigilator decides.
 * Only the question on screen, not yet answered, can be reported; reporting it again while the
 * report is open changes nothing (a double click, a retry).
 */
export function createSignalements({
  db,
  clock,
  access,
}: {
  db: Kysely<DB>
  clock: Clock
  access: TestAccess
}) {
  return {
    async report(
      userId: string,
      testId: string,
      token: string | undefined,
      body: SignalementBody,
    ): Promise<TestView> {
      return db.transaction().execute(async (trx) => {
        const test = await access.ownTest(trx, userId, testId, token)
        const now = clock.now()
        const current = access.assertCurrentQuestion(test, body.questionNumber, body.itemId)
        if (current.pausedFor === 'signalement') return current
        if (current.pausedFor === 'extension') {
          throw new DomainError(
            'test_paused',
            'The test is paused until an invigilator confirms the extension.',
          )
        }
        const signalement = await trx
          .insertInto('signalements')
          .values({
            test_id: testId,
            session_id: test.row.session_id,
            candidate_id: test.row.candidate_id,
            question_number: body.questionNumber,
            item_id: body.itemId,
            reported_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        // The pause writes the test row too: an answer read before it then finds the row changed and
        // reads again (`answerAs` in tests.ts writes only onto the version it read).
        await trx.updateTable('tests').set({ last_seen_at: now }).where('id', '=', testId).execute()
        await appendEvent(trx, sessionTopic(test.row.session_id), 'signalement.reported', {
          candidateId: test.row.candidate_id,
          signalementId: signalement.id,
          questionNumber: body.questionNumber,
        })
        return access.view({ ...test, row: { ...test.row, signalement_open: true } })
      })
    },
  }
}

export type Signalements = ReturnType<typeof createSignalements>
