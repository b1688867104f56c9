/**
 * What the Vigie candidate page and the Companion extension say to each other (README, "Protocol"):
 * `window.postMessage` on the page's own origin, one answer per page message, matched by its nonce.
 * Imported by the extension and by the web app, so that both sides speak the same version.
 */

/** Every message of the protocol carries it: other `postMessage` traffic on the page is ignored. */
export const CHANNEL = 'vigie-companion'
/** Raised when a message changes meaning; each side ignores messages of another version. */
export const PROTOCOL_VERSION = 1
/** The page asks about every second… */
export const PING_INTERVAL_MS = 1000
/** …and counts a ping as missed when no answer came within this time. */
export const ANSWER_WITHIN_MS = 100

interface Envelope {
  channel: typeof CHANNEL
  protocol: typeof PROTOCOL_VERSION
  /** Fresh for each page message; the answer repeats it. */
  nonce: string
}

export type PageMessage = Envelope & { from: 'page' } & (
    | { type: 'ping' }
    /** The test has started on this page (sent again when the extension comes back). */
    | { type: 'test-started'; testId: string }
    /** The test is over on this page. */
    | { type: 'test-ended'; testId: string }
  )

export type ExtensionMessage = Envelope & {
  from: 'extension'
  type: 'answer'
  /** The type of the page message answered. */
  to: PageMessage['type']
  /** The extension's own version (its manifest's). */
  version: string
  /** The test the page last announced as started, until it announced its end. */
  testId: string | null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

const isEnvelope = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) &&
  value.channel === CHANNEL &&
  value.protocol === PROTOCOL_VERSION &&
  typeof value.nonce === 'string' &&
  value.nonce.length > 0 &&
  value.nonce.length <= 64

/** A page message of this version, or null for anything else posted on the window. */
export function readPageMessage(data: unknown): PageMessage | null {
  if (!isEnvelope(data) || data.from !== 'page') return null
  const nonce = data.nonce as string
  const base = { channel: CHANNEL, protocol: PROTOCOL_VERSION, from: 'page', nonce } as const
  if (data.type === 'ping') return { ...base, type: 'ping' }
  if ((data.type === 'test-started' || data.type === 'test-ended') && typeof data.testId === 'string') {
    return { ...base, type: data.type, testId: data.testId.slice(0, 100) }
  }
  return null
}

/** An extension answer of this version, or null for anything else posted on the window. */
export function readExtensionMessage(data: unknown): ExtensionMessage | null {
  if (!isEnvelope(data) || data.from !== 'extension' || data.type !== 'answer') return null
  if (data.to !== 'ping' && data.to !== 'test-started' && data.to !== 'test-ended') return null
  return {
    channel: CHANNEL,
    protocol: PROTOCOL_VERSION,
    from: 'extension',
    type: 'answer',
    nonce: data.nonce as string,
    to: data.to,
    version: typeof data.version === 'string' ? data.version : '',
    testId: typeof data.testId === 'string' ? data.testId : null,
  }
}
