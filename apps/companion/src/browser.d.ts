/**
 * The few extension APIs the Companion uses (`chrome.*`, which Firefox also provides), declared
 * here rather than pulling in a whole typings package.
 */
declare namespace chrome {
  namespace runtime {
    /** Undefined once the extension is disabled, removed or reloaded under a running content script. */
    const id: string | undefined
    function getManifest(): {
      version: string
      content_scripts?: Array<{ matches?: string[] }>
    }
  }
  namespace tabs {
    interface Tab {
      id?: number
    }
    function query(filter: { url: string[] }): Promise<Tab[]>
  }
  namespace scripting {
    function executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>
  }
}
