import { describe, expect, it } from 'vitest'
import { formatCountdown, formatDuration, parseBirthdate, testMinutes } from './api'

describe('parseBirthdate', () => {
  it('reads JJ/MM/AAAA (and its usual variants) as an ISO date', () => {
    expect(parseBirthdate('04/07/2001')).toBe('2001-07-04')
    expect(parseBirthdate(' 4/7/2001 ')).toBe('2001-07-04')
    expect(parseBirthdate('04.07.2001')).toBe('2001-07-04')
    expect(parseBirthdate('29/02/2004')).toBe('2004-02-29')
  })
  it('refuses what is not a real past date', () => {
    expect(parseBirthdate('31/02/2001')).toBeNull()
    expect(parseBirthdate('29/02/2001')).toBeNull()
    expect(parseBirthdate('2001-07-04')).toBeNull()
    expect(parseBirthdate('04/07/01')).toBeNull()
    expect(parseBirthdate('01/01/2999')).toBeNull()
    expect(parseBirthdate('')).toBeNull()
  })
})

describe('durations', () => {
  it('adds the extra time to 1 h 45', () => {
    expect(formatDuration(testMinutes(0))).toBe('1 h 45')
    expect(formatDuration(testMinutes(33))).toBe('2 h 20')
    expect(formatDuration(45)).toBe('45 min')
  })
  it('counts down in h:mm:ss, never below zero', () => {
    expect(formatCountdown(6_299_000)).toBe('1:44:59')
    expect(formatCountdown(-5000)).toBe('0:00:00')
  })
})
