import { candidateTopic, sessionTopic } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import type { DB } from '../db/schema'
import { appendEvent } from '../events/publish'
import { conflict } from '../http/errors'
import type { InvigilatorAccess } from './access'
import { lockCandidateTest } from './candidate-test'
import { recordInJournal } from './journal'

/** "Confirmer la présence de l'extension": clears the candidate's open alert, and they go on. */
export function createExtensionConfirmation({
  db,
  clock,
  access,
}: {
  db: Kysely<DB>
  clock: Clock
  access: InvigilatorAccess
}) {
  return {
    async confirm(userId: string | undefined, sessionId: string, candidateId: string): Promise<void> {
      const invigilator = await access.assertInvigilator(userId, sessionId)
      await db.transaction().execute(async (trx) => {
        const test = await lockCandidateTest(trx, sessionId, candidateId)
        const now = clock.now()
        const alert = await trx
          .updateTable('companion_alerts')
          .set({ cleared_at: now, cleared_by: invigilator })
          .where('test_id', '=', test.id)
          .where('cleared_at', 'is', null)
          .returning(['raised_at', 'question_number'])
          .executeTakeFirst()
        if (!alert) {
          throw conflict(
            'No extension alert is open for this candidate: perhaps another invigilator confirmed it.',
          )
        }
        const blockedSeconds = Math.round((now.getTime() - alert.raised_at.getTime()) / 1000)
        await recordInJournal(trx, {
          sessionId,
          userId: invigilator,
          candidateId,
          action: 'extension_confirmed',
          outcome: 'done',
          details: { questionNumber: alert.question_number, blockedSeconds },
          at: now,
        })
        const data = { candidateId, blockedSeconds }
        await appendEvent(trx, sessionTopic(sessionId), 'extension.confirmed', data)
        await appendEvent(trx, candidateTopic(candidateId), 'extension.confirmed', data)
      })
    },
  }
}

export type ExtensionConfirmation = ReturnType<typeof createExtensionConfirmation>
