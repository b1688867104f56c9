import { describe, expect, it } from 'vitest'
import type { InvigilatedCandidate, RoomTest } from './invigilation'
import { withRowEvent } from './room-events'

const NOW = Date.parse('2026-11-25T09:00:00Z')
const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString()

const row = (id: string, test: Partial<RoomTest> | null): InvigilatedCandidate => ({
  id,
  lastName: id,
  firstName: 'A',
  birthdate: '2000-01-01',
  complementaryCertification: null,
  extraTimePercentage: 0,
  joined: true,
  presenceConfirmed: true,
  presenceValidUntil: null,
  started: test !== null,
  status: test === null ? 'not_started' : test.status === 'completed' ? 'ended' : 'in_progress',
  test: test && {
    status: 'started',
    startedAt: ago(30),
    theoreticalEndAt: ago(-75),
    endedAt: null,
    answered: 5,
    totalQuestions: 32,
    lastSeenAt: ago(2),
    signalement: null,
    extensionMissingSince: null,
    resumeAuthorisedUntil: null,
    ...test,
  },
})

const room = () => [row('DURAND', {}), row('ABADI', null), row('LAMOUR', { status: 'completed' })]
const answered = (candidateId: string, count: number, lastSeenAt: string) => ({
  type: 'test.answered',
  data: { candidateId, questionNumber: count, answered: count, lastSeenAt },
})

describe('withRowEvent', () => {
  it("moves an answer's row on: its progress and its last seen, nothing else", () => {
    const before = room()
    const after = withRowEvent(before, answered('DURAND', 6, ago(0)))
    expect(after?.[0]).toEqual({
      ...before[0],
      test: { ...before[0]?.test, answered: 6, lastSeenAt: ago(0) },
    })
    expect(after?.slice(1)).toEqual(before.slice(1))
    expect(before[0]?.test?.answered).toBe(5)
  })

  it('renews the last seen of a page that connects or leaves', () => {
    for (const type of ['candidate.connected', 'candidate.disconnected']) {
      const after = withRowEvent(room(), { type, data: { candidateId: 'DURAND', at: ago(0) } })
      expect(after?.[0]?.test).toMatchObject({ answered: 5, lastSeenAt: ago(0) })
    }
  })

  it('leaves a row read after the event as it is', () => {
    const before = room()
    expect(withRowEvent(before, answered('DURAND', 4, ago(3)))).toBe(before)
  })

  it('cannot say for an unknown row, a row without a running test, or an event that changes a status', () => {
    expect(withRowEvent(room(), answered('MOREAU', 1, ago(0)))).toBeNull()
    expect(withRowEvent(room(), answered('ABADI', 1, ago(0)))).toBeNull()
    expect(withRowEvent(room(), answered('LAMOUR', 6, ago(0)))).toBeNull()
    expect(withRowEvent(room(), { type: 'test.completed', data: { candidateId: 'DURAND' } })).toBeNull()
  })
})
