/**
 * Chromium only. Chromium runs a manifest's content scripts in pages loaded after the extension
 * was installed or enabled, never in tabs already open: a candidate who turns the extension back
 * on during the test would have to reload the page. So each time this worker starts (install,
 * enable, browser start), it puts the content script into the Vigie tabs already open; the script
 * replaces an older copy of itself. Firefox does this by itself and has no background script.
 */
async function answerInOpenTabs() {
  const patterns =
    chrome.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? []
  const tabs = await chrome.tabs.query({ url: patterns })
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return
      // A tab that is closing or showing an error page cannot take a script: nothing to answer there.
      await chrome.scripting
        .executeScript({ target: { tabId: tab.id }, files: ['content.js'] })
        .catch(() => {})
    }),
  )
}

void answerInOpenTabs()
