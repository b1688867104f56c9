import {
  type AbortReason,
  candidateTopic,
  type FinalisationBody,
  type FinalisationCandidate,
  type FinalisationState,
  type SessionResults,
  sessionTopic,
  type TestStatus,
} from '@vigie/contract'
import type { Kysely } from 'kysely'
import { countedAnswers, MAX_TEST_DURATION_MS } from '../candidate/own-test'
import type { Clock } from '../clock'
import type { CompetenceLevel, DB } from '../db/schema'
import type { TestState } from '../evaluation/engine'
import type { Engines, LoadedBank } from '../evaluation/engines'
import { appendEvent } from '../events/publish'
import { DomainError, invalidField } from '../http/errors'
import { abortReasonRequired, type EnrolledCandidate, finalisationProblem } from './finalisation-rules'
import { resultStatus } from './result-rules'
import type { Results } from './results'
import type { CentreService } from './service'
import { candidateIdentity, candidatesWithTests } from './session-candidates'
import { newVerificationCode } from './verification-codes'

const alreadyFinalised = () =>
  new DomainError('session_finalised', 'This session is already finalised: it cannot be finalised again.')

/** The last question the candidate was shown: the one waiting for an answer, or the last answered. */
const lastQuestionNumber = (state: TestState) =>
  countedAnswers(state) + (state.questions.some((q) => q.outcome === null && !q.neutralised) ? 1 : 0)

/**
 * "Finaliser la session", once, in one transaction: the centre's reports and abort reasons are
 * checked and stored, every running test ends (`ended_by_finalisation`), every started test is
 * scored, and the session is frozen: from then on every invigilator and candidate action is
 * refused (`session_finalised`, `test_ended`).
 */
