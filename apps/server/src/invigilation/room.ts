import type { InvigilatedCandidate, RoomStatus, RoomTest } from '@vigie/contract'
import { type Kysely, sql } from 'kysely'
import { countedAnswers, theoreticalEnd } from '../candidate/own-test'
import type { Clock } from '../clock'
import type { DB } from '../db/schema'
import type { TestState } from '../evaluation/engine'
import type { Engines } from '../evaluation/engines'
import type { InvigilatorAccess } from './access'
import { AUTHORISATION_TTL_MS } from './presence'
import { applicableCategories } from './signalement-categories'

/** One status per candidate, the most pressing one (DESIGN.md, "Statuses on the dashboard"). */
export function roomStatus(test: RoomTest | null): RoomStatus {
  if (!test) return 'not_started'
  if (test.status !== 'started') return 'ended'
  if (test.signalement) return 'signalement'
  if (test.extensionMissingSince) return 'extension'
  if (test.resumeAuthorisedUntil) return 'resume_authorised'
  return 'in_progress'
}

const iso = (date: Date | null) => (date ? date.toISOString() : null)

/** The room as the invigilators see it: every candidate, by birth name, with their test. */
export function createRoom({
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
    async candidates(userId: string | undefined, sessionId: string): Promise<InvigilatedCandidate[]> {
      await access.assertInvigilator(userId, sessionId)
      const leaveSince = new Date(clock.now().getTime() - AUTHORISATION_TTL_MS)
      const rows = await db
        .selectFrom('candidates as c')
        .leftJoin('start_authorisations as presence', (join) =>
          join
            .onRef('presence.candidate_id', '=', 'c.id')
            .on('presence.kind', '=', 'presence')
            .on('presence.revoked_at', 'is', null)
            .on('presence.consumed_at', 'is', null),
        )
        .leftJoin('tests as t', 't.candidate_id', 'c.id')
        .leftJoin('start_authorisations as resume', (join) =>
          join
            .onRef('resume.candidate_id', '=', 'c.id')
            .on('resume.kind', '=', 'resume')
            .on('resume.revoked_at', 'is', null)
            .on('resume.consumed_at', 'is', null)
            .on('resume.granted_at', '>', leaveSince),
        )
        .leftJoin('signalements as s', (join) =>
          join.onRef('s.test_id', '=', 't.id').on('s.decision', 'is', null),
        )
        .leftJoin('companion_alerts as alert', (join) =>
          join.onRef('alert.test_id', '=', 't.id').on('alert.cleared_at', 'is', null),
        )
        .select([
          'c.id',
          'c.last_name',
          'c.first_name',
          'c.birthdate',
          'c.complementary_certification',
          'c.extra_time_percentage',
          'c.user_id',
          'c.started_at',
          'presence.granted_at as presence_granted_at',
          't.bank',
          't.state',
          't.status as test_status',
          't.started_at as test_started_at',
          't.ended_at',
          't.last_seen_at',
          'resume.granted_at as resume_granted_at',
          's.id as signalement_id',
          's.question_number as signalement_question',
          's.item_id as signalement_item',
          's.reported_at',
          'alert.raised_at',
        ])
        .where('c.session_id', '=', sessionId)
        .orderBy(sql`lower(c.last_name)`)
        .orderBy(sql`lower(c.first_name)`)
        .execute()

      return Promise.all(
        rows.map(async (row) => {
          let test: RoomTest | null = null
          if (row.test_status && row.test_started_at && row.last_seen_at && row.bank) {
            const state = row.state as TestState
            const signalementItem = row.signalement_item
              ? (await engines.forBank(row.bank)).bank.items.find((item) => item.id === row.signalement_item)
              : undefined
            test = {
              status: row.test_status,
              startedAt: row.test_started_at.toISOString(),
              theoreticalEndAt: theoreticalEnd(row.test_started_at, row.extra_time_percentage).toISOString(),
              endedAt: iso(row.ended_at),
              answered: countedAnswers(state),
              totalQuestions: state.length,
              lastSeenAt: row.last_seen_at.toISOString(),
              signalement:
                row.signalement_id && row.signalement_question !== null && row.reported_at
                  ? {
                      id: row.signalement_id,
                      questionNumber: row.signalement_question,
                      reportedAt: row.reported_at.toISOString(),
                      categories: signalementItem
                        ? applicableCategories(signalementItem, row.extra_time_percentage)
                        : ['E11', 'E12'],
                    }
                  : null,
              extensionMissingSince: iso(row.raised_at),
              resumeAuthorisedUntil: row.resume_granted_at
                ? new Date(row.resume_granted_at.getTime() + AUTHORISATION_TTL_MS).toISOString()
                : null,
            }
          }
          return {
            id: row.id,
            lastName: row.last_name,
            firstName: row.first_name,
            birthdate: row.birthdate,
            complementaryCertification: row.complementary_certification,
            extraTimePercentage: row.extra_time_percentage,
            joined: row.user_id !== null,
            presenceConfirmed: row.presence_granted_at !== null || row.started_at !== null,
            presenceValidUntil: row.presence_granted_at
              ? new Date(row.presence_granted_at.getTime() + AUTHORISATION_TTL_MS).toISOString()
              : null,
            started: row.started_at !== null,
            status: roomStatus(test),
            test,
          }
        }),
      )
    },
  }
}

export type Room = ReturnType<typeof createRoom>
