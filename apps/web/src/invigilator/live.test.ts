import { QueryClient } from '@tanstack/react-query'
import type { InvigilatedCandidate, LiveEvent } from '@vigie/contract'
import { describe, expect, it } from 'vitest'
import { invigilationKeys } from './api'
import { roomEventHandlers } from './live'

const SESSION = 's1'
const candidatesKey = invigilationKeys.candidates(SESSION)
const journalKey = invigilationKeys.journal(SESSION)

const row: InvigilatedCandidate = {
  id: 'c1',
  lastName: 'DURAND',
  firstName: 'Simon',
  birthdate: '1995-05-14',
  complementaryCertification: null,
  extraTimePercentage: 0,
  joined: true,
  presenceConfirmed: true,
  presenceValidUntil: null,
  started: true,
  status: 'in_progress',
  test: {
    status: 'started',
    startedAt: '2026-11-25T08:00:00.000Z',
    theoreticalEndAt: '2026-11-25T09:45:00.000Z',
    endedAt: null,
    answered: 1,
    totalQuestions: 32,
    lastSeenAt: '2026-11-25T08:05:00.000Z',
    signalement: null,
    extensionMissingSince: null,
    resumeAuthorisedUntil: null,
  },
}

const event = (type: string, data: unknown): LiveEvent => ({
  topic: `session:${SESSION}`,
  seq: 1,
  type,
  at: '2026-11-25T08:06:00.000Z',
  data,
})
const answered = event('test.answered', {
  candidateId: 'c1',
  questionNumber: 2,
  answered: 2,
  lastSeenAt: '2026-11-25T08:06:00.000Z',
})

function dashboard() {
  const queryClient = new QueryClient()
  queryClient.setQueryData(candidatesKey, [row])
  queryClient.setQueryData(journalKey, [])
  const handlers = roomEventHandlers(queryClient, SESSION)
  const invalidated = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated ?? false
  return { queryClient, handlers, invalidated }
}

describe("the dashboard's room events", () => {
  it('an answer moves its row on from the event, reading nothing', () => {
    const { queryClient, handlers, invalidated } = dashboard()
    handlers['test.answered']?.(answered)
    expect(queryClient.getQueryData<InvigilatedCandidate[]>(candidatesKey)?.[0]?.test).toMatchObject({
      answered: 2,
      lastSeenAt: '2026-11-25T08:06:00.000Z',
    })
    expect(invalidated(candidatesKey)).toBe(false)
    expect(invalidated(journalKey)).toBe(false)
  })

  it('an event that changes a status reads the candidates again, and the journal only with a journal line', () => {
    const started = dashboard()
    started.handlers['test.started']?.(event('test.started', { candidateId: 'c1' }))
    expect(started.invalidated(candidatesKey)).toBe(true)
    expect(started.invalidated(journalKey)).toBe(false)

    const decided = dashboard()
    decided.handlers['signalement.decided']?.(event('signalement.decided', { candidateId: 'c1' }))
    expect(decided.invalidated(candidatesKey)).toBe(true)
    expect(decided.invalidated(journalKey)).toBe(true)
  })

  it('an answer during a read of the room, or for a row it cannot update, reads the room again', async () => {
    const reading = dashboard()
    let answer: (rows: InvigilatedCandidate[]) => void = () => {}
    const read = reading.queryClient.fetchQuery({
      queryKey: candidatesKey,
      queryFn: () => new Promise<InvigilatedCandidate[]>((resolve) => (answer = resolve)),
      staleTime: 0,
    })
    reading.handlers['test.answered']?.(answered)
    expect(reading.invalidated(candidatesKey)).toBe(true)
    answer([row])
    await read.catch(() => {})

    const unknown = dashboard()
    unknown.handlers['test.answered']?.({
      ...answered,
      data: { ...(answered.data as object), candidateId: 'c9' },
    })
    expect(unknown.invalidated(candidatesKey)).toBe(true)
  })
})
