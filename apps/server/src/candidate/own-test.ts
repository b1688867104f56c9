import type { TestStatus, TestView } from '@vigie/contract'
import { type Kysely, sql } from 'kysely'
import type { SessionCheck } from '../accounts/service'
import { hashToken } from '../accounts/tokens'
import type { Clock } from '../clock'
import { isUuid } from '../db/errors'
import type { DB } from '../db/schema'
import type { TestState } from '../evaluation/engine'
import type { Engines, LoadedBank } from '../evaluation/engines'
import { DomainError, notFound } from '../http/errors'
import { questionView } from './question-view'

export const TEST_DURATION_MINUTES = 105
/** A test still running this long after its start ends by itself. */
export const MAX_TEST_DURATION_MS = 24 * 3600_000

export const isTerminal = (status: TestStatus) => status !== 'started'

export const theoreticalEnd = (startedAt: Date, extraTimePercentage: number) =>
  new Date(startedAt.getTime() + TEST_DURATION_MINUTES * (1 + extraTimePercentage / 100) * 60_000)

/** Questions answered that count: a neutralised question's replacement takes its number. */
export const countedAnswers = (state: TestState) =>
  state.questions.filter((q) => q.outcome !== null && !q.neutralised).length

export type TestRow = {
  id: string
  candidate_id: string
  session_id: string
  bank: string
  state: unknown
  status: TestStatus
  attempt_token_hash: string
  started_at: Date
  extra_time_percentage: number
  locale: 'fr' | 'en'
  signalement_open: boolean
  extension_missing: boolean
}

export interface OwnTest {
  row: TestRow
  loaded: LoadedBank
  state: TestState
}

/**
 * The test as an answer finds it, read without a lock: with the item already answered under the
 * answer's number, if any, and the row's version, which the answer's write must find unchanged.
 */
export interface AnsweringTest extends OwnTest {
  answeredItem: string | null
  /** The test row's version (PostgreSQL's `xmin`: it changes with every write of the row). */
  version: string
  /** The web session's last use, when the test was read with it (`TestOwner`). */
  sessionSeenAt?: Date
}

/** A user, or the web session a request's cookie names, checked by the statement that reads the test. */
export type TestOwner = { userId: string } | { session: SessionCheck }

/**
 * A candidate's own running test, as every candidate action reads it: checked against the
 * browser's attempt token, ended if it outlived 24 hours; locked for the transaction (`ownTest`), or
 * read with its version for an answer (`answeringTest`).
 */
