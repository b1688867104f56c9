import type { AbortReason, CentreReportCode, SignalementCategory } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import type { DB } from '../db/schema'
import { notFound } from '../http/errors'
import type { InvigilatorAccess } from '../invigilation/access'
import { CATEGORY_LABELS } from '../invigilation/signalement-categories'
import { wallClock } from '../time'
import type { FinalisationRecord, IncidentReportData, ReportedEvent } from './documents/incident-report'
import { ABORT_REASON_LABELS, REPORT_LABELS } from './report-codes'

const fullName = (person: { first_name: string | null; last_name: string | null }) =>
  person.first_name ? `${person.first_name} ${person.last_name ?? ''}`.trim() : 'compte supprimé'
const candidateName = (c: { first_name: string; last_name: string }) =>
  `${c.last_name.toLocaleUpperCase('fr')} ${c.first_name}`

const minutes = (seconds: number) => {
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  return m === 0 ? `${s} s` : `${m} min ${String(s).padStart(2, '0')} s`
}

/**
 * The "PV d'incident" from what the system recorded: who invigilated, then every signalement,
 * resume, extension alert and test ended by an invigilator, in time order. A draft until the
 * session is finalised; then final, with the centre's reports, abort reasons and global comment.
 */
export function createIncidentReports({
  db,
  clock,
  access,
}: {
  db: Kysely<DB>
  clock: Clock
  access: InvigilatorAccess
}) {
  return {
    async data(userId: string | undefined, sessionId: string): Promise<IncidentReportData> {
      if (!(await access.mayReadRecords(userId, sessionId))) throw notFound('Session')
      const session = await db
        .selectFrom('sessions as s')
        .innerJoin('centres as c', 'c.id', 's.centre_id')
        .select([
          's.number',
          's.site',
          's.room',
          's.starts_at',
          's.invigilator_names',
          's.finalised_at',
          's.finalisation_comment',
          's.finalised_by',
          'c.name as centre_name',
          'c.time_zone',
        ])
        .where('s.id', '=', sessionId)
        .executeTakeFirstOrThrow()
      const zone = session.time_zone
      const at = (instant: Date) => wallClock(instant, zone).time

      const invigilators = await db
        .selectFrom('session_invigilators as i')
        .innerJoin('users as u', 'u.id', 'i.user_id')
        .select(['u.first_name', 'u.last_name', 'i.first_entered_at'])
        .where('i.session_id', '=', sessionId)
        .orderBy('i.first_entered_at')
        .execute()

      const events: Array<ReportedEvent & { instant: Date }> = []
      const signalements = await db
        .selectFrom('signalements as s')
        .innerJoin('candidates as c', 'c.id', 's.candidate_id')
        .leftJoin('users as u', 'u.id', 's.decided_by')
        .select([
          's.reported_at',
          's.question_number',
          's.decision',
          's.category',
          's.decided_at',
          'c.first_name',
          'c.last_name',
          'u.first_name as by_first',
          'u.last_name as by_last',
        ])
        .where('s.session_id', '=', sessionId)
        .execute()
      for (const s of signalements) {
        const category = s.category as SignalementCategory | null
        const decision =
          s.decision === 'validated' && category
            ? `Validé à ${at(s.decided_at as Date)} : ${category} – ${CATEGORY_LABELS[category]}`
            : s.decision === 'refused'
              ? `Refusé à ${at(s.decided_at as Date)}`
              : 'Non traité'
        events.push({
          instant: s.reported_at,
          time: at(s.reported_at),
          candidate: candidateName(s),
          event: `Signalement, question ${s.question_number}`,
          details: decision,
          by: s.decision ? fullName({ first_name: s.by_first, last_name: s.by_last }) : '',
        })
      }

      const alerts = await db
        .selectFrom('companion_alerts as a')
        .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
        .leftJoin('users as u', 'u.id', 'a.cleared_by')
        .select([
          'a.raised_at',
          'a.cleared_at',
          'a.question_number',
          'c.first_name',
          'c.last_name',
          'u.first_name as by_first',
          'u.last_name as by_last',
        ])
        .where('a.session_id', '=', sessionId)
        .execute()
      for (const a of alerts) {
        const blocked = a.cleared_at
          ? Math.round((a.cleared_at.getTime() - a.raised_at.getTime()) / 1000)
          : null
        events.push({
          instant: a.raised_at,
          time: at(a.raised_at),
          candidate: candidateName(a),
          event: `Extension non détectée, question ${a.question_number}`,
          details:
            a.cleared_at && blocked !== null
              ? `Présence de l'extension confirmée à ${at(a.cleared_at)} ; test bloqué ${minutes(blocked)}`
              : 'Non confirmée',
          by: a.cleared_at ? fullName({ first_name: a.by_first, last_name: a.by_last }) : '',
        })
      }

      const actions = await db
        .selectFrom('invigilation_journal as j')
        .innerJoin('candidates as c', 'c.id', 'j.candidate_id')
        .leftJoin('users as u', 'u.id', 'j.user_id')
        .select([
          'j.created_at',
          'j.action',
          'c.first_name',
          'c.last_name',
          'u.first_name as by_first',
          'u.last_name as by_last',
        ])
        .where('j.session_id', '=', sessionId)
        .where('j.action', 'in', ['resume_authorised', 'test_ended'])
        .execute()
      for (const j of actions) {
        events.push({
          instant: j.created_at,
          time: at(j.created_at),
          candidate: candidateName(j),
          event:
            j.action === 'resume_authorised'
              ? 'Reprise du test autorisée'
              : 'Test terminé par le surveillant',
          details: '',
          by: fullName({ first_name: j.by_first, last_name: j.by_last }),
        })
      }
      events.sort((a, b) => a.instant.getTime() - b.instant.getTime())

      const finalisation = session.finalised_at
        ? await finalisationRecord(db, sessionId, {
            at: `${dayOf(session.finalised_at, zone)} à ${at(session.finalised_at)}`,
            by: session.finalised_by,
            globalComment: session.finalisation_comment,
          })
        : null
      const generated = wallClock(clock.now(), zone)
      return {
        centreName: session.centre_name,
        sessionNumber: session.number,
        site: session.site,
        room: session.room,
        date: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: zone }).format(
          session.starts_at,
        ),
        startTime: at(session.starts_at),
        plannedInvigilators: session.invigilator_names,
        final: session.finalised_at !== null,
        generatedAt: `${generated.date.split('-').reverse().join('/')} à ${generated.time}`,
        invigilators: invigilators.map((i) => ({ name: fullName(i), enteredAt: at(i.first_entered_at) })),
        events: events.map(({ instant: _, ...event }) => event),
        finalisation,
      }
    },
  }
}