export function createFinalisation({
  db,
  clock,
  centre,
  engines,
  results,
}: {
  db: Kysely<DB>
  clock: Clock
  centre: CentreService
  engines: Engines
  results: Results
}) {
  return {
    /** Each candidate and where their test stands, for the form; refused once finalised. */
    async state(userId: string, sessionId: string): Promise<FinalisationState> {
      const member = await centre.memberSessionRow(userId, sessionId)
      if (member.finalised_at) throw alreadyFinalised()
      const rows = await candidatesWithTests(db, sessionId).select('t.state').execute()
      return {
        sessionId,
        sessionNumber: member.number,
        candidates: rows.map((row) => {
          const state = row.state as TestState | null
          return {
            ...candidateIdentity(row),
            testStatus: row.test_status,
            answered: state ? countedAnswers(state) : 0,
            lastQuestionNumber: state ? lastQuestionNumber(state) : 0,
            abortReasonRequired: abortReasonRequired(row.test_status),
          }
        }),
      }
    },

    /** Returns the results it computed. */
    async finalise(userId: string, sessionId: string, body: FinalisationBody): Promise<SessionResults> {
      const member = await centre.memberSessionRow(userId, sessionId)
      if (member.finalised_at) throw alreadyFinalised()
      await db.transaction().execute(async (trx) => {
        // FOR NO KEY UPDATE, not FOR UPDATE: an action in flight holds its test's lock, then writes
        // rows that refer to the session or the candidate (a signalement, a journal line), which
        // takes a key-share lock on them. A full lock here would wait for that test while the
        // action waited for this: a deadlock.
        const session = await trx
          .selectFrom('sessions')
          .select('finalised_at')
          .where('id', '=', sessionId)
          .forNoKeyUpdate()
          .executeTakeFirstOrThrow()
        if (session.finalised_at) throw alreadyFinalised()
        // A start takes the candidate's lock: it finishes before this, or finds the session finalised.
        await trx
          .selectFrom('candidates')
          .select('id')
          .where('session_id', '=', sessionId)
          .forNoKeyUpdate()
          .execute()
        await trx.selectFrom('tests').select('id').where('session_id', '=', sessionId).forUpdate().execute()
        // Read after the locks, in statements of their own, to see what the locked actions wrote.
        const candidates = await trx
          .selectFrom('candidates')
          .select(['id', 'first_name', 'last_name'])
          .where('session_id', '=', sessionId)
          .execute()
        const tests = await trx
          .selectFrom('tests')
          .select(['id', 'candidate_id', 'bank', 'state', 'status', 'started_at'])
          .where('session_id', '=', sessionId)
          .execute()
        const testOf = new Map(tests.map((test) => [test.candidate_id, test]))

        const enrolled: EnrolledCandidate[] = candidates.map((c) => {
          const test = testOf.get(c.id)
          return {
            id: c.id,
            name: `${c.last_name.toLocaleUpperCase('fr')} ${c.first_name}`,
            test: test
              ? { status: test.status, lastQuestionNumber: lastQuestionNumber(test.state as TestState) }
              : null,
          }
        })
        const problem = finalisationProblem(body, enrolled)
        if (problem) throw invalidField(problem.field, problem.message)

        const now = clock.now()
        const entries = new Map<string, FinalisationCandidate>(body.candidates.map((e) => [e.candidateId, e]))
        const endedNow: string[] = []
        for (const test of tests) {
          const loaded = await engines.forBank(test.bank, trx)
          const state = test.state as TestState
          const running = test.status === 'started'
          const overdue = now.getTime() - test.started_at.getTime() >= MAX_TEST_DURATION_MS
          const status: TestStatus = running
            ? overdue
              ? 'ended_duration_exceeded'
              : 'ended_by_finalisation'
            : test.status
          const abortReason = entries.get(test.candidate_id)?.abortReason ?? null
          await trx
            .updateTable('tests')
            .set({
              abort_reason: abortReason,
              ...(running && {
                status,
                ended_at: now,
                result: JSON.stringify(loaded.engine.result(state)),
              }),
            })
            .where('id', '=', test.id)
            .execute()
          if (running) endedNow.push(test.candidate_id)
          await storeResult(trx, { ...test, status, state, abortReason, loaded, sessionId, now })
        }

        const reports = body.candidates.flatMap((entry) =>
          (entry.reports ?? []).map((report) => ({
            session_id: sessionId,
            candidate_id: entry.candidateId,
            code: report.code,
            question_number: report.questionNumber ?? null,
            comment: report.comment?.trim() || null,
          })),
        )
        if (reports.length > 0)
          await trx
            .insertInto('finalisation_reports')
            .values(reports.map((report, position) => ({ ...report, position })))
            .execute()
        await trx
          .updateTable('sessions')
          .set({
            finalised_at: now,
            finalised_by: userId,
            finalisation_comment: body.globalComment.trim() || null,
          })
          .where('id', '=', sessionId)
          .execute()

        for (const candidateId of endedNow) {
          const testId = testOf.get(candidateId)?.id
          await appendEvent(trx, candidateTopic(candidateId), 'test.ended', { testId, by: 'finalisation' })
        }
        await appendEvent(trx, sessionTopic(sessionId), 'session.finalised', {
          finalisedAt: now.toISOString(),
        })
      })
      return results.results(userId, sessionId)
    },
  }
}

/** Scores one test and stores its result; a validated result gets a unique verification code. */
async function storeResult(
  trx: Kysely<DB>,
  test: {
    id: string
    candidate_id: string
    status: TestStatus
    state: TestState
    abortReason: AbortReason | null
    loaded: LoadedBank
    sessionId: string
    now: Date
  },
) {
  const { engine, bank } = test.loaded
  const scored = engine.result(test.state)
  const status = resultStatus({
    status: test.status,
    abortReason: test.abortReason,
    answered: scored.answered,
    level: scored.level,
  })
  const titles = new Map(bank.manifest.competences.map((c) => [c.code, c.title.fr]))
  const competences: CompetenceLevel[] =
    status === 'validated'
      ? engine.competenceLevels(test.state).map((c) => ({
          code: c.competence,
          title: titles.get(c.competence) ?? c.competence,
          answered: c.answered,
          level: c.level,
        }))
      : []
  for (;;) {
    // A code already taken (one chance in 2⁶⁰ per result) is drawn again; the unique index decides.
    const stored = await trx
      .insertInto('results')
      .values({
        candidate_id: test.candidate_id,
        session_id: test.sessionId,
        test_id: test.id,
        status,
        answered: scored.answered,
        score: scored.score,
        level: scored.level,
        competence_levels: JSON.stringify(competences),
        verification_code: status === 'validated' ? newVerificationCode() : null,
        computed_at: test.now,
      })
      .onConflict((c) => c.column('verification_code').doNothing())
      .returning('candidate_id')
      .executeTakeFirst()
    if (stored) return
  }
}

export type Finalisation = ReturnType<typeof createFinalisation>
