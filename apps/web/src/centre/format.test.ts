import { describe, expect, it } from 'vitest'
import { allEn as en, allFr as fr } from '../i18n/all'
import { createI18n } from '../i18n/core'
import {
  calendarDate,
  changedFields,
  fileContentType,
  formatLongDate,
  formatShortDate,
  isEmailAddress,
  parseDayMonthYear,
  parseTimeOfDay,
  roomLabel,
  splitSessions,
  todayIn,
} from './format'

const french = createI18n('fr', fr)
const english = createI18n('en', en)

describe('session dates', () => {
  it('writes the day as the guide does, whatever the browser time zone', () => {
    expect(formatLongDate(french, '2026-12-01')).toBe('mardi 1 décembre 2026')
    expect(formatLongDate(english, '2026-12-01')).toMatch(/^Tuesday,? 1 December 2026$/)
    expect(formatShortDate(french, '1954-09-23')).toBe('23/09/1954')
  })

  it('refuses days that do not exist, and shows them unformatted', () => {
    expect(calendarDate('2001-02-31')).toBeNull()
    expect(calendarDate('2024-02-29')).not.toBeNull()
    expect(calendarDate('2023-02-29')).toBeNull()
    expect(calendarDate('01/02/2001')).toBeNull()
    expect(formatLongDate(french, 'demain')).toBe('demain')
  })

  it("gives the centre's today, not the browser's", () => {
    const lateEvening = new Date('2026-11-30T23:30:00Z')
    expect(todayIn('Europe/Paris', lateEvening)).toBe('2026-12-01')
    expect(todayIn('America/Cayenne', lateEvening)).toBe('2026-11-30')
    expect(todayIn('Not/AZone', lateEvening)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('typed dates and times', () => {
  it('reads JJ/MM/AAAA however it is separated, and only days that exist', () => {
    expect(parseDayMonthYear('04/07/2001')).toBe('2001-07-04')
    expect(parseDayMonthYear(' 4/7/2001 ')).toBe('2001-07-04')
    expect(parseDayMonthYear('04-07-2001')).toBe('2001-07-04')
    expect(parseDayMonthYear('04.07.2001')).toBe('2001-07-04')
    expect(parseDayMonthYear('04072001')).toBe('2001-07-04')
    expect(parseDayMonthYear('29/02/2024')).toBe('2024-02-29')
    expect(parseDayMonthYear('29/02/2023')).toBeNull()
    expect(parseDayMonthYear('2001-07-04')).toBeNull()
    expect(parseDayMonthYear('04/07/01')).toBeNull()
    expect(parseDayMonthYear('')).toBeNull()
  })

  it('reads times in 24 h, with : or h', () => {
    expect(parseTimeOfDay('14:00')).toBe('14:00')
    expect(parseTimeOfDay('14h00')).toBe('14:00')
    expect(parseTimeOfDay('14h')).toBe('14:00')
    expect(parseTimeOfDay('14 h 30')).toBe('14:30')
    expect(parseTimeOfDay('9:05')).toBe('09:05')
    expect(parseTimeOfDay('0930')).toBe('09:30')
    expect(parseTimeOfDay('24:00')).toBeNull()
    expect(parseTimeOfDay('12:60')).toBeNull()
    expect(parseTimeOfDay('2 PM')).toBeNull()
  })
})

describe('splitSessions', () => {
  it("keeps the server's order and puts sessions that started over a day ago in the past", () => {
    const now = new Date('2026-12-01T12:00:00Z')
    const sessions = [
      { id: 'today', startsAt: '2026-12-01T08:00:00Z' },
      { id: 'tomorrow', startsAt: '2026-12-02T08:00:00Z' },
      { id: 'yesterday-noon', startsAt: '2026-11-30T12:30:00Z' },
      { id: 'last-week', startsAt: '2026-11-24T08:00:00Z' },
    ]
    const { upcoming, past } = splitSessions(sessions, now)
    expect(upcoming.map((s) => s.id)).toEqual(['today', 'tomorrow', 'yesterday-noon'])
    expect(past.map((s) => s.id)).toEqual(['last-week'])
  })
})

describe('small rules', () => {
  it('names the media type of a candidate file from its name', () => {
    expect(fileContentType('candidats.CSV')).toBe('text/csv')
    expect(fileContentType('liste.xlsx')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(fileContentType('liste.xls')).toBe('application/octet-stream')
  })

  it('keeps only the changed fields', () => {
    expect(changedFields({ a: 1, b: 'x', c: null }, { a: 1, b: 'y', c: null })).toEqual({ b: 'y' })
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual({})
  })

  it('recognises e-mail addresses the server accepts', () => {
    expect(isEmailAddress('camille.martin@exemple.fr')).toBe(true)
    expect(isEmailAddress(' camille@exemple.fr ')).toBe(true)
    expect(isEmailAddress('camille@exemple')).toBe(false)
    expect(isEmailAddress('camille martin@exemple.fr')).toBe(false)
    expect(isEmailAddress('camille@@exemple.fr')).toBe(false)
  })

  it('prefixes the room unless it is already named so', () => {
    expect(roomLabel('B12', 'Salle')).toBe('Salle B12')
    expect(roomLabel('salle informatique 2', 'Salle')).toBe('salle informatique 2')
    expect(roomLabel('Room 4', 'Room')).toBe('Room 4')
  })
})
