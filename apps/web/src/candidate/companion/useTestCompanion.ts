import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TestView } from '@vigie/contract'
import { useEffect, useRef } from 'react'
import { NetworkError } from '../../api'
import { type Attempt, candidateApi, candidateKeys } from '../api'
import { announceEnd, type CompanionState } from './monitor'
import { GRACE_DURING_TEST, useCompanion } from './useCompanion'
import { windowTransport } from './window-transport'

/**
 * The Companion during the test, when the session requires it: watched while the test runs, one
 * alert raised per gap (which pauses the test for the invigilators), the test's start and end
 * announced to the extension. Returns what the page must show; `null` when not required.
 */
export function useTestCompanion({
  testId,
  attempt,
  test,
  required,
}: {
  testId: string
  attempt: Attempt
  test: TestView | undefined
  required: boolean
}): CompanionState | null {
  const queryClient = useQueryClient()
  const running = test?.status === 'started'
  const alert = useMutation({
    mutationFn: () => candidateApi.companionAlert(testId, attempt.token),
    // Raising the same gap twice is harmless: keep trying through a network failure.
    retry: (count, error) => error instanceof NetworkError && count < 20,
    retryDelay: (count) => Math.min(1000 * 2 ** count, 15_000),
    onSuccess: (view) => queryClient.setQueryData(candidateKeys.test(testId), view),
    // Ended, replaced by another browser…: the test itself says what to show.
    onError: () => void queryClient.invalidateQueries({ queryKey: candidateKeys.test(testId) }),
  })
  const { state, monitor } = useCompanion({
    active: required && running,
    graceMisses: GRACE_DURING_TEST,
    onGap: () => alert.mutate(),
  })

  useEffect(() => {
    monitor?.testStarted(testId)
  }, [monitor, testId])

  const wasRunning = useRef(false)
  useEffect(() => {
    if (running) wasRunning.current = true
    else if (wasRunning.current && required) {
      wasRunning.current = false
      announceEnd(windowTransport, testId)
    }
  }, [running, required, testId])

  // The invigilator's "Confirmer la présence de l'extension" lifted the pause.
  const pausedForExtension = test?.pausedFor === 'extension'
  const wasPaused = useRef(pausedForExtension)
  useEffect(() => {
    if (wasPaused.current && !pausedForExtension) monitor?.extensionConfirmed()
    wasPaused.current = pausedForExtension
  }, [pausedForExtension, monitor])

  return state
}
