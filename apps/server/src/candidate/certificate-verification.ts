import type { CertificateVerification } from '@vigie/contract'
import type { Kysely } from 'kysely'
import { normaliseVerificationCode } from '../centre/verification-codes'
import type { DB } from '../db/schema'
import { notFound } from '../http/errors'
import type { Throttle, ThrottleRule } from '../throttle/throttle'

/**
 * Public, so limited per address whatever the outcome: with 60-bit codes, 30 tries per 10
 * minutes would take an address far beyond the age of the universe to hit one by chance.
 */
export const verificationThrottle: ThrottleRule = {
  name: 'certificate-verification-address',
  limit: 30,
  windowSeconds: 10 * 60,
}

/**
 * "Vérifier un certificat": for the code of a validated result whose session's results are
 * published, the holder's name, the date and the score, and nothing else; the same 404 for any
 * other code, so that nothing can be learnt from a miss.
 */
export function createCertificateVerification({ db, throttle }: { db: Kysely<DB>; throttle: Throttle }) {
  return {
    async verify(typedCode: string, address: string): Promise<CertificateVerification> {
      await throttle.consume([[verificationThrottle, address]])
      const code = normaliseVerificationCode(typedCode)
      const row = code
        ? await db
            .selectFrom('results as r')
            .innerJoin('candidates as c', 'c.id', 'r.candidate_id')
            .innerJoin('sessions as s', 's.id', 'r.session_id')
            .select(['c.first_name', 'c.last_name', 's.date', 'r.score'])
            .where('r.verification_code', '=', code)
            .where('r.status', '=', 'validated')
            .where('s.results_published_at', 'is not', null)
            .executeTakeFirst()
        : undefined
      if (!row || row.score === null) throw notFound('Certificate')
      return { firstName: row.first_name, lastName: row.last_name, date: row.date, score: row.score }
    },
  }
}

export type CertificateVerifications = ReturnType<typeof createCertificateVerification>
