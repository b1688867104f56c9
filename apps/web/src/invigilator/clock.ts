import { useEffect, useState } from 'react'

/** How far ahead of this device the server's clock is, once measured (ms). */
let offset = 0
let measuring: Promise<void> | null = null

/**
 * Reads the server's clock from a response's `Date` header. "Déconnecté depuis N min" and overtime
 * compare server times with now: a device whose clock is off by a minute would otherwise flag every
 * candidate. The header is to the second; half the round trip is the best guess of when it was written.
 */
function measure(): Promise<void> {
  measuring ??= (async () => {
    try {
      const sent = Date.now()
      const response = await fetch('/api/health', { cache: 'no-store', credentials: 'same-origin' })
      const received = Date.now()
      const date = Date.parse(response.headers.get('date') ?? '')
      if (Number.isFinite(date)) offset = date + 500 - (sent + received) / 2
    } catch {
      // The device's clock then: better than nothing, and the next page load tries again.
      measuring = null
    }
  })()
  return measuring
}

/** The server's current time as best known here, refreshed every `everyMs` so that time alone changes what shows. */
export function useServerNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now() + offset)
  useEffect(() => {
    let live = true
    void measure().then(() => {
      if (live) setNow(Date.now() + offset)
    })
    const timer = setInterval(() => setNow(Date.now() + offset), everyMs)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [everyMs])
  return now
}
