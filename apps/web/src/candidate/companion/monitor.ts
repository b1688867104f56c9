import {
  ANSWER_WITHIN_MS,
  CHANNEL,
  type PageMessage,
  PING_INTERVAL_MS,
  PROTOCOL_VERSION,
  readExtensionMessage,
} from '../../../../companion/src/protocol'

/** `checking` until the first answer or the end of the grace period. */
export type CompanionState = 'checking' | 'present' | 'missing'

/** How page messages reach the extension and its answers come back (the window, or a test double). */
export interface CompanionTransport {
  send(message: PageMessage): void
  /** Returns the function that stops listening. */
  listen(onData: (data: unknown) => void): () => void
}

export interface MonitorOptions {
  transport: CompanionTransport
  /** Pings missed in a row before the extension counts as missing: one slow tick raises nothing. */
  graceMisses: number
  onState: (state: CompanionState) => void
  /** Once per gap: the extension has just gone missing, or is still missing after an invigilator's confirmation. */
  onGap?: () => void
  intervalMs?: number
  answerWithinMs?: number
  nonce?: () => string
}

/** 16 random bytes in hex: `crypto.randomUUID` exists only on secure origins. */
function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

const pageEnvelope = (nonce: string) =>
  ({ channel: CHANNEL, protocol: PROTOCOL_VERSION, from: 'page', nonce }) as const

/** The test is over on this page: said once, whether or not the extension is listening. */
export function announceEnd(transport: CompanionTransport, testId: string, nonce = randomNonce) {
  transport.send({ ...pageEnvelope(nonce()), type: 'test-ended', testId })
}

/**
 * Pings the Companion extension every `intervalMs` and expects each answer within `answerWithinMs`.
 * After `graceMisses` misses in a row it is missing, and `onGap` runs once for that gap; one
 * answer makes it present again. A test announced as started is announced again each time the
 * extension comes back (a re-enabled extension starts with no memory of it).
 */
export function createCompanionMonitor({
  transport,
  graceMisses,
  onState,
  onGap,
  intervalMs = PING_INTERVAL_MS,
  answerWithinMs = ANSWER_WITHIN_MS,
  nonce = randomNonce,
}: MonitorOptions) {
  let state: CompanionState = 'checking'
  let misses = 0
  let awaited: string | null = null
  let deadline: ReturnType<typeof setTimeout> | undefined
  let next: ReturnType<typeof setTimeout> | undefined
  let unlisten: (() => void) | null = null
  let testId: string | null = null
  let testAcknowledged = false
  let announcement: string | null = null

  const setState = (value: CompanionState) => {
    if (value === state) return
    state = value
    onState(value)
  }

  const announceStart = () => {
    if (testId === null) return
    const message = { ...pageEnvelope(nonce()), type: 'test-started', testId } as const
    announcement = message.nonce
    transport.send(message)
  }

  const answered = () => {
    misses = 0
    setState('present')
    if (testId !== null && !testAcknowledged && announcement === null) announceStart()
  }

  const missed = () => {
    misses += 1
    if (misses < graceMisses || state === 'missing') return
    setState('missing')
    testAcknowledged = false
    announcement = null
    onGap?.()
  }

  const ping = () => {
    const message = { ...pageEnvelope(nonce()), type: 'ping' } as const
    awaited = message.nonce
    transport.send(message)
    deadline = setTimeout(() => {
      if (awaited !== message.nonce) return
      awaited = null
      missed()
    }, answerWithinMs)
    next = setTimeout(ping, intervalMs)
  }

  const receive = (data: unknown) => {
    const answer = readExtensionMessage(data)
    if (!answer) return
    if (answer.to === 'test-started' && answer.nonce === announcement) {
      announcement = null
      testAcknowledged = true
      return
    }
    if (answer.to !== 'ping' || answer.nonce !== awaited) return
    awaited = null
    clearTimeout(deadline)
    answered()
  }

  return {
    get state() {
      return state
    },
    start() {
      if (unlisten) return
      unlisten = transport.listen(receive)
      ping()
    },
    stop() {
      clearTimeout(deadline)
      clearTimeout(next)
      unlisten?.()
      unlisten = null
      awaited = null
    },
    /** The test runs on this page: tell the extension, now and whenever it comes back. */
    testStarted(id: string) {
      testId = id
      testAcknowledged = false
      announceStart()
    },
    testEnded(id: string) {
      if (testId === id) testId = null
      announceEnd(transport, id, nonce)
    },
    /**
     * An invigilator confirmed the extension (the test's pause lifted). If it is in fact still
     * missing, that is a new gap: it raises a new alert rather than leaving the page blocked unseen.
     */
    extensionConfirmed() {
      if (state === 'missing') onGap?.()
    },
  }
}

export type CompanionMonitor = ReturnType<typeof createCompanionMonitor>
