/**
 * Calendar dates and wall-clock times in a centre's IANA time zone, with the platform's Intl
 * data: instants are stored in UTC and shown in the centre's zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall-clock reading of an instant in a zone. */
export function wallClock(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  )
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    seconds: Number(parts.second),
  }
}

function offsetMs(instant: number, timeZone: string): number {
  const { date, time, seconds } = wallClock(new Date(instant), timeZone)
  const asUtc = Date.parse(`${date}T${time}:${String(seconds).padStart(2, '0')}Z`)
  return asUtc - Math.floor(instant / 1000) * 1000
}

/**
 * The instant at which a zone's clocks read `date` `time`. In the hour skipped when clocks go
 * forward, the time is read with the offset before the change; in the hour repeated when they
 * go back, the first occurrence is taken.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`)
  const day = 24 * 3600_000
  // A zone changes its offset at most once around a given day: try the offsets of the day before and after.
  const candidates = [offsetMs(naive - day, timeZone), offsetMs(naive + day, timeZone)].map(
    (offset) => naive - offset,
  )
  const exact = candidates.filter((instant) => {
    const reading = wallClock(new Date(instant), timeZone)
    return reading.date === date && reading.time === time
  })
  return new Date(exact.length > 0 ? Math.min(...exact) : (candidates[0] as number))
}

export const isValidTimeZone = (timeZone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/** Whether `YYYY-MM-DD` names a day that exists. */
export function isRealDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const day = new Date(Date.UTC(y, m - 1, d))
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d
}
