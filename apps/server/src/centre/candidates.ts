import type { Candidate, CandidateInput, CandidatePatch, ImportResult } from '@vigie/contract'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import { isUuid } from '../db/errors'
import type { DB } from '../db/schema'
import { conflict, invalidField, notFound } from '../http/errors'
import { wallClock } from '../time'
import { type CandidateRulesContext, nameMatchKey, validateCandidate } from './candidate-rules'
import { parseCandidateFile } from './import/parse-candidate-file'
import { type CandidateValues, createCentreRepository, toCandidate } from './repository'
import type { CentreService } from './service'

const toValues = (c: CandidateInput): CandidateValues => ({
  last_name: c.lastName,
  first_name: c.firstName,
  sex: c.sex,
  birthdate: c.birthdate,
  birth_country: c.birthCountry,
  birth_city: c.birthCity,
  birth_postal_code: c.birthPostalCode,
  birth_insee_code: c.birthInseeCode,
  external_id: c.externalId,
  extra_time_percentage: c.extraTimePercentage,
  accessibility_adjustment: c.accessibilityAdjustment,
  complementary_certification: c.complementaryCertification,
  convocation_email: c.convocationEmail,
  results_email: c.resultsEmail,
})

const identity = (c: { lastName: string; firstName: string; birthdate: string }) =>
  `${nameMatchKey(c.lastName)}|${nameMatchKey(c.firstName)}|${c.birthdate}`

/** A session's candidates: entered by hand or imported from a file, until the session is finalised. */
export function createCandidatesService({
  db,
  clock,
  centre,
}: {
  db: Kysely<DB>
  clock: Clock
  centre: CentreService
}) {
  const repo = createCentreRepository(db)

  async function openSession(userId: string, sessionId: string) {
    const session = await centre.memberSessionRow(userId, sessionId)
    if (session.finalised_at)
      throw conflict('This session is finalised; its candidates can no longer change.')
    const rules: CandidateRulesContext = {
      offeredCertifications: session.complementary_certifications,
      today: wallClock(clock.now(), session.time_zone).date,
    }
    return { session, rules }
  }

  function validated(draft: Record<string, unknown>, rules: CandidateRulesContext): CandidateInput {
    const result = validateCandidate(draft, rules)
    if (!result.ok) {
      const [first] = result.problems
      throw invalidField(first?.field ?? 'candidate', first?.message.en ?? 'The candidate is not valid.')
    }
    return result.value
  }

  /** Inside the transaction that locked the session: on PGlite, any other query would wait for it forever. */
  async function assertNotEnrolled(
    trx: Kysely<DB>,
    sessionId: string,
    candidate: CandidateInput,
    exceptId?: string,
  ) {
    const key = identity(candidate)
    const twin = (await createCentreRepository(trx).listCandidates(sessionId)).find(
      (row) => row.id !== exceptId && identity(toCandidate(row)) === key,
    )
    if (twin) {
      throw conflict(
        `${candidate.firstName} ${candidate.lastName}, born ${candidate.birthdate}, is already enrolled in this session.`,
      )
    }
  }

  async function candidateOf(sessionId: string, candidateId: string) {
    const row = isUuid(candidateId) ? await repo.findCandidate(sessionId, candidateId) : undefined
    if (!row) throw notFound('Candidate')
    return row
  }

  return {
    async list(userId: string, sessionId: string): Promise<Candidate[]> {
      await centre.memberSessionRow(userId, sessionId)
      return (await repo.listCandidates(sessionId)).map(toCandidate)
    },

    async add(userId: string, sessionId: string, input: CandidateInput): Promise<Candidate> {
      const { rules } = await openSession(userId, sessionId)
      const candidate = validated(input, rules)
      return db.transaction().execute(async (trx) => {
        await centre.lockSession(trx, sessionId)
        await assertNotEnrolled(trx, sessionId, candidate)
        const [row] = await createCentreRepository(trx).insertCandidates(sessionId, [toValues(candidate)])
        return toCandidate(row as NonNullable<typeof row>)
      })
    },

    /** Applies the change to the stored candidate and checks the result as a whole. */
    async update(
      userId: string,
      sessionId: string,
      candidateId: string,
      patch: CandidatePatch,
    ): Promise<Candidate> {
      const { rules } = await openSession(userId, sessionId)
      const stored = toCandidate(await candidateOf(sessionId, candidateId))
      const { id: _id, joined: _joined, started: _started, ...current } = stored
      const candidate = validated({ ...current, ...patch }, rules)
      return db.transaction().execute(async (trx) => {
        await centre.lockSession(trx, sessionId)
        await assertNotEnrolled(trx, sessionId, candidate, candidateId)
        return toCandidate(
          await createCentreRepository(trx).updateCandidate(candidateId, toValues(candidate)),
        )
      })
    },

    async remove(userId: string, sessionId: string, candidateId: string): Promise<void> {
      await openSession(userId, sessionId)
      await candidateOf(sessionId, candidateId)
      if (!(await repo.deleteUnstartedCandidate(candidateId))) {
        throw conflict('This candidate has started the test and can no longer be removed.')
      }
    },

    /**
     * Checks the whole file first; imports nothing while there is a problem. A new file replaces
     * the list, as long as no candidate has joined the session yet.
     */
    async import(
      userId: string,
      sessionId: string,
      bytes: Uint8Array,
      fileName: string,
    ): Promise<ImportResult> {
      const { rules } = await openSession(userId, sessionId)
      const parsed = await parseCandidateFile(bytes, fileName, rules)
      if (!parsed.ok) return { imported: false, problems: parsed.problems }
      await db.transaction().execute(async (trx) => {
        await centre.lockSession(trx, sessionId)
        const txRepo = createCentreRepository(trx)
        if (!(await txRepo.deleteCandidatesIfNoneJoined(sessionId))) {
          throw conflict(
            'Candidates have already joined this session: add or edit them one by one instead of importing a new list.',
          )
        }
        if (parsed.candidates.length > 0)
          await txRepo.insertCandidates(sessionId, parsed.candidates.map(toValues))
      })
      return { imported: true, count: parsed.candidates.length }
    },
  }
}

export type CandidatesService = ReturnType<typeof createCandidatesService>
