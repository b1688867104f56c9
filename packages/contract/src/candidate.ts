import Type, { type Static } from 'typebox'
import { IsoDate } from './centre'

/** "Rejoindre une session": the session number and the candidate's details as enrolled. */
export const JoinBody = Type.Object(
  {
    sessionNumber: Type.String({ minLength: 1, maxLength: 20 }),
    firstName: Type.String({ minLength: 1, maxLength: 100 }),
    lastName: Type.String({ minLength: 1, maxLength: 100 }),
    birthdate: IsoDate,
  },
  { additionalProperties: false },
)
export type JoinBody = Static<typeof JoinBody>

/** An enrolment linked to the signed-in account. */
export const Enrolment = Type.Object({
  candidateId: Type.String(),
  sessionId: Type.String(),
  sessionNumber: Type.String(),
  centreName: Type.String(),
  site: Type.String(),
  room: Type.String(),
  date: IsoDate,
  startTime: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  extraTimePercentage: Type.Integer(),
  extensionRequired: Type.Boolean(),
})
export type Enrolment = Static<typeof Enrolment>

export const candidateTopic = (candidateId: string) => `candidate:${candidateId}`

export const StartBody = Type.Object(
  { accessCode: Type.String({ minLength: 1, maxLength: 20 }) },
  { additionalProperties: false },
)
export type StartBody = Static<typeof StartBody>

export const CandidateAnswer = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('choices'),
      choiceIds: Type.Array(Type.String({ maxLength: 50 }), { maxItems: 10 }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('text'), text: Type.String({ maxLength: 500 }) },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('skipped') }, { additionalProperties: false }),
])
export type CandidateAnswer = Static<typeof CandidateAnswer>

export const AnswerBody = Type.Object(
  {
    questionNumber: Type.Integer({ minimum: 1, maximum: 1000 }),
    itemId: Type.String({ maxLength: 100 }),
    answer: CandidateAnswer,
  },
  { additionalProperties: false },
)
export type AnswerBody = Static<typeof AnswerBody>

export const TestStatus = Type.Union([
  Type.Literal('started'),
  Type.Literal('completed'),
  Type.Literal('ended_by_invigilator'),
  Type.Literal('ended_by_finalisation'),
  Type.Literal('ended_duration_exceeded'),
])
export type TestStatus = Static<typeof TestStatus>

/** A question as the candidate sees it: never its key. */
export const QuestionView = Type.Object({
  itemId: Type.String(),
  type: Type.Union([Type.Literal('single'), Type.Literal('multiple'), Type.Literal('free')]),
  locale: Type.Union([Type.Literal('fr'), Type.Literal('en')]),
  statement: Type.String(),
  choices: Type.Array(Type.Object({ id: Type.String(), text: Type.String() })),
  image: Type.Union([Type.Object({ url: Type.String(), alt: Type.String() }), Type.Null()]),
  attachment: Type.Union([Type.Object({ url: Type.String(), name: Type.String() }), Type.Null()]),
  embed: Type.Union([
    Type.Object({ url: Type.String(), title: Type.String(), height: Type.Integer() }),
    Type.Null(),
  ]),
  focus: Type.Boolean(),
})
export type QuestionView = Static<typeof QuestionView>

export const TestView = Type.Object({
  testId: Type.String(),
  status: TestStatus,
  /** 1-based number of the current question (of the last one once the test has ended). */
  questionNumber: Type.Integer(),
  totalQuestions: Type.Integer(),
  startedAt: Type.String(),
  /** Start + 105 minutes × (1 + extra time): the test does not stop by itself then. */
  theoreticalEndAt: Type.String(),
  question: Type.Union([QuestionView, Type.Null()]),
  /**
   * Why the answer buttons wait for an invigilator: a report on the current question, or the
   * companion extension gone. The page follows the `candidate:<id>` topic to know when it is over.
   */
  pausedFor: Type.Union([Type.Literal('signalement'), Type.Literal('extension'), Type.Null()]),
})
export type TestView = Static<typeof TestView>

/**
 * What starting or resuming gives the candidate's browser: the test, and a token for this browser
 * alone (kept in the tab's sessionStorage: a reload keeps it, a closed tab or another computer does not).
 */
export const StartedTest = Type.Object({ attemptToken: Type.String(), test: TestView })
export type StartedTest = Static<typeof StartedTest>

/** "Signaler un problème avec la question", then "Oui, je suis sûr(e)": about the question on screen. */
export const SignalementBody = Type.Object(
  {
    questionNumber: Type.Integer({ minimum: 1, maximum: 1000 }),
    itemId: Type.String({ maxLength: 100 }),
  },
  { additionalProperties: false },
)
export type SignalementBody = Static<typeof SignalementBody>

/** The header carrying the attempt token on every call about a running test. */
export const ATTEMPT_TOKEN_HEADER = 'x-vigie-attempt'
