/** The two manifests of the same code: they differ only where the browsers do (README, "Builds"). */
export type Target = 'chromium' | 'firefox'

export function manifest(
  target: Target,
  { version, matches, geckoId }: { version: string; matches: string[]; geckoId: string },
) {
  const common = {
    manifest_version: 3,
    name: '__MSG_name__',
    description: '__MSG_description__',
    default_locale: 'fr',
    version,
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_start', all_frames: false }],
  }
  if (target === 'firefox') {
    // Firefox runs the content script in open tabs when the extension is enabled: no background.
    return {
      ...common,
      browser_specific_settings: { gecko: { id: geckoId, strict_min_version: '128.0' } },
    }
  }
  return {
    ...common,
    minimum_chrome_version: '110',
    // To put the content script into Vigie tabs already open when the extension is turned on.
    background: { service_worker: 'background.js' },
    permissions: ['scripting'],
    host_permissions: matches,
  }
}