export function createTestAccess({ clock, engines }: { clock: Clock; engines: Engines }) {
  function view({ row, loaded, state }: OwnTest): TestView {
    const next = isTerminal(row.status) ? null : loaded.engine.nextItem(state).item
    const counted = countedAnswers(state)
    return {
      testId: row.id,
      status: row.status,
      questionNumber: next ? counted + 1 : Math.max(1, counted),
      totalQuestions: state.length,
      startedAt: row.started_at.toISOString(),
      theoreticalEndAt: theoreticalEnd(row.started_at, row.extra_time_percentage).toISOString(),
      question: next ? questionView(next, row.locale, loaded.id) : null,
      pausedFor: isTerminal(row.status)
        ? null
        : row.signalement_open
          ? 'signalement'
          : row.extension_missing
            ? 'extension'
            : null,
    }
  }

  /**
   * Ends a test that outlived the maximum duration; returns the status in force. Read without a
   * lock (an answer), the test may have ended otherwise meanwhile: that end stands.
   */
  async function expireIfOverdue(db: Kysely<DB>, { row, loaded, state }: OwnTest): Promise<TestStatus> {
    if (row.status !== 'started' || clock.now().getTime() - row.started_at.getTime() < MAX_TEST_DURATION_MS)
      return row.status
    await db
      .updateTable('tests')
      .set({
        status: 'ended_duration_exceeded',
        ended_at: clock.now(),
        result: JSON.stringify(loaded.engine.result(state)),
      })
      .where('id', '=', row.id)
      .where('status', '=', 'started')
      .execute()
    return 'ended_duration_exceeded'
  }

  /** The columns every candidate action reads, joined to whom the test belongs to. */
  function selectTest(db: Kysely<DB>, owner: TestOwner, testId: string) {
    const test = db
      .selectFrom('tests as t')
      .innerJoin('candidates as c', 'c.id', 't.candidate_id')
      .innerJoin('users as u', 'u.id', 'c.user_id')
      .select([
        't.id',
        't.candidate_id',
        't.session_id',
        't.bank',
        't.state',
        't.status',
        't.attempt_token_hash',
        't.started_at',
        'c.extra_time_percentage',
        'u.locale',
      ])
      .where('t.id', '=', testId)
    return 'session' in owner
      ? test
          .innerJoin('web_sessions as ws', 'ws.user_id', 'c.user_id')
          .select('ws.last_seen_at as session_seen_at')
          .where('ws.id_hash', '=', owner.session.idHash)
          .where('ws.expires_at', '>', owner.session.at)
      : test.select(sql<Date | null>`null`.as('session_seen_at')).where('c.user_id', '=', owner.userId)
  }

  /** Whom the test waits for: an invigilator's decision on a report, or the extension confirmed. */
  const openSignalement = (db: Kysely<DB>, testId: string) =>
    db.selectFrom('signalements').select('id').where('test_id', '=', testId).where('decision', 'is', null)
  const openCompanionAlert = (db: Kysely<DB>, testId: string) =>
    db
      .selectFrom('companion_alerts')
      .select('id')
      .where('test_id', '=', testId)
      .where('cleared_at', 'is', null)

  /** Checks the browser's attempt token, loads the bank, ends the test if it outlived 24 hours. */
  async function ownTestFrom(db: Kysely<DB>, row: TestRow, token: string | undefined): Promise<OwnTest> {
    if (!token || hashToken(token) !== row.attempt_token_hash) {
      throw new DomainError(
        'attempt_replaced',
        'This test was resumed in another browser window; go on there, or enter the access code again.',
      )
    }
    const test = { row, loaded: await engines.forBank(row.bank, db), state: row.state as TestState }
    const status = await expireIfOverdue(db, test)
    return { ...test, row: { ...row, status } }
  }

  /** The user's test, locked for the transaction: how every candidate action but an answer reads it. */
  async function ownTest(
    trx: Kysely<DB>,
    userId: string,
    testId: string,
    token: string | undefined,
  ): Promise<OwnTest> {
    if (!isUuid(testId)) throw notFound('Test')
    const locked = await selectTest(trx, { userId }, testId).forUpdate('t').executeTakeFirst()
    if (!locked) throw notFound('Test')
    // Read after the lock, in a statement of its own: a query that waited for the lock sees the
    // locked row as it is now, but its subqueries would still see the world as it was before.
    const pauses = await trx
      .selectNoFrom((eb) => [
        eb.exists(openSignalement(trx, testId)).as('signalement_open'),
        eb.exists(openCompanionAlert(trx, testId)).as('extension_missing'),
      ])
      .executeTakeFirstOrThrow()
    const { session_seen_at: _, ...columns } = locked
    return ownTestFrom(
      trx,
      {
        ...columns,
        signalement_open: Boolean(pauses.signalement_open),
        extension_missing: Boolean(pauses.extension_missing),
      },
      token,
    )
  }

  /**
   * The test an answer is for, its pauses, the item already answered under `questionNumber` and the
   * row's version, in one statement without a lock (one snapshot, so all consistent with each
   * other). The answer's write then applies only if the version is still the same (`answerAs` in
   * `tests.ts`). The owner is a user, or a web session checked in the same statement;
   * undefined when no such test is theirs (or the session is not live).
   */
  async function answeringTest(
    db: Kysely<DB>,
    owner: TestOwner,
    testId: string,
    token: string | undefined,
    questionNumber: number,
  ): Promise<AnsweringTest | undefined> {
    if (!isUuid(testId)) return undefined
    const found = await selectTest(db, owner, testId)
      .select((eb) => [
        eb.exists(openSignalement(db, testId)).as('signalement_open'),
        eb.exists(openCompanionAlert(db, testId)).as('extension_missing'),
        eb
          .selectFrom('answers')
          .select('item_id')
          .where('test_id', '=', testId)
          .where('question_number', '=', questionNumber)
          .as('answered_item'),
        sql<string>`t.xmin::text`.as('version'),
      ])
      .executeTakeFirst()
    if (!found) return undefined
    const { session_seen_at, answered_item, version, ...columns } = found
    const test = await ownTestFrom(
      db,
      {
        ...columns,
        signalement_open: Boolean(columns.signalement_open),
        extension_missing: Boolean(columns.extension_missing),
      },
      token,
    )
    return {
      ...test,
      answeredItem: answered_item ?? null,
      version,
      sessionSeenAt: session_seen_at ?? undefined,
    }
  }

  /** The current question, for an action that must be about it (an answer, a report). */
  function assertCurrentQuestion(test: OwnTest, questionNumber: number, itemId: string): TestView {
    if (isTerminal(test.row.status)) throw new DomainError('test_ended', 'Your test is over.')
    const current = view(test)
    if (current.questionNumber !== questionNumber || current.question?.itemId !== itemId) {
      throw new DomainError('not_current_question', `Question ${questionNumber} is not the current question.`)
    }
    return current
  }

  return { ownTest, answeringTest, view, assertCurrentQuestion, openSignalement, openCompanionAlert }
}

export type TestAccess = ReturnType<typeof createTestAccess>
