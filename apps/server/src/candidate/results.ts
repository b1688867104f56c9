import type { MyResult } from '@vigie/contract'
import { type Kysely, sql } from 'kysely'
import type { CertificateData } from '../centre/documents/certificate'
import { toFrenchDate } from '../centre/documents/french-date'
import { toCandidateResult } from '../centre/results'
import { isUuid } from '../db/errors'
import type { CompetenceLevel, DB } from '../db/schema'
import { MAX_SCORE } from '../evaluation/scoring'
import { notFound } from '../http/errors'

/** "1 décembre 2026": a calendar date as written on the certificate. */
const longDate = (isoDate: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  )

export const verificationPage = (publicUrl: string) => `${publicUrl}/verification`

/** The signed-in candidate's results, once their centre has published them, and their certificates. */
export function createCandidateResults({ db, publicUrl }: { db: Kysely<DB>; publicUrl: string }) {
  const published = (userId: string) =>
    db
      .selectFrom('results as r')
      .innerJoin('candidates as c', 'c.id', 'r.candidate_id')
      .innerJoin('sessions as s', 's.id', 'r.session_id')
      .innerJoin('centres as ce', 'ce.id', 's.centre_id')
      .where('c.user_id', '=', userId)
      .where('s.results_published_at', 'is not', null)

  return {
    async mine(userId: string): Promise<MyResult[]> {
      const rows = await published(userId)
        .select([
          'c.id',
          'c.first_name',
          'c.last_name',
          's.number',
          's.date',
          's.results_published_at',
          'ce.name as centre_name',
          'r.status',
          'r.answered',
          'r.score',
          'r.level',
          'r.competence_levels',
          'r.verification_code',
        ])
        .orderBy('s.starts_at', 'desc')
        .execute()
      return rows.map((row) => ({
        candidateId: row.id,
        sessionNumber: row.number,
        centreName: row.centre_name,
        date: row.date,
        firstName: row.first_name,
        lastName: row.last_name,
        publishedAt: (row.results_published_at as Date).toISOString(),
        ...toCandidateResult({ ...row, competence_levels: row.competence_levels as CompetenceLevel[] }),
      }))
    },

    /** What the certificate shows: for the candidate's own validated, published result only. */
    async certificate(userId: string, candidateId: string): Promise<CertificateData> {
      const row = isUuid(candidateId)
        ? await published(userId)
            .innerJoin('tests as t', 't.id', 'r.test_id')
            .innerJoin('item_banks as b', 'b.id', 't.bank')
            .select([
              'c.first_name',
              'c.last_name',
              'c.birthdate',
              's.number',
              's.date',
              'ce.name as centre_name',
              'r.score',
              'r.level',
              'r.competence_levels',
              'r.verification_code',
              sql<boolean>`(b.manifest -> 'calibration' ->> 'synthetic')::boolean`.as('synthetic'),
            ])
            .where('c.id', '=', candidateId)
            .where('r.status', '=', 'validated')
            .executeTakeFirst()
        : undefined
      if (!row?.verification_code || row.score === null || row.level === null) throw notFound('Certificate')
      const code = row.verification_code
      return {
        firstName: row.first_name,
        lastName: row.last_name,
        birthdate: toFrenchDate(row.birthdate),
        date: longDate(row.date),
        centreName: row.centre_name,
        sessionNumber: row.number,
        score: row.score,
        maxScore: MAX_SCORE,
        level: row.level,
        competences: row.competence_levels as CompetenceLevel[],
        verificationCode: code,
        verificationPage: verificationPage(publicUrl),
        verificationUrl: `${verificationPage(publicUrl)}?code=${encodeURIComponent(code)}`,
        synthetic: row.synthetic === true,
      }
    },
  }
}

export type CandidateResults = ReturnType<typeof createCandidateResults>
