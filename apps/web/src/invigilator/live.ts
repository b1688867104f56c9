import type { QueryClient } from '@tanstack/react-query'
import type { InvigilatedCandidate, LiveEvent } from '@vigie/contract'
import {
  JOURNAL_EVENT_TYPES,
  ROOM_EVENT_TYPES,
  ROW_EVENT_TYPES,
  withRowEvent,
} from '@vigie/contract/room-events'
import type { LiveHandlers } from '../api'
import { invigilationKeys } from './api'

const rowEvents: ReadonlySet<string> = new Set(ROW_EVENT_TYPES)
const journalEvents: ReadonlySet<string> = new Set(JOURNAL_EVENT_TYPES)

/**
 * What the dashboard does with each event of its room. An answer comes every few seconds per
 * room: its row is updated from the event, without reading the room. The events that change a
 * status read the candidates again, and the journal when they come with a line of it. A read in
 * flight may predate the event: it is restarted rather than the row updated under it.
 */
export function roomEventHandlers(queryClient: QueryClient, sessionId: string): LiveHandlers {
  const candidatesKey = invigilationKeys.candidates(sessionId)
  const readRoom = (type: string) => {
    void queryClient.invalidateQueries({ queryKey: candidatesKey })
    if (journalEvents.has(type))
      void queryClient.invalidateQueries({ queryKey: invigilationKeys.journal(sessionId) })
  }
  const updateRow = (event: LiveEvent) => {
    const rows = queryClient.getQueryData<InvigilatedCandidate[]>(candidatesKey)
    const updated =
      rows && queryClient.isFetching({ queryKey: candidatesKey }) === 0 && withRowEvent(rows, event)
    if (updated) queryClient.setQueryData(candidatesKey, updated)
    else readRoom(event.type)
  }
  return Object.fromEntries(
    ROOM_EVENT_TYPES.map((type) => [type, rowEvents.has(type) ? updateRow : () => readRoom(type)]),
  )
}
