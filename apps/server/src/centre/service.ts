import type { Session, SessionInput, SessionPatch, SessionSummary } from '@vigie/contract'
import { type Kysely, sql } from 'kysely'
import type { Clock } from '../clock'
import { isUniqueViolation, isUuid } from '../db/errors'
import type { DB } from '../db/schema'
import { conflict, invalidField, notFound } from '../http/errors'
import { isRealDate, wallClock, zonedToInstant } from '../time'
import { newAccessCode, newInvigilatorPassword, newSessionNumber, showInvigilatorPassword } from './codes'
import { createCentreRepository, sessionStatus } from './repository'

export interface CentreDeps {
  db: Kysely<DB>
  clock: Clock
}

/** How often to draw again when a random code is already taken, before giving up. */
const CODE_ATTEMPTS = 20

/**
 * Runs `insert` with freshly drawn codes until none collides with an existing one. Collisions
 * are rare (10⁵+ numbers, 5·10⁶ access codes); the unique indexes are the arbiters.
 */
async function withFreshCodes<T>(insert: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insert()
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= CODE_ATTEMPTS) throw error
    }
  }
}

export function createCentreService({ db, clock }: CentreDeps) {
  const repo = createCentreRepository(db)
  const sessionNotFound = () => notFound('Session')

  async function memberSessionRow(userId: string, sessionId: string) {
    if (!isUuid(sessionId)) throw sessionNotFound()
    const row = await repo.memberSession(userId, sessionId)
    if (!row) throw sessionNotFound()
    return row
  }

  function toSession(row: NonNullable<Awaited<ReturnType<typeof repo.memberSession>>>): Session {
    const startedCount = Number(row.started_count)
    return {
      id: row.id,
      number: row.number,
      site: row.site,
      room: row.room,
      date: row.date,
      startTime: row.start_time,
      startsAt: row.starts_at.toISOString(),
      status: sessionStatus({ finalised_at: row.finalised_at, started_count: startedCount }),
      candidateCount: Number(row.candidate_count),
      startedCount,
      centreId: row.centre_id,
      centreName: row.centre_name,
      timeZone: row.time_zone,
      invigilatorNames: row.invigilator_names,
      description: row.description,
      accessCode: row.access_code,
      invigilatorPassword: showInvigilatorPassword(row.invigilator_password),
      extensionRequired: row.extension_required,
      complementaryCertificationsOffered: row.complementary_certifications,
    }
  }

  /** Checks the date and time, and that a new session does not start in the past. */
  function schedule(date: string, startTime: string, timeZone: string, isNew: boolean) {
    if (!isRealDate(date)) throw invalidField('date', `"date": ${date} is not a date.`)
    const today = wallClock(clock.now(), timeZone).date
    if (isNew && date < today) throw invalidField('date', `"date": ${date} is in the past.`)
    return { date, start_time: startTime, starts_at: zonedToInstant(date, startTime, timeZone) }
  }

  const assertOpen = (row: { finalised_at: Date | null }) => {
    if (row.finalised_at) throw conflict('This session is finalised; it can no longer be changed.')
  }

  return {
    memberSessionRow,

    async listSessions(userId: string, centreId: string): Promise<SessionSummary[]> {
      if (!isUuid(centreId) || !(await repo.memberCentre(userId, centreId))) throw notFound('Centre')
      return repo.listSessions(centreId)
    },

    async createSession(userId: string, centreId: string, input: SessionInput): Promise<Session> {
      const centre = isUuid(centreId) ? await repo.memberCentre(userId, centreId) : undefined
      if (!centre) throw notFound('Centre')
      const when = schedule(input.date, input.startTime, centre.time_zone, true)
      const { id } = await withFreshCodes(() =>
        repo.insertSession({
          centre_id: centreId,
          number: newSessionNumber(),
          site: input.site.trim(),
          room: input.room.trim(),
          ...when,
          invigilator_names: input.invigilatorNames.trim(),
          description: input.description.trim(),
          access_code: newAccessCode(),
          invigilator_password: newInvigilatorPassword(),
          extension_required: input.extensionRequired ?? true,
        }),
      )
      return toSession(await memberSessionRow(userId, id))
    },

    async getSession(userId: string, sessionId: string): Promise<Session> {
      return toSession(await memberSessionRow(userId, sessionId))
    },

    async updateSession(userId: string, sessionId: string, patch: SessionPatch): Promise<Session> {
      const row = await memberSessionRow(userId, sessionId)
      assertOpen(row)
      const changes = {
        ...(patch.site !== undefined && { site: patch.site.trim() }),
        ...(patch.room !== undefined && { room: patch.room.trim() }),
        ...(patch.invigilatorNames !== undefined && { invigilator_names: patch.invigilatorNames.trim() }),
        ...(patch.description !== undefined && { description: patch.description.trim() }),
        ...(patch.extensionRequired !== undefined && { extension_required: patch.extensionRequired }),
        ...((patch.date !== undefined || patch.startTime !== undefined) &&
          schedule(
            patch.date ?? row.date,
            patch.startTime ?? row.start_time,
            row.time_zone,
            patch.date !== undefined,
          )),
      }
      await repo.updateSession(sessionId, changes)
      return toSession(await memberSessionRow(userId, sessionId))
    },

    async deleteSession(userId: string, sessionId: string): Promise<void> {
      await memberSessionRow(userId, sessionId)
      if (!(await repo.deleteUnstartedSession(sessionId))) {
        throw conflict('A candidate has started the test: this session can no longer be deleted.')
      }
    },

    /** A new access code: the old one no longer lets anyone start; candidates already in keep going. */
    async regenerateAccessCode(userId: string, sessionId: string): Promise<Session> {
      assertOpen(await memberSessionRow(userId, sessionId))
      await withFreshCodes(() => repo.updateSession(sessionId, { access_code: newAccessCode() }))
      return toSession(await memberSessionRow(userId, sessionId))
    },

    /** A new invigilator password: invigilators already in keep their access. */
    async regenerateInvigilatorPassword(userId: string, sessionId: string): Promise<Session> {
      assertOpen(await memberSessionRow(userId, sessionId))
      await repo.updateSession(sessionId, { invigilator_password: newInvigilatorPassword() })
      return toSession(await memberSessionRow(userId, sessionId))
    },

    /** Locks the session row for the rest of the transaction: enrolment changes and joins are serialised by it. */
    lockSession: (trx: Kysely<DB>, sessionId: string) =>
      sql`select id from sessions where id = ${sessionId} for update`.execute(trx),
  }
}

export type CentreService = ReturnType<typeof createCentreService>
