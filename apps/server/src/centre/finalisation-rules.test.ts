import type { FinalisationBody } from '@vigie/contract'
import { describe, expect, it } from 'vitest'
import { type EnrolledCandidate, finalisationProblem } from './finalisation-rules'

const absent: EnrolledCandidate = { id: 'a', name: 'ABSENT Alice', test: null }
const done: EnrolledCandidate = {
  id: 'd',
  name: 'DONE Daniel',
  test: { status: 'completed', lastQuestionNumber: 32 },
}
const running: EnrolledCandidate = {
  id: 'r',
  name: 'RUNNING Rose',
  test: { status: 'started', lastQuestionNumber: 7 },
}
const ended: EnrolledCandidate = {
  id: 'e',
  name: 'ENDED Éric',
  test: { status: 'ended_by_invigilator', lastQuestionNumber: 12 },
}
const room = [absent, done, running, ended]

const body = (candidates: FinalisationBody['candidates']): FinalisationBody => ({
  globalComment: '',
  candidates,
})
const complete = [
  { candidateId: 'r', abortReason: 'technical' as const },
  { candidateId: 'e', abortReason: 'candidate' as const },
]

describe('finalisation rules', () => {
  it('accepts an abort reason for each unfinished test, and reports of both kinds', () => {
    expect(
      finalisationProblem(
        body([
          { candidateId: 'a', reports: [{ code: 'C4' }] },
          {
            candidateId: 'd',
            reports: [{ code: 'E1', questionNumber: 32, comment: 'image' }, { code: 'C7' }],
          },
          ...complete,
        ]),
        room,
      ),
    ).toBeUndefined()
  })

  it('requires an abort reason for each started test that did not complete, even one left out', () => {
    expect(
      finalisationProblem(body([{ candidateId: 'r', abortReason: 'technical' }, { candidateId: 'e' }]), room),
    ).toEqual({
      field: 'candidates.1.abortReason',
      message: 'ENDED Éric did not complete the test: give an abort reason, candidate or technical.',
    })
    expect(finalisationProblem(body([{ candidateId: 'e', abortReason: 'candidate' }]), room)).toMatchObject({
      field: 'candidates',
      message: expect.stringContaining('RUNNING Rose (r) did not complete the test'),
    })
  })

  it('refuses an abort reason for a completed test and for a candidate who never started', () => {
    expect(
      finalisationProblem(body([...complete, { candidateId: 'd', abortReason: 'candidate' }]), room),
    ).toEqual({
      field: 'candidates.2.abortReason',
      message: 'DONE Daniel completed the test: it was not aborted.',
    })
    expect(
      finalisationProblem(body([{ candidateId: 'a', abortReason: 'technical' }, ...complete]), room),
    ).toEqual({
      field: 'candidates.0.abortReason',
      message: 'ABSENT Alice never started the test: there is nothing to abort.',
    })
  })

  it('requires the question number for E-codes and refuses it for C-codes', () => {
    expect(
      finalisationProblem(body([...complete, { candidateId: 'd', reports: [{ code: 'E3' }] }]), room),
    ).toEqual({
      field: 'candidates.2.reports.0.questionNumber',
      message: 'E3 is about a question: give its number.',
    })
    expect(
      finalisationProblem(
        body([
          { candidateId: 'd', reports: [{ code: 'C7' }, { code: 'C1', questionNumber: 3 }] },
          ...complete,
        ]),
        room,
      ),
    ).toMatchObject({ field: 'candidates.0.reports.1.questionNumber' })
  })

  it('refuses a question the candidate was never shown, and E-reports on a candidate who never started', () => {
    expect(
      finalisationProblem(body([{ candidateId: 'r', reports: [{ code: 'E11', questionNumber: 8 }] }]), room),
    ).toEqual({
      field: 'candidates.0.reports.0.questionNumber',
      message: 'RUNNING Rose was shown questions 1 to 7 only.',
    })
    expect(
      finalisationProblem(body([{ candidateId: 'a', reports: [{ code: 'E1', questionNumber: 1 }] }]), room),
    ).toMatchObject({ field: 'candidates.0.reports.0.code' })
  })

  it('names an unknown candidate and a candidate given twice', () => {
    expect(finalisationProblem(body([...complete, { candidateId: 'zz' }]), room)).toEqual({
      field: 'candidates.2.candidateId',
      message: 'Candidate zz is not enrolled in this session.',
    })
    expect(finalisationProblem(body([...complete, { candidateId: 'r' }]), room)).toMatchObject({
      field: 'candidates.2.candidateId',
      message: expect.stringContaining('RUNNING Rose appears more than once'),
    })
  })
})
