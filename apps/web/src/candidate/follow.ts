import { useQueryClient } from '@tanstack/react-query'
import { candidateTopic } from '@vigie/contract'
import { useMemo, useState } from 'react'
import { type LiveHandlers, type LiveStatus, useLiveEvents } from '../api'
import { candidateKeys } from './api'
import { type Decision, readDecision } from './notice'

/** What an invigilator does to a running test, as it reaches the candidate's topic. */
const testEvents = ['signalement.decided', 'test.ended', 'test.completed', 'extension.confirmed'] as const

/**
 * Follows the candidate's own topic while the test runs, so that the invigilator's decisions
 * reach the page without a reload; the stream being open is also how the invigilators know the
 * candidate is connected. Each event refetches the test (the server's view is the truth); a
 * report's decision is also kept, to tell the candidate what happened to it.
 */
export function useTestFollow(
  testId: string,
  candidateId: string,
  enabled: boolean,
): { status: LiveStatus; decision: Decision | null } {
  const queryClient = useQueryClient()
  const [decision, setDecision] = useState<Decision | null>(null)
  const handlers = useMemo<LiveHandlers>(() => {
    const refetch = () => void queryClient.invalidateQueries({ queryKey: candidateKeys.test(testId) })
    return Object.fromEntries(
      testEvents.map((type) => [
        type,
        (event) => {
          if (type === 'signalement.decided') setDecision(readDecision(event.data))
          refetch()
        },
      ]),
    )
  }, [queryClient, testId])
  const { status } = useLiveEvents(candidateId ? candidateTopic(candidateId) : null, handlers, {
    enabled,
    // Events missed while the stream was down may not all be replayed: the test says where it is.
    onResume: () => void queryClient.invalidateQueries({ queryKey: candidateKeys.test(testId) }),
  })
  return { status, decision }
}
