import type { InvigilatedCandidate } from '@vigie/contract'
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { useT } from '../i18n'
import { chime } from './chime'
import { displayName } from './format'
import { openSignalements } from './room'

const STORAGE_KEY = 'vigie.invigilator.chime'

function stored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on'
  } catch {
    return false
  }
}

/**
 * Tells the invigilator about each new signalement: always in words for screen readers (a polite
 * announcement), and with a sound and a vibration if they turned it on (off by default, remembered
 * on this device). Reports already open when the page loads are not news.
 */
export function useSignalementAlerts(candidates: readonly InvigilatedCandidate[] | undefined) {
  const t = useT()
  const [chimeOn, setChimeOn] = useState(stored)
  const [announcement, setAnnouncement] = useState('')
  const known = useRef<Set<string> | null>(null)

  const tell = useEffectEvent((fresh: InvigilatedCandidate[]) => {
    if (chimeOn) chime()
    setAnnouncement(
      fresh
        .map((c) =>
          t('invigilator.signalement.announce', {
            name: displayName(c),
            number: c.test?.signalement?.questionNumber ?? 0,
          }),
        )
        .join(' '),
    )
  })

  useEffect(() => {
    if (!candidates) return
    const previous = known.current
    known.current = openSignalements(candidates)
    if (!previous) return
    const fresh = candidates.filter((c) => c.test?.signalement && !previous.has(c.test.signalement.id))
    if (fresh.length > 0) tell(fresh)
  }, [candidates])

  const toggleChime = (on: boolean) => {
    setChimeOn(on)
    try {
      localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off')
    } catch {
      // Private browsing: the choice lasts until the page is closed.
    }
    // This press is the user gesture that lets later beeps sound; playing one says what to expect.
    if (on) chime()
  }

  return { chimeOn, toggleChime, announcement }
}
