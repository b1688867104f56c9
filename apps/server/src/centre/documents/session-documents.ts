import type { Candidate, Session } from '@vigie/contract'
import type { AttendanceData } from './attendance-sheet'
import type { KitData } from './invigilator-kit'

const longDate = (session: Session) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: session.timeZone }).format(
    new Date(session.startsAt),
  )

/** Where invigilators enter: the kit's QR code opens it with the session number filled in. */
export const invigilatorUrl = (publicUrl: string, session: Pick<Session, 'number'>) =>
  `${publicUrl}/surveillance?session=${encodeURIComponent(session.number)}`

export const candidateUrl = (publicUrl: string) => `${publicUrl}/candidat`

export function kitData(session: Session, publicUrl: string): KitData {
  return {
    sessionNumber: session.number,
    centreName: session.centreName,
    site: session.site,
    room: session.room,
    date: longDate(session),
    startTime: session.startTime,
    invigilatorNames: session.invigilatorNames,
    invigilatorPassword: session.invigilatorPassword,
    accessCode: session.accessCode,
    invigilatorUrl: invigilatorUrl(publicUrl, session),
    candidateUrl: candidateUrl(publicUrl),
    extensionRequired: session.extensionRequired,
  }
}

export function attendanceData(session: Session, candidates: Candidate[]): AttendanceData {
  return {
    centreName: session.centreName,
    sessionNumber: session.number,
    site: session.site,
    room: session.room,
    date: longDate(session),
    startTime: session.startTime,
    invigilatorNames: session.invigilatorNames,
    candidates: candidates.map((c) => ({
      lastName: c.lastName,
      firstName: c.firstName,
      birthdate: c.birthdate,
      externalId: c.externalId,
    })),
  }
}
