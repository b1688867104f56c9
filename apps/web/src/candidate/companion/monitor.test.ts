import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PageMessage } from '../../../../companion/src/protocol'
import { createResponder } from '../../../../companion/src/responder'
import { type CompanionState, type CompanionTransport, createCompanionMonitor } from './monitor'

/**
 * The page's side against the extension's real responder, over a transport whose extension can be
 * switched off or slowed down. Timers are fake: one ping a second, 100 ms to answer.
 */
function room() {
  const responder = createResponder('1.0.0')
  const sent: PageMessage[] = []
  const extension = { on: true, delayMs: 5 }
  let deliver: ((data: unknown) => void) | null = null
  const transport: CompanionTransport = {
    send(message) {
      sent.push(message)
      if (!extension.on) return
      const answer = responder.answer(message)
      setTimeout(() => deliver?.(answer), extension.delayMs)
    },
    listen(onData) {
      deliver = onData
      return () => {
        deliver = null
      }
    },
  }
  const states: CompanionState[] = []
  const onGap = vi.fn()
  let counter = 0
  const monitor = createCompanionMonitor({
    transport,
    graceMisses: 3,
    onState: (state) => states.push(state),
    onGap,
    nonce: () => `n${++counter}`,
  })
  return { monitor, extension, states, onGap, sent, listening: () => deliver !== null }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the companion monitor', () => {
  it('finds the extension at the first answer and pings about every second', () => {
    const { monitor, states, sent } = room()
    monitor.start()
    expect(monitor.state).toBe('checking')
    vi.advanceTimersByTime(10)
    expect(monitor.state).toBe('present')
    vi.advanceTimersByTime(5_000)
    expect(sent.filter((m) => m.type === 'ping')).toHaveLength(6)
    expect(states).toEqual(['present'])
  })

  it('raises nothing for one slow tick, nor for two', () => {
    const { monitor, extension, states, onGap } = room()
    monitor.start()
    vi.advanceTimersByTime(1_000)
    extension.delayMs = 150
    vi.advanceTimersByTime(2_000) // two pings answered too late
    extension.delayMs = 5
    vi.advanceTimersByTime(5_000)
    expect(states).toEqual(['present'])
    expect(onGap).not.toHaveBeenCalled()
  })

  it('counts it missing after the grace period, with one alert for the whole gap', () => {
    const { monitor, extension, states, onGap } = room()
    monitor.start()
    vi.advanceTimersByTime(1_000)
    extension.on = false
    vi.advanceTimersByTime(2_000)
    expect(monitor.state).toBe('present')
    // The third ping in a row goes unanswered at 4 s: missing 100 ms later.
    vi.advanceTimersByTime(1_050)
    expect(monitor.state).toBe('present')
    vi.advanceTimersByTime(100)
    expect(monitor.state).toBe('missing')
    expect(onGap).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(60_000)
    expect(onGap).toHaveBeenCalledTimes(1)
    expect(states).toEqual(['present', 'missing'])
  })

  it('never finding the extension is a gap too', () => {
    const { monitor, extension, onGap } = room()
    extension.on = false
    monitor.start()
    vi.advanceTimersByTime(2_500)
    expect(monitor.state).toBe('missing')
    expect(onGap).toHaveBeenCalledTimes(1)
  })

  it('sees the extension come back, and a second gap raises a second alert', () => {
    const { monitor, extension, states, onGap } = room()
    monitor.start()
    extension.on = false
    vi.advanceTimersByTime(5_000)
    extension.on = true
    vi.advanceTimersByTime(1_050)
    expect(monitor.state).toBe('present')
    extension.on = false
    vi.advanceTimersByTime(5_000)
    expect(states).toEqual(['present', 'missing', 'present', 'missing'])
    expect(onGap).toHaveBeenCalledTimes(2)
  })

  it('raises a new alert when an invigilator confirms an extension that is still missing, and none when it is back', () => {
    const { monitor, extension, onGap } = room()
    monitor.start()
    extension.on = false
    vi.advanceTimersByTime(5_000)
    monitor.extensionConfirmed()
    expect(onGap).toHaveBeenCalledTimes(2)
    extension.on = true
    vi.advanceTimersByTime(1_050)
    monitor.extensionConfirmed()
    expect(onGap).toHaveBeenCalledTimes(2)
  })

  it('announces the test, again when the extension comes back, and its end', () => {
    const { monitor, extension, sent } = room()
    monitor.start()
    monitor.testStarted('test-1')
    vi.advanceTimersByTime(3_000)
    expect(sent.filter((m) => m.type === 'test-started')).toHaveLength(1)
    extension.on = false
    vi.advanceTimersByTime(5_000)
    extension.on = true
    vi.advanceTimersByTime(3_000)
    expect(sent.filter((m) => m.type === 'test-started')).toHaveLength(2)
    monitor.testEnded('test-1')
    expect(sent.at(-1)).toMatchObject({ type: 'test-ended', testId: 'test-1' })
  })

  it('ignores answers to another nonce and stops entirely', () => {
    const { monitor, states, sent, listening } = room()
    monitor.start()
    vi.advanceTimersByTime(10)
    monitor.stop()
    expect(listening()).toBe(false)
    const count = sent.length
    vi.advanceTimersByTime(10_000)
    expect(sent).toHaveLength(count)
    expect(states).toEqual(['present'])
  })
})
