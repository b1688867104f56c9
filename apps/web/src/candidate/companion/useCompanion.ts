import { useEffect, useRef, useState } from 'react'
import { type CompanionMonitor, type CompanionState, createCompanionMonitor } from './monitor'
import { windowTransport } from './window-transport'

/** Before the test two missed pings tell the candidate (about a second); during the test, three in a row. */
export const GRACE_BEFORE_TEST = 2
export const GRACE_DURING_TEST = 3

/**
 * Watches the Companion extension while `active`; `null` when not watching (the session does not
 * require it). `onGap` runs once per gap (see the monitor). The monitor is returned for the test's
 * announcements.
 */
export function useCompanion({
  active,
  graceMisses,
  onGap,
}: {
  active: boolean
  graceMisses: number
  onGap?: () => void
}): { state: CompanionState | null; monitor: CompanionMonitor | null } {
  const [state, setState] = useState<CompanionState>('checking')
  const [monitor, setMonitor] = useState<CompanionMonitor | null>(null)
  // The latest callback, without restarting the monitor each render.
  const gap = useRef(onGap)
  gap.current = onGap
  useEffect(() => {
    if (!active) return
    const created = createCompanionMonitor({
      transport: windowTransport,
      graceMisses,
      onState: setState,
      onGap: () => gap.current?.(),
    })
    created.start()
    setMonitor(created)
    return () => {
      created.stop()
      setMonitor(null)
      setState('checking')
    }
  }, [active, graceMisses])
  return { state: active ? state : null, monitor }
}
