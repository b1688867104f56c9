import { describe, expect, it } from 'vitest'
import { type SessionDraft, sessionFieldProblem, sessionInputOf, sessionPatchOf } from './sessionForm'

const draft: SessionDraft = {
  site: ' Pôle Certif - Université ',
  room: 'B12',
  date: '01/12/2026',
  startTime: '14:00',
  invigilatorNames: 'Alex Bernard',
  description: '',
  extensionRequired: true,
}

describe('session form', () => {
  it('refuses a new session in the past, but keeps an existing one on its date', () => {
    const today = '2026-12-02'
    expect(sessionFieldProblem('date', draft, { today })).toBe('session.problem.datePast')
    expect(sessionFieldProblem('date', draft, { today, original: draft })).toBeNull()
    expect(sessionFieldProblem('date', { ...draft, date: '2/12/2026' }, { today })).toBeNull()
    expect(sessionFieldProblem('date', { ...draft, date: '30/02/2026' }, { today: '2026-01-01' })).toBe(
      'session.problem.date',
    )
  })

  it('needs every field but the description', () => {
    const empty = {
      site: ' ',
      room: '',
      date: '',
      startTime: '',
      invigilatorNames: '',
      description: '',
      extensionRequired: true,
    }
    for (const field of ['site', 'room', 'date', 'startTime', 'invigilatorNames'] as const)
      expect(sessionFieldProblem(field, empty, { today: '2026-01-01' })).toBe('field.required')
    expect(sessionFieldProblem('description', empty, { today: '2026-01-01' })).toBeNull()
    expect(sessionFieldProblem('startTime', { ...draft, startTime: '25:00' }, { today: '2026-01-01' })).toBe(
      'session.problem.time',
    )
  })

  it('trims values, writes the date and time as the API wants, and patches only what changed', () => {
    expect(sessionInputOf({ ...draft, startTime: '9h05' })).toMatchObject({
      site: 'Pôle Certif - Université',
      date: '2026-12-01',
      startTime: '09:05',
    })
    expect(sessionPatchOf(draft, { ...draft, date: '1/12/2026', startTime: '14h' })).toBeNull()
    expect(sessionPatchOf(draft, { ...draft, site: 'Pôle Certif - Université' })).toBeNull()
    expect(sessionPatchOf(draft, { ...draft, room: 'B14' })).toEqual({ room: 'B14' })
  })

  it('requires the browser extension unless the centre unticks it, and sends the change alone', () => {
    expect(sessionInputOf(draft).extensionRequired).toBe(true)
    expect(sessionInputOf({ ...draft, extensionRequired: false }).extensionRequired).toBe(false)
    expect(sessionPatchOf(draft, { ...draft, extensionRequired: false })).toEqual({
      extensionRequired: false,
    })
  })
})
