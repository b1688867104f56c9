import Type, { type Static } from 'typebox'
import { TestStatus } from './candidate'
import { IsoDate } from './centre'

/**
 * The centre's reports on a candidate at finalisation (DESIGN.md, "Finalisation"): C-codes about
 * the candidate, E-codes about one question of their test.
 */
export const CentreReportCode = Type.Union([
  Type.Literal('C1'),
  Type.Literal('C2'),
  Type.Literal('C4'),
  Type.Literal('C6'),
  Type.Literal('C7'),
  Type.Literal('C8'),
  Type.Literal('E1'),
  Type.Literal('E2'),
  Type.Literal('E3'),
  Type.Literal('E4'),
  Type.Literal('E5'),
  Type.Literal('E6'),
  Type.Literal('E7'),
  Type.Literal('E8'),
  Type.Literal('E9'),
  Type.Literal('E10'),
  Type.Literal('E11'),
  Type.Literal('E12'),
])
export type CentreReportCode = Static<typeof CentreReportCode>

export const MAX_GLOBAL_COMMENT_LENGTH = 500

export const CentreReport = Type.Object(
  {
    code: CentreReportCode,
    /** Required for E-codes, refused for C-codes. */
    questionNumber: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    comment: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
)
export type CentreReport = Static<typeof CentreReport>

/** Why a test that did not complete stopped. */
export const AbortReason = Type.Union([Type.Literal('candidate'), Type.Literal('technical')])
export type AbortReason = Static<typeof AbortReason>

export const FinalisationCandidate = Type.Object(
  {
    candidateId: Type.String({ maxLength: 64 }),
    reports: Type.Optional(Type.Array(CentreReport, { maxItems: 30 })),
    /** Required for every started test that did not complete; refused otherwise. */
    abortReason: Type.Optional(AbortReason),
  },
  { additionalProperties: false },
)
export type FinalisationCandidate = Static<typeof FinalisationCandidate>

/** "Finaliser la session": candidates without reports nor an abort reason may be left out. */
export const FinalisationBody = Type.Object(
  {
    globalComment: Type.String({ maxLength: MAX_GLOBAL_COMMENT_LENGTH }),
    candidates: Type.Array(FinalisationCandidate, { maxItems: 2000 }),
  },
  { additionalProperties: false },
)
export type FinalisationBody = Static<typeof FinalisationBody>

/** Who an enrolled candidate is, as the finalisation form and the results list them. */
const CandidateIdentity = {
  candidateId: Type.String(),
  lastName: Type.String(),
  firstName: Type.String(),
  birthdate: IsoDate,
  externalId: Type.Union([Type.String(), Type.Null()]),
}

/** One enrolled candidate as the finalisation form shows them, before the session is finalised. */
export const FinalisationCandidateState = Type.Object({
  ...CandidateIdentity,
  /** Null for a candidate who never started; `started` is a test still running. */
  testStatus: Type.Union([TestStatus, Type.Null()]),
  /** Answers that count so far. */
  answered: Type.Integer(),
  /** The last question the candidate was shown (0 before any): E-reports are about 1 to this one. */
  lastQuestionNumber: Type.Integer(),
  /** True for every started test that did not complete (a running one will end at finalisation). */
  abortReasonRequired: Type.Boolean(),
})
export type FinalisationCandidateState = Static<typeof FinalisationCandidateState>

/** What "Finaliser la session" needs to show: each candidate and where their test stands. */
export const FinalisationState = Type.Object({
  sessionId: Type.String(),
  sessionNumber: Type.String(),
  candidates: Type.Array(FinalisationCandidateState),
})
export type FinalisationState = Static<typeof FinalisationState>

/** Validated: certified at its score; rejected: not certifiable; cancelled: to be taken again, through no fault of the candidate. */
export const ResultStatus = Type.Union([
  Type.Literal('validated'),
  Type.Literal('rejected'),
  Type.Literal('cancelled'),
])
export type ResultStatus = Static<typeof ResultStatus>

export const CompetenceResult = Type.Object({
  code: Type.String(),
  title: Type.String(),
  /** Questions of this competence that count. */
  answered: Type.Integer(),
  /** 0–7; null when none of its questions counts. */
  level: Type.Union([Type.Integer(), Type.Null()]),
})
export type CompetenceResult = Static<typeof CompetenceResult>

export const CandidateResult = Type.Object({
  status: ResultStatus,
  /** Answers that count (neutralised questions never do). */
  answered: Type.Integer(),
  /** 0–895; null below 20 answers. */
  score: Type.Union([Type.Integer(), Type.Null()]),
  level: Type.Union([Type.Integer(), Type.Null()]),
  /** Filled for validated results only. */
  competences: Type.Array(CompetenceResult),
  /** The certificate's code, for validated results only. */
  verificationCode: Type.Union([Type.String(), Type.Null()]),
})
export type CandidateResult = Static<typeof CandidateResult>

/** One enrolled candidate in the session's results; `result` is null for a candidate who never started. */
export const SessionCandidateResult = Type.Object({
  ...CandidateIdentity,
  testStatus: Type.Union([TestStatus, Type.Null()]),
  abortReason: Type.Union([AbortReason, Type.Null()]),
  result: Type.Union([CandidateResult, Type.Null()]),
})
export type SessionCandidateResult = Static<typeof SessionCandidateResult>

export const SessionResults = Type.Object({
  sessionId: Type.String(),
  sessionNumber: Type.String(),
  finalisedAt: Type.String(),
  /** Null until a centre admin publishes them. */
  publishedAt: Type.Union([Type.String(), Type.Null()]),
  candidates: Type.Array(SessionCandidateResult),
})
export type SessionResults = Static<typeof SessionResults>

/** A candidate's own published result, in their space. */
export const MyResult = Type.Object({
  candidateId: Type.String(),
  sessionNumber: Type.String(),
  centreName: Type.String(),
  date: IsoDate,
  firstName: Type.String(),
  lastName: Type.String(),
  publishedAt: Type.String(),
  ...CandidateResult.properties,
})
export type MyResult = Static<typeof MyResult>

/** "Vérifier un certificat": what a valid code shows, and nothing more. */
export const CertificateVerification = Type.Object({
  firstName: Type.String(),
  lastName: Type.String(),
  /** The session's date. */
  date: IsoDate,
  score: Type.Integer(),
})
export type CertificateVerification = Static<typeof CertificateVerification>
