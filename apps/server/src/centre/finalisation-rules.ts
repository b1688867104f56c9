import type { FinalisationBody, TestStatus } from '@vigie/contract'

export interface EnrolledCandidate {
  id: string
  /** As people read it in the list: "DURAND Simon". */
  name: string
  /** Null for a candidate who never started. */
  test: {
    status: TestStatus
    /** The last question the candidate was shown: E-reports are about questions 1 to this one. */
    lastQuestionNumber: number
  } | null
}

export interface FinalisationProblem {
  /** The request field at fault, e.g. `candidates.2.abortReason`. */
  field: string
  message: string
}

/**
 * The first problem with a finalisation, in the order of the request, or undefined. An abort
 * reason is required for every started test that did not complete, and refused for a completed
 * one or a candidate who never started; E-reports need a question number the candidate saw,
 * C-reports take none.
 */
export function finalisationProblem(
  body: FinalisationBody,
  enrolled: readonly EnrolledCandidate[],
): FinalisationProblem | undefined {
  const byId = new Map(enrolled.map((candidate) => [candidate.id, candidate]))
  const seen = new Set<string>()
  for (const [index, entry] of body.candidates.entries()) {
    const at = `candidates.${index}`
    const candidate = byId.get(entry.candidateId)
    if (!candidate)
      return {
        field: `${at}.candidateId`,
        message: `Candidate ${entry.candidateId} is not enrolled in this session.`,
      }
    if (seen.has(candidate.id))
      return {
        field: `${at}.candidateId`,
        message: `${candidate.name} appears more than once: give all their reports in one entry.`,
      }
    seen.add(candidate.id)

    for (const [r, report] of (entry.reports ?? []).entries()) {
      const reportAt = `${at}.reports.${r}`
      if (report.code.startsWith('C')) {
        if (report.questionNumber !== undefined)
          return {
            field: `${reportAt}.questionNumber`,
            message: `${report.code} is about the candidate, not a question: leave out the question number.`,
          }
        continue
      }
      if (!candidate.test)
        return {
          field: `${reportAt}.code`,
          message: `${candidate.name} never started the test: there is no question to report ${report.code} on.`,
        }
      if (report.questionNumber === undefined)
        return {
          field: `${reportAt}.questionNumber`,
          message: `${report.code} is about a question: give its number.`,
        }
      if (report.questionNumber > candidate.test.lastQuestionNumber)
        return {
          field: `${reportAt}.questionNumber`,
          message: `${candidate.name} was shown questions 1 to ${candidate.test.lastQuestionNumber} only.`,
        }
    }

    const reason = abortReasonProblem(candidate, entry.abortReason !== undefined)
    if (reason) return { field: `${at}.abortReason`, message: reason }
  }

  const missing = enrolled.find(
    (candidate) => !seen.has(candidate.id) && abortReasonProblem(candidate, false),
  )
  if (missing)
    return {
      field: 'candidates',
      message: `${missing.name} (${missing.id}) did not complete the test: give an abort reason, candidate or technical.`,
    }
  return undefined
}

/** Every started test that did not complete needs a reason; a running one ends at finalisation. */
export const abortReasonRequired = (testStatus: TestStatus | null): boolean =>
  testStatus !== null && testStatus !== 'completed'

function abortReasonProblem(candidate: EnrolledCandidate, given: boolean): string | undefined {
  if (!candidate.test)
    return given ? `${candidate.name} never started the test: there is nothing to abort.` : undefined
  if (candidate.test.status === 'completed')
    return given ? `${candidate.name} completed the test: it was not aborted.` : undefined
  return given
    ? undefined
    : `${candidate.name} did not complete the test: give an abort reason, candidate or technical.`
}
