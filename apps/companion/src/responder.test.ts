import { describe, expect, it } from 'vitest'
import { CHANNEL, PROTOCOL_VERSION } from './protocol'
import { createResponder } from './responder'

const page = (type: string, extra: Record<string, unknown> = {}) => ({
  channel: CHANNEL,
  protocol: PROTOCOL_VERSION,
  from: 'page',
  type,
  nonce: 'abc',
  ...extra,
})

describe('the extension’s answers', () => {
  it('answers a ping with its nonce and version', () => {
    expect(createResponder('1.2.3').answer(page('ping'))).toEqual({
      channel: CHANNEL,
      protocol: PROTOCOL_VERSION,
      from: 'extension',
      type: 'answer',
      to: 'ping',
      nonce: 'abc',
      version: '1.2.3',
      testId: null,
    })
  })

  it('keeps the announced test until its end', () => {
    const responder = createResponder('1.0.0')
    expect(responder.answer(page('test-started', { testId: 't1' }))?.testId).toBe('t1')
    expect(responder.answer(page('ping'))?.testId).toBe('t1')
    expect(responder.answer(page('test-ended', { testId: 'other' }))?.testId).toBe('t1')
    expect(responder.answer(page('test-ended', { testId: 't1' }))?.testId).toBeNull()
  })

  it('stays silent on anything else posted on the page, its own answers included', () => {
    const responder = createResponder('1.0.0')
    const answer = responder.answer(page('ping'))
    for (const data of [
      answer,
      null,
      'ping',
      { ...page('ping'), channel: 'other' },
      { ...page('ping'), protocol: 2 },
      { ...page('ping'), nonce: '' },
      { ...page('ping'), nonce: 'x'.repeat(65) },
      page('test-started'),
      page('reboot'),
    ]) {
      expect(responder.answer(data)).toBeNull()
    }
  })
})
