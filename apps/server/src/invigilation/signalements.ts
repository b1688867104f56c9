import { candidateTopic, type SignalementDecisionBody, sessionTopic } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import { isUuid } from '../db/errors'
import type { DB } from '../db/schema'
import type { TestState } from '../evaluation/engine'
import type { Engines } from '../evaluation/engines'
import { appendEvent } from '../events/publish'
import { conflict, DomainError, invalidField, notFound } from '../http/errors'
import { assertSessionOpen, type InvigilatorAccess } from './access'
import { recordInJournal } from './journal'
import { applicableCategories } from './signalement-categories'

/**
 * "Gérer un signalement": validating neutralises the reported question and serves another one;
 * refusing gives the candidate the same question back. The first invigilator to decide wins; the
 * other is told the report was already handled.
 */
export function createSignalementDecisions({
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
    async decide(
      userId: string | undefined,
      sessionId: string,
      signalementId: string,
      body: SignalementDecisionBody,
    ): Promise<void> {
      const invigilator = await access.assertInvigilator(userId, sessionId)
      await db.transaction().execute(async (trx) => {
        // The test row is locked first, as every candidate action does, so a decision and an answer never interleave.
        const report = isUuid(signalementId)
          ? await trx
              .selectFrom('signalements as s')
              .innerJoin('tests as t', 't.id', 's.test_id')
              .innerJoin('candidates as c', 'c.id', 's.candidate_id')
              .select([
                's.id',
                's.test_id',
                's.candidate_id',
                's.question_number',
                's.item_id',
                's.decision',
                't.status',
                't.bank',
                't.state',
                'c.extra_time_percentage',
              ])
              .where('s.id', '=', signalementId)
              .where('s.session_id', '=', sessionId)
              .forUpdate('t')
              .executeTakeFirst()
          : undefined
        if (!report) throw notFound('Signalement')
        await assertSessionOpen(trx, sessionId)
        const decided = await trx
          .selectFrom('signalements')
          .select('decision')
          .where('id', '=', report.id)
          .executeTakeFirstOrThrow()
        if (decided.decision !== null) {
          throw new DomainError(
            'signalement_handled',
            'This report was already handled by another invigilator.',
          )
        }
        if (report.status !== 'started')
          throw conflict('This test has ended: its report can no longer change it.')

        const now = clock.now()
        const loaded = await engines.forBank(report.bank, trx)
        let completed = false
        if (body.decision === 'validated') {
          const item = loaded.bank.items.find((candidate) => candidate.id === report.item_id)
          const categories = item ? applicableCategories(item, report.extra_time_percentage) : []
          if (!categories.includes(body.category)) {
            throw invalidField('category', `Category ${body.category} does not apply to this question.`)
          }
          const { state, item: next } = loaded.engine.nextItem(
            loaded.engine.neutralise(report.state as TestState, report.item_id),
          )
          completed = next === null
          await trx
            .updateTable('tests')
            .set({
              state: JSON.stringify(state),
              ...(completed && {
                status: 'completed' as const,
                ended_at: now,
                result: JSON.stringify(loaded.engine.result(state)),
              }),
            })
            .where('id', '=', report.test_id)
            .execute()
        }
        await trx
          .updateTable('signalements')
          .set({
            decision: body.decision,
            category: body.decision === 'validated' ? body.category : null,
            decided_by: invigilator,
            decided_at: now,
          })
          .where('id', '=', report.id)
          .execute()
        await recordInJournal(trx, {
          sessionId,
          userId: invigilator,
          candidateId: report.candidate_id,
          action: body.decision === 'validated' ? 'signalement_validated' : 'signalement_refused',
          outcome: 'done',
          details: {
            questionNumber: report.question_number,
            ...(body.decision === 'validated' && { category: body.category }),
          },
          at: now,
        })
        const data = {
          candidateId: report.candidate_id,
          signalementId: report.id,
          decision: body.decision,
          questionNumber: report.question_number,
        }
        await appendEvent(trx, sessionTopic(sessionId), 'signalement.decided', data)
        await appendEvent(trx, candidateTopic(report.candidate_id), 'signalement.decided', data)
        if (completed) {
          await appendEvent(trx, sessionTopic(sessionId), 'test.completed', {
            candidateId: report.candidate_id,
          })
          await appendEvent(trx, candidateTopic(report.candidate_id), 'test.completed', {
            testId: report.test_id,
          })
        }
      })
    },
  }
}

export type SignalementDecisions = ReturnType<typeof createSignalementDecisions>
