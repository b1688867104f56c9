/** The session form's values and rules (pure). */
import type { Session, SessionInput, SessionPatch } from '@vigie/contract'
import type { PlainMessageKey } from '../i18n'
import { changedFields, parseDayMonthYear, parseTimeOfDay, writeDayMonthYear } from './format'

/** The fields as typed: `date` JJ/MM/AAAA, `startTime` HH:MM (or 14h00…); the extension requirement ticked or not. */
export type SessionDraft = Omit<SessionInput, 'extensionRequired'> & { extensionRequired: boolean }
/** The text fields, each with its own rule. */
export type SessionField = Exclude<keyof SessionDraft, 'extensionRequired'>

export const SESSION_LIMITS = { site: 200, room: 100, invigilatorNames: 300, description: 2000 } as const

export const emptySessionDraft = (): SessionDraft => ({
  site: '',
  room: '',
  date: '',
  startTime: '',
  invigilatorNames: '',
  description: '',
  extensionRequired: true,
})

export const draftOfSession = (session: Session): SessionDraft => ({
  site: session.site,
  room: session.room,
  date: writeDayMonthYear(session.date),
  startTime: session.startTime,
  invigilatorNames: session.invigilatorNames,
  description: session.description,
  extensionRequired: session.extensionRequired,
})

/**
 * The message for one field, or null. A new session cannot start on a past day (the centre's
 * `today`); an existing one keeps its date unless it is changed.
 */
export function sessionFieldProblem(
  field: SessionField,
  draft: SessionDraft,
  { today, original }: { today: string; original?: SessionDraft | undefined },
): PlainMessageKey | null {
  const value = draft[field].trim()
  switch (field) {
    case 'site':
    case 'room':
    case 'invigilatorNames':
      return value === '' ? 'field.required' : null
    case 'description':
      return null
    case 'date': {
      if (value === '') return 'field.required'
      const date = parseDayMonthYear(value)
      if (!date) return 'session.problem.date'
      const unchanged = original !== undefined && date === parseDayMonthYear(original.date)
      return date < today && !unchanged ? 'session.problem.datePast' : null
    }
    case 'startTime':
      if (value === '') return 'field.required'
      return parseTimeOfDay(value) ? null : 'session.problem.time'
  }
}

export function sessionInputOf(draft: SessionDraft): SessionInput {
  return {
    site: draft.site.trim(),
    room: draft.room.trim(),
    date: parseDayMonthYear(draft.date) ?? draft.date.trim(),
    startTime: parseTimeOfDay(draft.startTime) ?? draft.startTime.trim(),
    invigilatorNames: draft.invigilatorNames.trim(),
    description: draft.description.trim(),
    extensionRequired: draft.extensionRequired,
  }
}

/** The fields that changed; null when none did. */
export function sessionPatchOf(original: SessionDraft, draft: SessionDraft): SessionPatch | null {
  const patch = changedFields(sessionInputOf(original), sessionInputOf(draft))
  return Object.keys(patch).length > 0 ? patch : null
}
