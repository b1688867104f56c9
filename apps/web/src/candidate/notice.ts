import type { TestView } from '@vigie/contract'

/** An invigilator's decision on the candidate's report, as the `signalement.decided` event tells it. */
export interface Decision {
  decision: 'validated' | 'refused'
  questionNumber: number
}

/** The decision in a `signalement.decided` event's data; null when the data is not one. */
export function readDecision(data: unknown): Decision | null {
  if (typeof data !== 'object' || data === null) return null
  const { decision, questionNumber } = data as Record<string, unknown>
  if (decision !== 'validated' && decision !== 'refused') return null
  if (typeof questionNumber !== 'number' || !Number.isInteger(questionNumber)) return null
  return { decision, questionNumber }
}

/** What the question screen tells the candidate about their report, beside the answer buttons. */
export type ReportNotice = 'paused' | 'validated' | 'refused' | null

/**
 * While the report is open, the pause; once decided, the decision, until the candidate leaves
 * that question. The decision is only shown once the test itself says the pause is over: the
 * event may arrive before the refetched test.
 */
export function reportNotice(
  test: Pick<TestView, 'pausedFor' | 'questionNumber'>,
  decision: Decision | null,
): ReportNotice {
  if (test.pausedFor === 'signalement') return 'paused'
  if (test.pausedFor === null && decision?.questionNumber === test.questionNumber) return decision.decision
  return null
}
