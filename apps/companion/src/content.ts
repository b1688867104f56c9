import { createResponder } from './responder'

/**
 * The content script, injected only on Vigie's origins (the manifest's `matches`): answers the
 * candidate page's messages on the page's own origin.
 */

type Scope = typeof globalThis & { vigieCompanionStop?: () => void }
const scope = globalThis as Scope

/**
 * A disabled or removed extension can leave this script running in open tabs (Chromium does):
 * it must then fall silent, or the page would believe the extension is still there.
 */
function extensionAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id)
  } catch {
    return false
  }
}

// Injected again into an open tab (the extension re-enabled): the newer copy answers alone.
scope.vigieCompanionStop?.()

const responder = createResponder(chrome.runtime.getManifest().version)

function onMessage(event: MessageEvent) {
  if (event.source !== window || event.origin !== window.location.origin) return
  if (!extensionAlive()) {
    stop()
    return
  }
  const answer = responder.answer(event.data)
  if (answer) window.postMessage(answer, window.location.origin)
}

function stop() {
  window.removeEventListener('message', onMessage)
  if (scope.vigieCompanionStop === stop) scope.vigieCompanionStop = undefined
}

window.addEventListener('message', onMessage)
scope.vigieCompanionStop = stop
