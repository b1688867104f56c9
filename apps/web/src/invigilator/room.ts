/** What the dashboard derives from the room and the time: who needs the invigilator, in what order. */
import type { InvigilatedCandidate, RoomStatus, RoomTest } from '@vigie/contract'

/** A page silent this long shows "Déconnecté depuis N min" (the server's DISCONNECTED_AFTER_MS). */
export const DISCONNECTED_AFTER_MS = 60_000

const MINUTE = 60_000

/** Why a row needs the invigilator now, most pressing first; `null` when it does not. */
export type Attention = 'signalement' | 'extension' | 'disconnected' | 'overtime'

const rank: Record<Attention, number> = { signalement: 0, extension: 1, disconnected: 2, overtime: 3 }

const running = (test: RoomTest | null): test is RoomTest => test?.status === 'started'

/** Whole minutes since the candidate's page was last connected, once that is over a minute. */
export function disconnectedMinutes(test: RoomTest | null, now: number): number | null {
  if (!running(test)) return null
  const silent = now - Date.parse(test.lastSeenAt)
  return silent > DISCONNECTED_AFTER_MS ? Math.floor(silent / MINUTE) : null
}

/** Whole minutes past the theoretical end (at least 1) while the test is still running. */
export function overtimeMinutes(test: RoomTest | null, now: number): number | null {
  if (!running(test)) return null
  const over = now - Date.parse(test.theoreticalEndAt)
  return over > 0 ? Math.max(1, Math.floor(over / MINUTE)) : null
}

export function attentionOf(candidate: InvigilatedCandidate, now: number): Attention | null {
  const { test, status } = candidate
  if (status === 'signalement') return 'signalement'
  if (status === 'extension') return 'extension'
  // Once a resume is authorised the invigilator has done their part: the candidate is expected back.
  if (status !== 'resume_authorised' && disconnectedMinutes(test, now) !== null) return 'disconnected'
  if (overtimeMinutes(test, now) !== null) return 'overtime'
  return null
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })

/** Rows that need the invigilator first (most pressing first), then everyone by birth name and first name. */
export function orderForInvigilator(
  candidates: readonly InvigilatedCandidate[],
  now: number,
): InvigilatedCandidate[] {
  return candidates
    .map((candidate) => {
      const attention = attentionOf(candidate, now)
      return { candidate, rank: attention ? rank[attention] : Number.POSITIVE_INFINITY }
    })
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        collator.compare(a.candidate.lastName, b.candidate.lastName) ||
        collator.compare(a.candidate.firstName, b.candidate.firstName),
    )
    .map(({ candidate }) => candidate)
}

/** The statuses of a candidate whose test has started. */
export type TestRoomStatus = Exclude<RoomStatus, 'not_started'>

/** The order of the counts above the list: the statuses in the guide's order. */
const COUNTED: readonly TestRoomStatus[] = [
  'in_progress',
  'signalement',
  'extension',
  'resume_authorised',
  'ended',
]

/** How many candidates are in each status that a test has reached (statuses nobody is in left out). */
export function statusCounts(candidates: readonly InvigilatedCandidate[]): Array<[TestRoomStatus, number]> {
  const counts = new Map<RoomStatus, number>()
  for (const { status } of candidates) counts.set(status, (counts.get(status) ?? 0) + 1)
  return COUNTED.flatMap((status) => {
    const count = counts.get(status) ?? 0
    return count > 0 ? [[status, count] as [TestRoomStatus, number]] : []
  })
}

/** The open signalements' ids: a new one among them rings the alert. */
export const openSignalements = (candidates: readonly InvigilatedCandidate[]): Set<string> =>
  new Set(candidates.flatMap((c) => (c.test?.signalement ? [c.test.signalement.id] : [])))

/** Whether some test is running: only then does the time alone change the rows (disconnection, overtime). */
export const someRunning = (candidates: readonly InvigilatedCandidate[] | undefined): boolean =>
  candidates?.some((c) => running(c.test)) ?? false
