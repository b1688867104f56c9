import { describe, expect, it } from 'vitest'
import { readDecision, reportNotice } from './notice'

describe('readDecision', () => {
  it('reads the decision and the question of a signalement.decided event', () => {
    expect(
      readDecision({ candidateId: 'c', signalementId: 's', decision: 'refused', questionNumber: 5 }),
    ).toEqual({ decision: 'refused', questionNumber: 5 })
    expect(readDecision({ decision: 'validated', questionNumber: 1 })).toEqual({
      decision: 'validated',
      questionNumber: 1,
    })
  })
  it('ignores what is not a decision', () => {
    expect(readDecision(null)).toBeNull()
    expect(readDecision('validated')).toBeNull()
    expect(readDecision({ decision: 'maybe', questionNumber: 5 })).toBeNull()
    expect(readDecision({ decision: 'refused', questionNumber: '5' })).toBeNull()
    expect(readDecision({ decision: 'refused', questionNumber: 5.5 })).toBeNull()
  })
})

describe('reportNotice', () => {
  const refused = { decision: 'refused', questionNumber: 5 } as const
  const validated = { decision: 'validated', questionNumber: 5 } as const

  it('shows the pause while the report is open, whatever was decided before', () => {
    expect(reportNotice({ pausedFor: 'signalement', questionNumber: 5 }, null)).toBe('paused')
    expect(reportNotice({ pausedFor: 'signalement', questionNumber: 5 }, refused)).toBe('paused')
  })
  it('shows the decision once the test is no longer paused, on the reported question number', () => {
    expect(reportNotice({ pausedFor: null, questionNumber: 5 }, refused)).toBe('refused')
    expect(reportNotice({ pausedFor: null, questionNumber: 5 }, validated)).toBe('validated')
  })
  it('forgets the decision once the candidate has moved on', () => {
    expect(reportNotice({ pausedFor: null, questionNumber: 6 }, refused)).toBeNull()
    expect(reportNotice({ pausedFor: null, questionNumber: 5 }, null)).toBeNull()
  })
  it('leaves the extension pause to its own screen', () => {
    expect(reportNotice({ pausedFor: 'extension', questionNumber: 5 }, refused)).toBeNull()
  })
})
