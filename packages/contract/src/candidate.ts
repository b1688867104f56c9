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
