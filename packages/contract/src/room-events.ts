// No schema here: the web app imports this file alone (`@vigie/contract/room-events`), without TypeBox.

/** The events on `session:<id>` that change the room as the dashboard shows it. */
export const ROOM_EVENT_TYPES = [
  'candidate.joined',
  'candidate.presence_confirmed',
  'candidate.presence_cancelled',
  'candidate.resume_authorised',
  'test.started',
  'test.resumed',
  'test.answered',
  'test.completed',
  'test.ended',
  'signalement.reported',
  'signalement.decided',
  'extension.missing',
  'extension.confirmed',
  'candidate.connected',
  'candidate.disconnected',
] as const
