import {
  type FinalisationCandidateState,
  type FinalisationState,
  MAX_GLOBAL_COMMENT_LENGTH,
} from '@vigie/contract'
import { describe, expect, it } from 'vitest'
import {
  type FinalisationDraft,
  finalisationBodyOf,
  formHasField,
  GLOBAL_COMMENT_MAX_LENGTH,
  placeServerProblem,
  questionNumberProblem,
  type ReportDraft,
  reportCodesFor,
  runningTests,
} from './finalisationForm'

const candidate = (
  candidateId: string,
  test: Partial<FinalisationCandidateState> = {},
): FinalisationCandidateState => ({
  candidateId,
  lastName: candidateId.toUpperCase(),
  firstName: 'Sam',
  birthdate: '2004-03-21',
  externalId: null,
  testStatus: null,
  answered: 0,
  lastQuestionNumber: 0,
  abortReasonRequired: false,
  ...test,
})

/** Bernard never started, Durand is still answering question 13, Martin completed. */
const state: FinalisationState = {
  sessionId: 's',
  sessionNumber: '123456',
  candidates: [
    candidate('bernard'),
    candidate('durand', {
      testStatus: 'started',
      answered: 12,
      lastQuestionNumber: 13,
      abortReasonRequired: true,
    }),
    candidate('martin', { testStatus: 'completed', answered: 32, lastQuestionNumber: 32 }),
  ],
}
const [bernard, durand] = state.candidates as [FinalisationCandidateState, FinalisationCandidateState]

const report = (values: Partial<ReportDraft> = {}): ReportDraft => ({
  key: 1,
  code: null,
  questionNumber: '',
  comment: '',
  ...values,
})

describe('finalisation form', () => {
  it('keeps to the contract’s comment length', () => {
    expect(GLOBAL_COMMENT_MAX_LENGTH).toBe(MAX_GLOBAL_COMMENT_LENGTH)
  })

  it('offers E-codes only to a candidate who saw a question, and wants a question they saw', () => {
    expect(reportCodesFor(bernard)).toEqual(['C1', 'C2', 'C4', 'C6', 'C7', 'C8'])
    expect(reportCodesFor(durand)).toHaveLength(18)
    const e11 = (questionNumber: string) => report({ code: 'E11', questionNumber })
    const problem = { key: 'finalisation.problem.questionNumber', max: 13 }
    expect(questionNumberProblem(durand, e11(''))).toEqual(problem)
    expect(questionNumberProblem(durand, e11('0'))).toEqual(problem)
    expect(questionNumberProblem(durand, e11('14'))).toEqual(problem)
    expect(questionNumberProblem(durand, e11('4,5'))).toEqual(problem)
    expect(questionNumberProblem(durand, e11(' 13 '))).toBeNull()
    expect(questionNumberProblem(durand, report({ code: 'C7' }))).toBeNull()
  })

  it('sends every candidate in order, a reason only where asked, a question number only on E-reports', () => {
    const draft: FinalisationDraft = {
      globalComment: '  Coupure réseau vers 14 h 30.  ',
      candidates: {
        durand: {
          abortReason: 'candidate',
          reports: [
            report({ code: 'E11', questionNumber: ' 4 ', comment: ' Page blanche ' }),
            report({ key: 2, code: 'C7', questionNumber: '9', comment: '   ' }),
          ],
        },
        // Chosen before the test completed: not sent for a completed test.
        martin: { abortReason: 'technical', reports: [] },
      },
    }
    expect(finalisationBodyOf(draft, state)).toEqual({
      globalComment: 'Coupure réseau vers 14 h 30.',
      candidates: [
        { candidateId: 'bernard' },
        {
          candidateId: 'durand',
          reports: [{ code: 'E11', questionNumber: 4, comment: 'Page blanche' }, { code: 'C7' }],
          abortReason: 'candidate',
        },
        { candidateId: 'martin' },
      ],
    })
  })

  it('counts the tests finalising will end', () => {
    expect(runningTests(state)).toBe(1)
  })

  it('puts a field the server refused on the form’s field of that name, or above the form when the page was out of date', () => {
    const draft: FinalisationDraft = {
      globalComment: '',
      candidates: {
        durand: { abortReason: 'technical', reports: [report({ code: 'E3', questionNumber: '20' })] },
      },
    }
    const sent = finalisationBodyOf(draft, state)
    const place = (field: string, body = sent) => placeServerProblem(field, body, draft, state)
    expect(place('candidates.1.reports.0.questionNumber')).toEqual({
      field: 'candidates.1.reports.0.questionNumber',
      problem: { key: 'finalisation.problem.questionNumber', max: 13 },
    })
    expect(place('globalComment').field).toBe('globalComment')
    // Sent without a reason: the form's radio buttons say it is missing.
    const withoutReason = { ...sent, candidates: sent.candidates.map(({ abortReason, ...c }) => c) }
    expect(place('candidates.1.abortReason', withoutReason)).toEqual({
      field: 'candidates.1.abortReason',
      problem: { key: 'finalisation.problem.abortReason' },
    })
    // Sent with one and refused: Durand's test completed meanwhile.
    expect(place('candidates.1.abortReason')).toEqual({
      field: null,
      problem: { key: 'finalisation.problem.abortReasonStale' },
    })
    // Martin (no reason asked for on the page) now needs one; a report the form does not show; a stranger.
    const changed = { field: null, problem: { key: 'finalisation.problem.changed' } }
    expect(place('candidates.2.abortReason')).toEqual(changed)
    expect(place('candidates.1.reports.1.code')).toEqual(changed)
    expect(place('candidates.7.abortReason')).toEqual(changed)
    expect(place('candidates.0.candidateId')).toEqual(changed)
    expect(place('candidates')).toEqual(changed)
  })

  it('knows which fields the form shows', () => {
    const draft: FinalisationDraft = {
      globalComment: '',
      candidates: { durand: { abortReason: null, reports: [report({ code: 'C7' })] } },
    }
    expect(formHasField('candidates.1.abortReason', draft, state)).toBe(true)
    expect(formHasField('candidates.0.abortReason', draft, state)).toBe(false)
    expect(formHasField('candidates.1.reports.0.code', draft, state)).toBe(true)
    expect(formHasField('candidates.1.reports.0.questionNumber', draft, state)).toBe(false)
  })
})
