import type { CompanionTransport } from './monitor'

/**
 * The protocol's carrier: `postMessage` on this page's own origin, which the extension's content
 * script shares. Messages from another origin or another window (an embedded question) are ignored.
 */
export const windowTransport: CompanionTransport = {
  send(message) {
    window.postMessage(message, window.location.origin)
  },
  listen(onData) {
    const onMessage = (event: MessageEvent) => {
      if (event.source === window && event.origin === window.location.origin) onData(event.data)
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  },
}
