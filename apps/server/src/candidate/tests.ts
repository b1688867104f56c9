import { randomInt } from 'node:crypto'
import {
  type AnswerBody,
  type CandidateAnswer,
  candidateTopic,
  type StartedTest,
  sessionTopic,
  type TestAnsweredData,
  type TestStatus,
  type TestView,
} from '@vigie/contract'
import { type Kysely, sql } from 'kysely'
import type { Caller } from '../accounts/authentication'
import { hashToken, newSecretToken } from '../accounts/tokens'
import { normaliseAccessCode } from '../centre/codes'
import type { Clock } from '../clock'
import { isUuid } from '../db/errors'
import type { DB } from '../db/schema'
import type { Engines } from '../evaluation/engines'
import { AnswerMismatchError } from '../evaluation/scoring'
import { announce } from '../events/announcer'
import { FIRST_WRITE, recordEvents } from '../events/publish'
import { transactionWithEvents } from '../events/transaction'
import { DomainError, invalidField, notFound } from '../http/errors'
import { AUTHORISATION_TTL_MS } from '../invigilation/presence'
import type { Throttle, ThrottleRule } from '../throttle/throttle'
import { countedAnswers, isTerminal, type TestAccess, type TestOwner } from './own-test'

export const accessCodeThrottle: ThrottleRule = {
  name: 'access-code-candidate',
  limit: 10,
  windowSeconds: 10 * 60,
}

/** Reads and writes an answer tries before telling the candidate to send it again (`answerAs`). */
const MAX_ANSWER_ATTEMPTS = 5

const PRESENCE_NOT_CONFIRMED =
  "Votre surveillant n'a pas confirmé votre présence dans la salle de test. Vous ne pouvez donc pas encore commencer votre test de certification. Merci de prévenir votre surveillant."
const RESUME_NOT_AUTHORISED =
  'Merci de contacter votre surveillant afin qu’il autorise la reprise de votre test.'

