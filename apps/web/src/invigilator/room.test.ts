import type { InvigilatedCandidate, RoomTest } from '@vigie/contract'
import { describe, expect, it } from 'vitest'
import {
  attentionOf,
  disconnectedMinutes,
  openSignalements,
  orderForInvigilator,
  overtimeMinutes,
  someRunning,
  statusCounts,
} from './room'

const NOW = Date.parse('2025-06-12T15:00:00Z')
const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString()

const test = (overrides: Partial<RoomTest> = {}): RoomTest => ({
  status: 'started',
  startedAt: ago(30),
  theoreticalEndAt: ago(-75),
  endedAt: null,
  answered: 5,
  totalQuestions: 32,
  lastSeenAt: ago(0),
  signalement: null,
  extensionMissingSince: null,
  resumeAuthorisedUntil: null,
  ...overrides,
})

const candidate = (
  lastName: string,
  firstName: string,
  overrides: Partial<InvigilatedCandidate> = {},
): InvigilatedCandidate => ({
  id: `${lastName}-${firstName}`,
  lastName,
  firstName,
  birthdate: '2000-01-01',
  complementaryCertification: null,
  extraTimePercentage: 0,
  joined: true,
  presenceConfirmed: false,
  presenceValidUntil: null,
  started: false,
  status: 'not_started',
  test: null,
  ...overrides,
})

const running = (lastName: string, firstName: string, t: Partial<RoomTest> = {}, status = 'in_progress') =>
  candidate(lastName, firstName, {
    started: true,
    presenceConfirmed: true,
    status: status as InvigilatedCandidate['status'],
    test: test(t),
  })

const signalement = { id: 's1', questionNumber: 4, reportedAt: ago(1), categories: ['E11' as const] }

describe('disconnectedMinutes', () => {
  it('counts a silence of over a minute, in whole minutes', () => {
    expect(disconnectedMinutes(test({ lastSeenAt: ago(0.5) }), NOW)).toBeNull()
    expect(disconnectedMinutes(test({ lastSeenAt: ago(1) }), NOW)).toBeNull()
    expect(disconnectedMinutes(test({ lastSeenAt: ago(1.1) }), NOW)).toBe(1)
    expect(disconnectedMinutes(test({ lastSeenAt: ago(12.9) }), NOW)).toBe(12)
  })
  it('says nothing once the test has ended, or before it starts', () => {
    expect(disconnectedMinutes(test({ status: 'completed', lastSeenAt: ago(30) }), NOW)).toBeNull()
    expect(disconnectedMinutes(null, NOW)).toBeNull()
  })
})

describe('overtimeMinutes', () => {
  it('flags a running test past its theoretical end, from the first second as 1 min', () => {
    expect(overtimeMinutes(test({ theoreticalEndAt: ago(-1) }), NOW)).toBeNull()
    expect(overtimeMinutes(test({ theoreticalEndAt: ago(0.1) }), NOW)).toBe(1)
    expect(overtimeMinutes(test({ theoreticalEndAt: ago(12.5) }), NOW)).toBe(12)
  })
  it('never flags an ended test', () => {
    expect(
      overtimeMinutes(test({ status: 'ended_by_invigilator', theoreticalEndAt: ago(20) }), NOW),
    ).toBeNull()
  })
})

describe('attentionOf', () => {
  it('takes the most pressing reason', () => {
    const reported = running(
      'A',
      'a',
      { signalement, lastSeenAt: ago(5), theoreticalEndAt: ago(5) },
      'signalement',
    )
    expect(attentionOf(reported, NOW)).toBe('signalement')
    expect(attentionOf(running('A', 'a', { extensionMissingSince: ago(1) }, 'extension'), NOW)).toBe(
      'extension',
    )
    expect(attentionOf(running('A', 'a', { lastSeenAt: ago(5), theoreticalEndAt: ago(5) }), NOW)).toBe(
      'disconnected',
    )
    expect(attentionOf(running('A', 'a', { theoreticalEndAt: ago(5) }), NOW)).toBe('overtime')
    expect(attentionOf(running('A', 'a'), NOW)).toBeNull()
    expect(attentionOf(candidate('A', 'a'), NOW)).toBeNull()
  })
  it('does not call for the invigilator again once a resume is authorised', () => {
    const authorised = running(
      'A',
      'a',
      { lastSeenAt: ago(5), resumeAuthorisedUntil: ago(-10) },
      'resume_authorised',
    )
    expect(attentionOf(authorised, NOW)).toBeNull()
  })
})

describe('orderForInvigilator', () => {
  it('puts who needs the invigilator first, most pressing first, then everyone by name', () => {
    const list = [
      candidate('ABADI', 'Ismaël'),
      running('DURAND', 'Simon', { theoreticalEndAt: ago(3) }),
      candidate('LAMOUR', 'Marie', { started: true, status: 'ended', test: test({ status: 'completed' }) }),
      running('PECK', 'Charlie', { lastSeenAt: ago(4) }),
      running('YASIN', 'Sam', { signalement }, 'signalement'),
      running('MOREAU', 'Léa', { extensionMissingSince: ago(2) }, 'extension'),
      running('DELARUE', 'Sophie'),
      running('Dupont', 'Cécile', { signalement: { ...signalement, id: 's2' } }, 'signalement'),
    ]
    expect(orderForInvigilator(list, NOW).map((c) => c.lastName)).toEqual([
      'Dupont',
      'YASIN',
      'MOREAU',
      'PECK',
      'DURAND',
      'ABADI',
      'DELARUE',
      'LAMOUR',
    ])
  })
  it('sorts names without regard to case or accents, then by first name', () => {
    const list = [
      candidate('Éluard', 'Paul'),
      candidate('ELUARD', 'Anne'),
      candidate('eluard', 'Zoé'),
      candidate('Durand', 'Simon'),
    ]
    expect(orderForInvigilator(list, NOW).map((c) => c.firstName)).toEqual(['Simon', 'Anne', 'Paul', 'Zoé'])
  })
  it('leaves its input alone', () => {
    const list = [candidate('B', 'b'), candidate('A', 'a')]
    orderForInvigilator(list, NOW)
    expect(list.map((c) => c.lastName)).toEqual(['B', 'A'])
  })
})

describe('statusCounts', () => {
  it('counts the statuses a test has reached, in the guide’s order, leaving out empty ones', () => {
    const list = [
      candidate('A', 'a'),
      running('B', 'b'),
      running('C', 'c'),
      running('D', 'd', { signalement }, 'signalement'),
      candidate('E', 'e', { started: true, status: 'ended', test: test({ status: 'completed' }) }),
    ]
    expect(statusCounts(list)).toEqual([
      ['in_progress', 2],
      ['signalement', 1],
      ['ended', 1],
    ])
    expect(statusCounts([candidate('A', 'a')])).toEqual([])
  })
})

describe('openSignalements and someRunning', () => {
  it('read the room', () => {
    const list = [running('A', 'a', { signalement }, 'signalement'), candidate('B', 'b')]
    expect([...openSignalements(list)]).toEqual(['s1'])
    expect(someRunning(list)).toBe(true)
    expect(someRunning([candidate('B', 'b')])).toBe(false)
    expect(someRunning(undefined)).toBe(false)
  })
})