const dayOf = (instant: Date, zone: string) => wallClock(instant, zone).date.split('-').reverse().join('/')

/** What the centre added at finalisation: who finalised, its reports, the abort reasons, its comment. */
async function finalisationRecord(
  db: Kysely<DB>,
  sessionId: string,
  session: { at: string; by: string | null; globalComment: string | null },
): Promise<FinalisationRecord> {
  const by = session.by
    ? await db
        .selectFrom('users')
        .select(['first_name', 'last_name'])
        .where('id', '=', session.by)
        .executeTakeFirst()
    : undefined
  const reports = await db
    .selectFrom('finalisation_reports as r')
    .innerJoin('candidates as c', 'c.id', 'r.candidate_id')
    .select(['r.code', 'r.question_number', 'r.comment', 'c.first_name', 'c.last_name'])
    .where('r.session_id', '=', sessionId)
    .orderBy('r.position')
    .execute()
  const aborted = await db
    .selectFrom('tests as t')
    .innerJoin('candidates as c', 'c.id', 't.candidate_id')
    .select(['t.abort_reason', 't.status', 'c.first_name', 'c.last_name'])
    .where('t.session_id', '=', sessionId)
    .where('t.abort_reason', 'is not', null)
    .orderBy('c.last_name')
    .orderBy('c.first_name')
    .execute()
  return {
    at: session.at,
    by: fullName(by ?? { first_name: null, last_name: null }),
    globalComment: session.globalComment,
    reports: reports.map((r) => {
      const code = r.code as CentreReportCode
      return {
        candidate: candidateName(r),
        code,
        label: REPORT_LABELS[code],
        questionNumber: r.question_number,
        comment: r.comment,
      }
    }),
    abortedTests: aborted.map((t) => ({
      candidate: candidateName(t),
      reason: ABORT_REASON_LABELS[t.abort_reason as AbortReason],
      endedAtFinalisation: t.status === 'ended_by_finalisation',
    })),
  }
}

export type IncidentReports = ReturnType<typeof createIncidentReports>
