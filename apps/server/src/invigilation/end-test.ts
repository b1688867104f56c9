import { candidateTopic, sessionTopic } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import type { DB } from '../db/schema'
import type { TestState } from '../evaluation/engine'
import type { Engines } from '../evaluation/engines'
import { appendEvent } from '../events/publish'
import { conflict } from '../http/errors'
import type { InvigilatorAccess } from './access'
import { lockCandidateTest } from './candidate-test'
import { recordInJournal } from './journal'

/**
 * "Terminer le test": irreversible. Two invigilators ending the same test at once give one
 * end; the other is told it was already ended.
 */
export function createEndTest({
  db,
  clock,
  access,
  engines,
}: {
  db: Kysely<DB>
  clock: Clock
  access: InvigilatorAccess
  engines: Engines
}) {
  return {
    async end(userId: string | undefined, sessionId: string, candidateId: string): Promise<void> {
      const invigilator = await access.assertInvigilator(userId, sessionId)
      await db.transaction().execute(async (trx) => {
        const test = await lockCandidateTest(trx, sessionId, candidateId)
        if (test.status !== 'started')
          throw conflict('This test has already ended, perhaps by another invigilator.')
        const now = clock.now()
        const { engine } = await engines.forBank(test.bank, trx)
        await trx
          .updateTable('tests')
          .set({
            status: 'ended_by_invigilator',
            ended_at: now,
            ended_by: invigilator,
            result: JSON.stringify(engine.result(test.state as TestState)),
          })
          .where('id', '=', test.id)
          .execute()
        await recordInJournal(trx, {
          sessionId,
          userId: invigilator,
          candidateId,
          action: 'test_ended',
          outcome: 'done',
          at: now,
        })
        await appendEvent(trx, sessionTopic(sessionId), 'test.ended', { candidateId, by: 'invigilator' })
        await appendEvent(trx, candidateTopic(candidateId), 'test.ended', {
          testId: test.id,
          by: 'invigilator',
        })
      })
    },
  }
}

export type EndTest = ReturnType<typeof createEndTest>
