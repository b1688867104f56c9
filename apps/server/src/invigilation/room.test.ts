import type { RoomTest } from '@vigie/contract'
import { describe, expect, it } from 'vitest'
import { roomStatus } from './room'

const running: RoomTest = {
  status: 'started',
  startedAt: '2026-11-25T16:01:00.000Z',
  theoreticalEndAt: '2026-11-25T17:46:00.000Z',
  endedAt: null,
  answered: 3,
  totalQuestions: 32,
  lastSeenAt: '2026-11-25T16:10:00.000Z',
  signalement: null,
  extensionMissingSince: null,
  resumeAuthorisedUntil: null,
}
const signalement = { id: 's', questionNumber: 4, reportedAt: '2026-11-25T16:11:00.000Z', categories: [] }

describe('a candidate status in the room', () => {
  it('is the most pressing of what applies', () => {
    expect(roomStatus(null)).toBe('not_started')
    expect(roomStatus(running)).toBe('in_progress')
    expect(roomStatus({ ...running, resumeAuthorisedUntil: '2026-11-25T16:30:00.000Z' })).toBe(
      'resume_authorised',
    )
    expect(
      roomStatus({
        ...running,
        extensionMissingSince: '2026-11-25T16:12:00.000Z',
        resumeAuthorisedUntil: '2026-11-25T16:30:00.000Z',
      }),
    ).toBe('extension')
    expect(roomStatus({ ...running, signalement, extensionMissingSince: '2026-11-25T16:12:00.000Z' })).toBe(
      'signalement',
    )
    expect(roomStatus({ ...running, status: 'ended_by_invigilator', signalement })).toBe('ended')
  })
})
