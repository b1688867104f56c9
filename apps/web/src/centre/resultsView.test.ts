import type { CandidateResult, SessionCandidateResult, SessionResults } from '@vigie/contract'
import { describe, expect, it } from 'vitest'
import { resultCounts, resultReason } from './resultsView'

const result = (values: Partial<CandidateResult>): CandidateResult => ({
  status: 'validated',
  answered: 32,
  score: 512,
  level: 4,
  competences: [],
  verificationCode: 'P-ABCD-EFGH',
  ...values,
})

const candidate = (values: Partial<SessionCandidateResult>): SessionCandidateResult => ({
  candidateId: 'c',
  lastName: 'YASIN',
  firstName: 'Sam',
  birthdate: '2004-03-21',
  externalId: null,
  testStatus: 'completed',
  abortReason: null,
  result: result({}),
  ...values,
})

describe('results view', () => {
  it('says why a result is not validated, in the terms of the rules', () => {
    expect(resultReason(candidate({}))).toBeNull()
    expect(resultReason(candidate({ result: null, testStatus: null }))).toBeNull()
    expect(resultReason(candidate({ result: result({ status: 'rejected', answered: 25, level: 0 }) }))).toBe(
      'results.reason.levelZero',
    )
    const few = { testStatus: 'ended_by_finalisation' as const }
    expect(
      resultReason(
        candidate({ ...few, abortReason: 'technical', result: result({ status: 'cancelled', answered: 8 }) }),
      ),
    ).toBe('results.reason.technical')
    expect(
      resultReason(
        candidate({ ...few, abortReason: 'candidate', result: result({ status: 'rejected', answered: 8 }) }),
      ),
    ).toBe('results.reason.candidate')
    expect(resultReason(candidate({ result: result({ status: 'cancelled', answered: 18 }) }))).toBe(
      'results.reason.noQuestions',
    )
  })

  it('counts each status, and who never started', () => {
    const results: SessionResults = {
      sessionId: 's',
      sessionNumber: '123456',
      finalisedAt: '2026-11-25T17:00:00.000Z',
      publishedAt: null,
      candidates: [
        candidate({}),
        candidate({ result: result({ status: 'rejected' }) }),
        candidate({ result: null, testStatus: null }),
        candidate({}),
      ],
    }
    expect(resultCounts(results)).toEqual({ validated: 2, rejected: 1, cancelled: 0, absent: 1 })
  })
})
