import { CHANNEL, type ExtensionMessage, PROTOCOL_VERSION, readPageMessage } from './protocol'

/**
 * The extension's side of the protocol, without the browser: answers each page message and keeps
 * the test the page announced. One responder per page (each tab has its own content script).
 */
export function createResponder(version: string) {
  let testId: string | null = null
  return {
    answer(data: unknown): ExtensionMessage | null {
      const message = readPageMessage(data)
      if (!message) return null
      if (message.type === 'test-started') testId = message.testId
      if (message.type === 'test-ended' && message.testId === testId) testId = null
      return {
        channel: CHANNEL,
        protocol: PROTOCOL_VERSION,
        from: 'extension',
        type: 'answer',
        to: message.type,
        nonce: message.nonce,
        version,
        testId,
      }
    },
  }
}
