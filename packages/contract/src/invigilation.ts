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
})
export type InvigilatedCandidate = Static<typeof InvigilatedCandidate>
