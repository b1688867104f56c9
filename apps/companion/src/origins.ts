/** Where the extension answers: Vigie on this computer, plus the origins given at build time. */
const LOCAL_ORIGINS = ['http://localhost', 'http://127.0.0.1']

/**
 * `VIGIE_COMPANION_ORIGINS` (comma-separated, e.g. `https://vigie.example.org`) → match patterns.
 * A pattern names a scheme and a host and matches every port of it (Firefox allows no port in a
 * pattern; Chromium matches all ports when none is given).
 */
export function matchPatterns(configured: string | undefined): string[] {
  const extra = (configured ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
  const patterns = [...LOCAL_ORIGINS, ...extra].map((origin) => {
    let url: URL
    try {
      url = new URL(origin)
    } catch {
      throw new Error(
        `VIGIE_COMPANION_ORIGINS: "${origin}" is not an origin such as https://vigie.example.org.`,
      )
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`VIGIE_COMPANION_ORIGINS: "${origin}" must start with https:// (or http://).`)
    }
    if (url.pathname !== '/' || url.search || url.hash || url.username) {
      throw new Error(
        `VIGIE_COMPANION_ORIGINS: "${origin}" must be an origin alone (scheme and host), such as https://${url.host}.`,
      )
    }
    return `${url.protocol}//${url.hostname}/*`
  })
  return [...new Set(patterns)]
}
