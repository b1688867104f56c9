/** How the Espace Surveillant writes people, dates and times. */
import type { InvigilatedCandidate } from '@vigie/contract'
import { useCallback } from 'react'
import { useI18n } from '../i18n'

type Person = Pick<InvigilatedCandidate, 'lastName' | 'firstName'>

/** Upper-case birth name, then first name: "DURAND Simon" (the list, sorted by birth name). */
export const displayName = (c: Person) => `${c.lastName.toLocaleUpperCase('fr-FR')} ${c.firstName}`

/** First name, then upper-case birth name: "Simon DURAND" (a sentence about the candidate). */
export const fullName = (c: Person) => `${c.firstName} ${c.lastName.toLocaleUpperCase('fr-FR')}`

/** "2006-03-14" → "14/03/2006", whatever the browser's language or time zone. */
export const formatBirthdate = (isoDate: string) => {
  const [year, month, day] = isoDate.slice(0, 10).split('-')
  return `${day}/${month}/${year}`
}

/**
 * "17:01" in the session's time zone: the room's clock, even when the invigilator's device is set
 * to another zone. An unknown zone falls back to the device's.
 */
export function useSessionTime(timeZone: string): (iso: string) => string {
  const { formatDate } = useI18n()
  return useCallback(
    (iso: string) => {
      try {
        return formatDate(iso, { hour: '2-digit', minute: '2-digit', timeZone })
      } catch {
        return formatDate(iso, { hour: '2-digit', minute: '2-digit' })
      }
    },
    [formatDate, timeZone],
  )
}
