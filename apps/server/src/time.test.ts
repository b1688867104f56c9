import { describe, expect, it } from 'vitest'
import { isRealDate, wallClock, zonedToInstant } from './time'

describe('zoned times', () => {
  it('reads a Paris winter and summer time as UTC+1 and UTC+2', () => {
    expect(zonedToInstant('2026-12-01', '14:00', 'Europe/Paris').toISOString()).toBe(
      '2026-12-01T13:00:00.000Z',
    )
    expect(zonedToInstant('2026-06-01', '14:00', 'Europe/Paris').toISOString()).toBe(
      '2026-06-01T12:00:00.000Z',
    )
  })

  it('handles zones west of UTC and overseas France', () => {
    expect(zonedToInstant('2026-12-01', '08:30', 'America/Cayenne').toISOString()).toBe(
      '2026-12-01T11:30:00.000Z',
    )
    expect(zonedToInstant('2026-12-01', '08:30', 'Pacific/Noumea').toISOString()).toBe(
      '2026-11-30T21:30:00.000Z',
    )
  })

  it('takes the first occurrence of a repeated hour and a sensible instant for a skipped one', () => {
    expect(zonedToInstant('2026-10-25', '02:30', 'Europe/Paris').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    )
    expect(wallClock(zonedToInstant('2026-03-29', '02:30', 'Europe/Paris'), 'Europe/Paris').time).toMatch(
      /^0[13]:30$/,
    )
  })

  it('round-trips through the wall clock', () => {
    const instant = zonedToInstant('2026-11-25', '17:01', 'Europe/Paris')
    expect(wallClock(instant, 'Europe/Paris')).toMatchObject({ date: '2026-11-25', time: '17:01' })
  })

  it('knows which dates exist', () => {
    expect(isRealDate('2024-02-29')).toBe(true)
    expect(isRealDate('2025-02-29')).toBe(false)
    expect(isRealDate('2001-02-31')).toBe(false)
    expect(isRealDate('2001-13-01')).toBe(false)
    expect(isRealDate('01/02/2001')).toBe(false)
  })
})
