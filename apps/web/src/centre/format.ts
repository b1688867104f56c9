/**
 * Dates and small rules of the Espace centre, pure (no React, no clock unless given).
 * Session dates and times arrive as the centre's wall clock (`date` YYYY-MM-DD, `startTime`
 * HH:MM, already in `Session.timeZone`): they are shown as they are, never converted to the
 * browser's time zone.
 */
import type { SessionStatus, SessionSummary } from '@vigie/contract'
import type { I18n, PlainMessageKey } from '../i18n'
import type { TagTone } from '../ui'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar date (YYYY-MM-DD) as midnight UTC, to format with `timeZone: 'UTC'`. */
export function calendarDate(iso: string): Date | null {
  const match = ISO_DATE.exec(iso)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null
  return date
}

/** Whether `iso` is YYYY-MM-DD naming a day that exists. */
export const isCalendarDate = (iso: string) => calendarDate(iso) !== null

type Formatter = Pick<I18n, 'formatDate'>

/** "mardi 1 décembre 2026" (French), "Tuesday 1 December 2026" (English). */
export function formatLongDate(i18n: Formatter, iso: string): string {
  const date = calendarDate(iso)
  if (!date) return iso
  return i18n.formatDate(date, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/** "23/09/1954": a birth date as the guide writes it. */
export function formatShortDate(i18n: Formatter, iso: string): string {
  const date = calendarDate(iso)
  if (!date) return iso
  return i18n.formatDate(date, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
}

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone` (the centre's "today"). */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now)
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
    return `${part('year')}-${part('month')}-${part('day')}`
  } catch {
    return todayIn(undefined, now)
  }
}

export const statusLabel: Record<SessionStatus, PlainMessageKey> = {
  created: 'session.status.created',
  in_progress: 'session.status.in_progress',
  finalised: 'session.status.finalised',
}

export const statusTone: Record<SessionStatus, TagTone> = {
  created: 'neutral',
  in_progress: 'info',
  finalised: 'success',
}

/**
 * Sessions split as the server orders them: those starting from yesterday on (upcoming, soonest
 * first) and older ones (latest first). The order within each group is kept.
 */
export function splitSessions<T extends Pick<SessionSummary, 'startsAt'>>(
  sessions: readonly T[],
  now: Date = new Date(),
): { upcoming: T[]; past: T[] } {
  const threshold = now.getTime() - 24 * 3600_000
  const upcoming: T[] = []
  const past: T[] = []
  for (const session of sessions) {
    const start = Date.parse(session.startsAt)
    if (Number.isNaN(start) || start >= threshold) upcoming.push(session)
    else past.push(session)
  }
  return { upcoming, past }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The media type to send a candidate file with, from its name (the server checks the content). */
export function fileContentType(fileName: string): string {
  const name = fileName.toLowerCase()
  if (name.endsWith('.csv')) return 'text/csv'
  if (name.endsWith('.xlsx')) return XLSX
  return 'application/octet-stream'
}

/** The fields of `next` whose value differs from `current` (what a PATCH should send). */
export function changedFields<T extends object>(current: T, next: T): Partial<T> {
  const changes: Partial<T> = {}
  for (const key of Object.keys(next) as Array<keyof T>) {
    if (next[key] !== current[key]) changes[key] = next[key]
  }
  return changes
}

/** A plausible e-mail address (the server's rule: something@domain.tld, no spaces). */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text.trim())
}

/** "B12" → "Salle B12"; a room already named "Salle …" (or "Room …") is kept as it is. */
export function roomLabel(room: string, prefix: string): string {
  const start = prefix.trim().toLowerCase()
  return room.trim().toLowerCase().startsWith(start) ? room : `${prefix.trim()} ${room}`
}

/**
 * A date typed as the French write it, JJ/MM/AAAA (also with `-`, `.` or spaces between, or as
 * 8 digits), into YYYY-MM-DD; null when it is not a day that exists. The app's own format rather
 * than the browser's date input, whose format follows the browser's language, not the app's.
 */
export function parseDayMonthYear(text: string): string | null {
  const trimmed = text.trim()
  const match =
    /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed)
  if (!match) return null
  const iso = `${match[3]}-${match[2]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}`
  return calendarDate(iso) ? iso : null
}

/** YYYY-MM-DD → JJ/MM/AAAA (what the date fields show). */
export function writeDayMonthYear(iso: string): string {
  const match = ISO_DATE.exec(iso)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso
}

/** A time typed as 14:00, 14h00, 14h, 14 h 30, 9:05 or 1400 → HH:MM (24 h); null otherwise. */
export function parseTimeOfDay(text: string): string | null {
  const match =
    /^(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?$/.exec(text.trim()) ?? /^(\d{2})(\d{2})$/.exec(text.trim())
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
