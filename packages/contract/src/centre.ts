import Type, { type Static } from 'typebox'

/** Calendar date as written in forms and files: YYYY-MM-DD. */
export const IsoDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'a date written YYYY-MM-DD',
})
/** Local time of day, HH:MM (24 h), in the centre's time zone. */
export const LocalTime = Type.String({
  pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
  description: 'a time of day written HH:MM',
})

export const SessionStatus = Type.Union([
  Type.Literal('created'), // nobody has started yet
  Type.Literal('in_progress'), // at least one candidate started
  Type.Literal('finalised'),
])
export type SessionStatus = Static<typeof SessionStatus>

const SessionFields = {
  site: Type.String({ minLength: 1, maxLength: 200 }),
  room: Type.String({ minLength: 1, maxLength: 100 }),
  date: IsoDate,
  startTime: LocalTime,
  invigilatorNames: Type.String({ maxLength: 300 }),
  description: Type.String({ maxLength: 2000 }),
}

/** Whether candidates must have the Companion browser extension; true when left out on creation. */
const ExtensionRequired = Type.Boolean()

export const SessionInput = Type.Object(
  { ...SessionFields, extensionRequired: Type.Optional(ExtensionRequired) },
  { additionalProperties: false },
)
export type SessionInput = Static<typeof SessionInput>

export const SessionPatch = Type.Partial(
  Type.Object({ ...SessionFields, extensionRequired: ExtensionRequired }),
  {
    additionalProperties: false,
    minProperties: 1,
  },
)
export type SessionPatch = Static<typeof SessionPatch>

export const SessionSummary = Type.Object({
  id: Type.String(),
  number: Type.String(),
  site: Type.String(),
  room: Type.String(),
  date: IsoDate,
  startTime: LocalTime,
  /** The start as an instant (UTC, ISO 8601). */
  startsAt: Type.String(),
  status: SessionStatus,
  candidateCount: Type.Integer(),
  startedCount: Type.Integer(),
})
export type SessionSummary = Static<typeof SessionSummary>

export const Session = Type.Object({
  ...SessionSummary.properties,
  centreId: Type.String(),
  centreName: Type.String(),
  timeZone: Type.String(),
  invigilatorNames: Type.String(),
  description: Type.String(),
  accessCode: Type.String(),
  invigilatorPassword: Type.String(),
  /** Whether candidates must have the Companion browser extension (issue "Companion"). */
  extensionRequired: Type.Boolean(),
  complementaryCertificationsOffered: Type.Array(Type.String()),
})
export type Session = Static<typeof Session>

export const Sex = Type.Union([Type.Literal('F'), Type.Literal('M')])
export type Sex = Static<typeof Sex>

const Email = Type.String({ format: 'email', maxLength: 254 })

const CandidateFields = {
  lastName: Type.String({ minLength: 1, maxLength: 100 }),
  firstName: Type.String({ minLength: 1, maxLength: 100 }),
  sex: Sex,
  birthdate: IsoDate,
  birthCountry: Type.String({ minLength: 1, maxLength: 100 }),
  birthCity: Type.String({ minLength: 1, maxLength: 100 }),
  birthPostalCode: Type.Union([
    Type.String({ pattern: '^\\d{5}$', description: 'five digits' }),
    Type.Null(),
  ]),
  birthInseeCode: Type.Union([
    Type.String({ pattern: '^[0-9][0-9AB][0-9]{3}$', description: 'an INSEE code of five characters' }),
    Type.Null(),
  ]),
  externalId: Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()]),
  extraTimePercentage: Type.Integer(),
  accessibilityAdjustment: Type.Boolean(),
  complementaryCertification: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
  convocationEmail: Type.Union([Email, Type.Null()]),
  resultsEmail: Type.Union([Email, Type.Null()]),
}

export const CandidateInput = Type.Object(CandidateFields, { additionalProperties: false })
export type CandidateInput = Static<typeof CandidateInput>

export const CandidatePatch = Type.Partial(Type.Object(CandidateFields), {
  additionalProperties: false,
  minProperties: 1,
})
export type CandidatePatch = Static<typeof CandidatePatch>

export const Candidate = Type.Object({
  id: Type.String(),
  ...CandidateFields,
  /** Whether a candidate's account has joined with these details. */
  joined: Type.Boolean(),
  /** Whether the candidate's test has started (then the candidate can no longer be removed). */
  started: Type.Boolean(),
})
export type Candidate = Static<typeof Candidate>

/** One problem in an imported file; nothing is imported while there is one. */
export const ImportProblem = Type.Object({
  /** The line in the file (1 is the header line), or 0 for the file as a whole. */
  line: Type.Integer(),
  /** The column's header as in the template, when one column is at fault. */
  column: Type.Union([Type.String(), Type.Null()]),
  value: Type.Union([Type.String(), Type.Null()]),
  reason: Type.String(),
  /** In French, e.g. « Ligne 12, Date de naissance : 31/02/2001 n'est pas une date ». */
  message: Type.String(),
})
export type ImportProblem = Static<typeof ImportProblem>

export const ImportResult = Type.Union([
  Type.Object({ imported: Type.Literal(true), count: Type.Integer() }),
  Type.Object({ imported: Type.Literal(false), problems: Type.Array(ImportProblem) }),
])
export type ImportResult = Static<typeof ImportResult>
