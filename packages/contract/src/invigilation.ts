import Type, { type Static } from 'typebox'

export const InvigilatorAccessBody = Type.Object(
  {
    sessionNumber: Type.String({ minLength: 1, maxLength: 20 }),
    /** As printed in the kit (C-7KQ3MX); accepted with or without `C-`, in any case. */
    password: Type.String({ minLength: 1, maxLength: 20 }),
  },
  { additionalProperties: false },
)
export type InvigilatorAccessBody = Static<typeof InvigilatorAccessBody>

export const InvigilatorAccess = Type.Object({ sessionId: Type.String() })
export type InvigilatorAccess = Static<typeof InvigilatorAccess>

/** The header of the Espace Surveillant. */
export const InvigilationSession = Type.Object({
  id: Type.String(),
  number: Type.String(),
  centreName: Type.String(),
  site: Type.String(),
  room: Type.String(),
  invigilatorNames: Type.String(),
  accessCode: Type.String(),
  timeZone: Type.String(),
  extensionRequired: Type.Boolean(),
  finalised: Type.Boolean(),
})
export type InvigilationSession = Static<typeof InvigilationSession>

const Person = Type.Object({ firstName: Type.String(), lastName: Type.String() })

export const JournalEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  /** Who acted (null when their account no longer exists). */
  actor: Type.Union([Person, Type.Null()]),
  candidate: Type.Union([Person, Type.Null()]),
  action: Type.String(),
  outcome: Type.String(),
  details: Type.Record(Type.String(), Type.Unknown()),
})
export type JournalEntry = Static<typeof JournalEntry>

export const sessionTopic = (sessionId: string) => `session:${sessionId}`

/** The categories an invigilator picks from to validate a signalement (DESIGN.md, "Signalements"). */
export const SignalementCategory = Type.Union([
  Type.Literal('E1'),
  Type.Literal('E2'),
  Type.Literal('E3'),
  Type.Literal('E4'),
  Type.Literal('E5'),
  Type.Literal('E8'),
  Type.Literal('E9'),
  Type.Literal('E10'),
  Type.Literal('E11'),
  Type.Literal('E12'),
])
export type SignalementCategory = Static<typeof SignalementCategory>

/** "Valider le signalement" with a category, or "Refuser le signalement". */
export const SignalementDecisionBody = Type.Union([
  Type.Object(
    { decision: Type.Literal('validated'), category: SignalementCategory },
    { additionalProperties: false },
  ),
  Type.Object({ decision: Type.Literal('refused') }, { additionalProperties: false }),
])
export type SignalementDecisionBody = Static<typeof SignalementDecisionBody>

/** A candidate's place in the room, most urgent first (DESIGN.md, "Statuses on the dashboard"). */
export const RoomStatus = Type.Union([
  Type.Literal('not_started'),
  Type.Literal('in_progress'),
  Type.Literal('signalement'),
  Type.Literal('extension'),
  Type.Literal('resume_authorised'),
  Type.Literal('ended'),
])
export type RoomStatus = Static<typeof RoomStatus>

const OpenSignalement = Type.Object({
  id: Type.String(),
  questionNumber: Type.Integer(),
  reportedAt: Type.String(),
  /** The categories that apply to the reported question: the dialog offers these only. */
  categories: Type.Array(SignalementCategory),
})

/** The test of a candidate who started, as the invigilators follow it. */
export const RoomTest = Type.Object({
  status: Type.Union([
    Type.Literal('started'),
    Type.Literal('completed'),
    Type.Literal('ended_by_invigilator'),
    Type.Literal('ended_by_finalisation'),
    Type.Literal('ended_duration_exceeded'),
  ]),
  startedAt: Type.String(),
  /** Start + 105 minutes × (1 + extra time); the test goes on after it, flagged as overtime. */
  theoreticalEndAt: Type.String(),
  endedAt: Type.Union([Type.String(), Type.Null()]),
  /** Questions answered (neutralised ones excluded). */
  answered: Type.Integer(),
  totalQuestions: Type.Integer(),
  /** The last time the candidate's page was known to be connected. */
  lastSeenAt: Type.String(),
  signalement: Type.Union([OpenSignalement, Type.Null()]),
  /** Since when the companion extension is missing, while an alert is open. */
  extensionMissingSince: Type.Union([Type.String(), Type.Null()]),
  /** Until when the candidate may come back through the code screen, while an authorisation is open. */
  resumeAuthorisedUntil: Type.Union([Type.String(), Type.Null()]),
})
export type RoomTest = Static<typeof RoomTest>

/** One row of the Espace Surveillant's candidate list. */
export const InvigilatedCandidate = Type.Object({
  id: Type.String(),
  lastName: Type.String(),
  firstName: Type.String(),
  birthdate: Type.String(),
  complementaryCertification: Type.Union([Type.String(), Type.Null()]),
  extraTimePercentage: Type.Integer(),
  /** The candidate's account has joined the session. */
  joined: Type.Boolean(),
  /** "Confirmer la présence" was given and not cancelled (it lets the candidate start within 15 minutes). */
  presenceConfirmed: Type.Boolean(),
  /** When the presence confirmation stops letting the candidate start (ISO 8601), while it is pending. */
  presenceValidUntil: Type.Union([Type.String(), Type.Null()]),
  started: Type.Boolean(),
  status: RoomStatus,
  test: Type.Union([RoomTest, Type.Null()]),
})
export type InvigilatedCandidate = Static<typeof InvigilatedCandidate>
