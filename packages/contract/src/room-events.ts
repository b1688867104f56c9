// No schema here: the web app imports this file alone (`@vigie/contract/room-events`), without TypeBox.
import type { LiveEvent } from './events'
import type { InvigilatedCandidate, RoomTest } from './invigilation'

/** The events on `session:<id>` that change the room as the dashboard shows it. */
export const ROOM_EVENT_TYPES = [
  'candidate.joined',
  'candidate.presence_confirmed',
  'candidate.presence_cancelled',
  'candidate.resume_authorised',
  'test.started',
  'test.resumed',
  'test.answered',
  'test.completed',
  'test.ended',
  'signalement.reported',
  'signalement.decided',
  'extension.missing',
  'extension.confirmed',
  'candidate.connected',
  'candidate.disconnected',
] as const

export type RoomEventType = (typeof ROOM_EVENT_TYPES)[number]

/**
 * `test.answered`: the candidate's row as it stands after the answer, so that a dashboard updates
 * the row from the event instead of reading the whole room again (one event per answer).
 */
export interface TestAnsweredData {
  candidateId: string
  /** The number of the question just answered. */
  questionNumber: number
  /** Questions answered that count, as the row's `test.answered`. */
  answered: number
  /** The row's `test.lastSeenAt`: the answer's time. */
  lastSeenAt: string
}

/** `candidate.connected` / `candidate.disconnected`: the page's stream opened or closed at `at`. */
export interface ConnectionData {
  candidateId: string
  /** The row's `test.lastSeenAt` from then on. */
  at: string
}

/**
 * The events a dashboard applies to the candidate's row itself: they change its progress and its
 * "last seen", never its status. Every other room event changes a status: the room is read again.
 */
export const ROW_EVENT_TYPES = ['test.answered', 'candidate.connected', 'candidate.disconnected'] as const

/** The room events that come with a line of the journal (an invigilator's action): the others leave it as it is. */
export const JOURNAL_EVENT_TYPES = [
  'candidate.presence_confirmed',
  'candidate.presence_cancelled',
  'candidate.resume_authorised',
  'test.ended',
  'signalement.decided',
  'extension.confirmed',
] as const satisfies readonly RoomEventType[]

/**
 * The room with one row brought up to date by a `ROW_EVENT_TYPES` event; `null` when the list
 * cannot say (no such row, or no test running on it): the room is then read again. An event
 * older than the row (the row was read after it) leaves the list as it is.
 */
export function withRowEvent(
  candidates: InvigilatedCandidate[],
  event: Pick<LiveEvent, 'type' | 'data'>,
): InvigilatedCandidate[] | null {
  let candidateId: string
  let patch: (test: RoomTest) => RoomTest
  if (event.type === 'test.answered') {
    const data = event.data as TestAnsweredData
    candidateId = data.candidateId
    patch = (test) => ({ ...test, answered: data.answered, lastSeenAt: data.lastSeenAt })
  } else if (event.type === 'candidate.connected' || event.type === 'candidate.disconnected') {
    const data = event.data as ConnectionData
    candidateId = data.candidateId
    patch = (test) => ({ ...test, lastSeenAt: data.at })
  } else return null
  const index = candidates.findIndex((c) => c.id === candidateId)
  const row = candidates[index]
  if (row?.test?.status !== 'started') return null
  const test = patch(row.test)
  if (Date.parse(test.lastSeenAt) < Date.parse(row.test.lastSeenAt)) return candidates
  const next = [...candidates]
  next[index] = { ...row, test }
  return next
}