/** Taking the test: the start gate, the current question, answers. */
export function createTests({
  db,
  clock,
  throttle,
  engines,
  access,
}: {
  db: Kysely<DB>
  clock: Clock
  throttle: Throttle
  engines: Engines
  access: TestAccess
}) {
  const { ownTest, answeringTest, view, assertCurrentQuestion, openSignalement, openCompanionAlert } = access

  /**
   * `answer` for an owner; undefined when no such test is theirs. Two statements and no transaction:
   * the test is read without a lock, then the answer, the test's new state and their events are
   * written in one statement that applies only if the test row is still the version read and no
   * pause is open (a single statement commits atomically). When something else wrote the test in
   * between (an invigilator ended it, a report paused it, the same answer sent twice), the answer
   * starts again from a fresh read, which then sees what happened.
   */
  async function answerAs(
    owner: TestOwner,
    testId: string,
    token: string | undefined,
    body: AnswerBody,
    sessionSeen?: (lastSeenAt: Date) => void,
  ): Promise<TestView | undefined> {
    for (let attempt = 1; ; attempt++) {
      const test = await answeringTest(db, owner, testId, token, body.questionNumber)
      if (!test) return undefined
      if (test.sessionSeenAt) sessionSeen?.(test.sessionSeenAt)
      const { row, loaded, state } = test
      if (test.answeredItem === body.itemId) return view(test)
      const current = assertCurrentQuestion(test, body.questionNumber, body.itemId)
      if (current.pausedFor) {
        throw new DomainError('test_paused', 'The test is paused until an invigilator comes: no answer now.')
      }
      let recorded: ReturnType<typeof loaded.engine.recordAnswer>
      try {
        recorded = loaded.engine.recordAnswer(state, body.itemId, body.answer as CandidateAnswer)
      } catch (error) {
        if (error instanceof AnswerMismatchError) throw invalidField('answer', error.message)
        throw error
      }
      const now = clock.now()
      const next = loaded.engine.nextItem(recorded.state)
      const completed = next.item === null
      const status: TestStatus = completed ? 'completed' : row.status
      const event = completed ? 'test.completed' : 'test.answered'
      const answered: TestAnsweredData = {
        candidateId: row.candidate_id,
        questionNumber: body.questionNumber,
        answered: countedAnswers(next.state),
        lastSeenAt: now.toISOString(),
      }
      const events = await recordEvents(
        db,
        [
          { topic: sessionTopic(row.session_id), type: event, data: answered },
          ...(completed ? [{ topic: candidateTopic(row.candidate_id), type: event, data: { testId } }] : []),
        ],
        [
          db
            .updateTable('tests')
            .set({
              state: JSON.stringify(next.state),
              last_seen_at: now,
              ...(completed && {
                status: 'completed' as const,
                ended_at: now,
                result: JSON.stringify(loaded.engine.result(next.state)),
              }),
            })
            .where('id', '=', testId)
            .where(sql<string>`tests.xmin::text`, '=', test.version)
            .where((eb) => eb.not(eb.exists(openSignalement(db, testId))))
            .where((eb) => eb.not(eb.exists(openCompanionAlert(db, testId))))
            .returning('id'),
          sql`insert into answers (test_id, question_number, item_id, answer, outcome, answered_at)
            select w.id, ${body.questionNumber}::integer, ${body.itemId}::text, ${JSON.stringify(body.answer)}::jsonb,
              ${recorded.outcome}::text, ${now}::timestamptz
            from ${sql.table(FIRST_WRITE)} as w`,
        ],
        { onlyIfFirstWriteReturns: true },
      )
      if (events.length > 0) {
        await announce(db, events)
        return view({ row: { ...row, status }, loaded, state: next.state })
      }
      if (attempt === MAX_ANSWER_ATTEMPTS) {
        throw new DomainError(
          'conflict',
          'Your test changed while this answer was being saved, and it was not saved: send it again.',
        )
      }
    }
  }

  return {
    /**
     * "Commencer mon test": the session's access code and a leave given by an invigilator in the
     * last 15 minutes (presence confirmed for a first start, resume authorised later), used up here.
     */
    async start(userId: string, candidateId: string, typedCode: string): Promise<StartedTest> {
      if (!isUuid(candidateId)) throw notFound('Enrolment')
      await throttle.consume([[accessCodeThrottle, candidateId]])
      const enrolment = await db
        .selectFrom('candidates as c')
        .innerJoin('sessions as s', 's.id', 'c.session_id')
        .select(['c.id', 'c.session_id', 'c.accessibility_adjustment', 's.access_code', 's.finalised_at'])
        .where('c.id', '=', candidateId)
        .where('c.user_id', '=', userId)
        .executeTakeFirst()
      if (!enrolment) throw notFound('Enrolment')
      if (enrolment.finalised_at) throw new DomainError('session_finalised', 'This session is over.')
      if (normaliseAccessCode(typedCode) !== enrolment.access_code) {
        throw new DomainError('invalid_access_code', 'This access code is not the one of your session.', {
          field: 'accessCode',
        })
      }
      const existing = await db
        .selectFrom('tests')
        .select('bank')
        .where('candidate_id', '=', candidateId)
        .executeTakeFirst()
      const loaded = existing ? await engines.forBank(existing.bank) : await engines.current()
      const token = newSecretToken()

      const testId = await transactionWithEvents(db, async (trx, record) => {
        await trx
          .selectFrom('candidates')
          .select('id')
          .where('id', '=', candidateId)
          .forUpdate()
          .executeTakeFirst()
        // Again after the lock, which a finalisation holds while it runs: it may have finished meanwhile.
        const session = await trx
          .selectFrom('sessions')
          .select('finalised_at')
          .where('id', '=', enrolment.session_id)
          .executeTakeFirstOrThrow()
        if (session.finalised_at) throw new DomainError('session_finalised', 'This session is over.')
        const test = await trx
          .selectFrom('tests')
          .select(['id', 'status'])
          .where('candidate_id', '=', candidateId)
          .executeTakeFirst()
        if (test && isTerminal(test.status)) throw new DomainError('test_ended', 'Your test is over.')
        const now = clock.now()
        const kind = test ? 'resume' : 'presence'
        const leave = await trx
          .updateTable('start_authorisations')
          .set({ consumed_at: now })
          .where('candidate_id', '=', candidateId)
          .where('kind', '=', kind)
          .where('revoked_at', 'is', null)
          .where('consumed_at', 'is', null)
          .where('granted_at', '>', new Date(now.getTime() - AUTHORISATION_TTL_MS))
          .returning('id')
          .executeTakeFirst()
        if (!leave) {
          throw test
            ? new DomainError('resume_not_authorised', RESUME_NOT_AUTHORISED)
            : new DomainError('presence_not_confirmed', PRESENCE_NOT_CONFIRMED)
        }
        let id: string
        if (test) {
          await trx
            .updateTable('tests')
            .set({ attempt_token_hash: hashToken(token), last_seen_at: now })
            .where('id', '=', test.id)
            .execute()
          id = test.id
        } else {
          const started = loaded.engine.start({
            seed: randomInt(2 ** 31),
            accessibilityAdjustment: enrolment.accessibility_adjustment,
          })
          const { state } = loaded.engine.nextItem(started)
          const row = await trx
            .insertInto('tests')
            .values({
              candidate_id: candidateId,
              session_id: enrolment.session_id,
              bank: loaded.id,
              state: JSON.stringify(state),
              status: 'started',
              attempt_token_hash: hashToken(token),
              started_at: now,
              last_seen_at: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
          await trx.updateTable('candidates').set({ started_at: now }).where('id', '=', candidateId).execute()
          id = row.id
        }
        await record(sessionTopic(enrolment.session_id), test ? 'test.resumed' : 'test.started', {
          candidateId,
        })
        return id
      })
      return { attemptToken: token, test: await this.current(userId, testId, token) }
    },

    async current(userId: string, testId: string, token: string | undefined): Promise<TestView> {
      return db.transaction().execute(async (trx) => {
        const test = await ownTest(trx, userId, testId, token)
        await trx.updateTable('tests').set({ last_seen_at: clock.now() }).where('id', '=', testId).execute()
        return view(test)
      })
    },

    /**
     * Stores the answer to the current question, then picks the next one, in one statement that is
     * its own transaction (`answerAs`): durable before acknowledged. The same answer sent again
     * gives the same result.
     *
     * The caller's web session is checked in the statement that reads the test; when that finds
     * nothing (signed out, session expired or ended, someone else's test, no such test), the
     * ordinary lookup gives the same answers as every other route: 401, then 404.
     */
    async answer(
      caller: Caller,
      testId: string,
      token: string | undefined,
      body: AnswerBody,
    ): Promise<TestView> {
      const { session } = caller
      if (session) {
        let seenAt: Date | undefined
        try {
          const answered = await answerAs({ session }, testId, token, body, (at) => {
            seenAt = at
          })
          if (answered) return answered
        } finally {
          if (seenAt) await session.seen(seenAt)
        }
      }
      const answered = await answerAs({ userId: await caller.requireUserId() }, testId, token, body)
      if (!answered) throw notFound('Test')
      return answered
    },

    /** Whether the user takes a test on this bank version: they may then read its media. */
    async mayReadMedia(userId: string | undefined, bankRowId: string): Promise<boolean> {
      if (!userId || !isUuid(bankRowId)) return false
      const found = await db
        .selectFrom('tests as t')
        .innerJoin('candidates as c', 'c.id', 't.candidate_id')
        .select('t.id')
        .where('t.bank', '=', bankRowId)
        .where('c.user_id', '=', userId)
        .executeTakeFirst()
      return Boolean(found)
    },
  }
}

export type Tests = ReturnType<typeof createTests>
