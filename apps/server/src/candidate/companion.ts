import { sessionTopic, type TestView } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import type { DB } from '../db/schema'
import { appendEvent } from '../events/publish'
import { DomainError } from '../http/errors'
import type { TestAccess } from './own-test'

/**
 * The candidate page lost the companion extension: the test is blocked and the invigilators see
 * "Extension non détectée" until one of them confirms it is back. One alert per gap: raising it
 * again while it is open changes nothing.
 */
export function createCompanionAlerts({
  db,
  clock,
  access,
}: {
  db: Kysely<DB>
  clock: Clock
  access: TestAccess
}) {
  return {
    async raise(userId: string, testId: string, token: string | undefined): Promise<TestView> {
      return db.transaction().execute(async (trx) => {
        const test = await access.ownTest(trx, userId, testId, token)
        const now = clock.now()
        const current = access.view(test)
        if (current.status !== 'started') throw new DomainError('test_ended', 'Your test is over.')
        if (test.row.extension_missing) return current
        await trx
          .insertInto('companion_alerts')
          .values({
            test_id: testId,
            session_id: test.row.session_id,
            candidate_id: test.row.candidate_id,
            question_number: current.questionNumber,
            raised_at: now,
          })
          .execute()
        // The pause writes the test row too: an answer read before it then finds the row changed and
        // reads again (`answerAs` in tests.ts writes only onto the version it read).
        await trx.updateTable('tests').set({ last_seen_at: now }).where('id', '=', testId).execute()
        await appendEvent(trx, sessionTopic(test.row.session_id), 'extension.missing', {
          candidateId: test.row.candidate_id,
        })
        return access.view({ ...test, row: { ...test.row, extension_missing: true } })
      })
    },
  }
}

export type CompanionAlerts = ReturnType<typeof createCompanionAlerts>
