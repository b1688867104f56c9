/**
 * The page `/extension`: the Companion packages and how to install them, in French (first) or
 * English. Plain HTML from the server, readable before signing in and without the web app's code.
 */

export type InstallLocale = 'fr' | 'en'

export interface BuiltCompanion {
  version: string
  /** The manifest's match patterns, e.g. `http://localhost/*`. */
  matches: string[]
  /** File name → size in bytes, for the packages that exist. */
  packages: Partial<Record<CompanionPackage, number>>
}

export const COMPANION_PACKAGES = ['vigie-companion-chromium.zip', 'vigie-companion-firefox.zip'] as const
export type CompanionPackage = (typeof COMPANION_PACKAGES)[number]

const text = {
  fr: {
    title: 'Installer l’extension de certification Vigie Companion',
    other: { label: 'English', href: '/extension?lang=en', lang: 'en' },
    intro: [
      'Quand votre session l’exige, l’extension Vigie Companion doit être installée et activée dans le navigateur où vous passez le test. La page du test vérifie sa présence toutes les secondes ; si elle ne répond plus, le test est mis en pause jusqu’à ce que votre surveillant confirme qu’elle est revenue.',
      'Elle ne fait rien d’autre : elle ne fonctionne que sur les pages de Vigie, ne lit aucune autre page et ne demande aucun autre accès.',
    ],
    notBuilt:
      'Les paquets de l’extension ne sont pas encore disponibles sur ce serveur. Administrateur : exécutez « npm run build », puis redémarrez Vigie.',
    otherOrigin: (origin: string) =>
      `Ces paquets ne répondent pas sur ${origin}, l’adresse de ce serveur. Administrateur : reconstruisez-les avec VIGIE_COMPANION_ORIGINS=${origin} (voir apps/companion/README.md).`,
    download: (name: string, size: string) => `Télécharger ${name} (${size})`,
    chromium: {
      title: 'Google Chrome, Microsoft Edge et autres navigateurs Chromium',
      steps: [
        'Téléchargez le paquet ci-dessous, puis décompressez-le (« Extraire tout ») dans un dossier que vous garderez : le navigateur l’utilise tant que l’extension est installée.',
        'Dans la barre d’adresse, ouvrez chrome://extensions (Chrome) ou edge://extensions (Edge).',
        'Activez le « Mode développeur » (en haut à droite dans Chrome, dans le menu de gauche dans Edge).',
        'Cliquez sur « Charger l’extension non empaquetée » et choisissez le dossier décompressé, celui qui contient le fichier manifest.json. Dans les versions récentes de Chrome, vous pouvez aussi glisser le fichier zip sur la page des extensions.',
        'Vérifiez que « Vigie Companion » apparaît et que son interrupteur est activé, puis revenez sur la page de Vigie : elle détecte l’extension d’elle-même, sans être rechargée.',
      ],
    },
    firefox: {
      title: 'Mozilla Firefox (version 128 ou plus récente)',
      steps: [
        'Téléchargez le paquet ci-dessous (sans le décompresser).',
        'Dans la barre d’adresse, ouvrez about:debugging#/runtime/this-firefox.',
        'Cliquez sur « Charger un module complémentaire temporaire… » et choisissez le fichier zip téléchargé.',
        'Revenez sur la page de Vigie : elle détecte l’extension d’elle-même. Si Firefox demande l’accès au site, autorisez-le.',
      ],
      note: 'Un module temporaire est retiré à la fermeture de Firefox : il faut le charger de nouveau à chaque démarrage. Pour une installation durable, le centre fait signer le paquet par Mozilla (addons.mozilla.org, distribution non listée) et installe le fichier .xpi signé obtenu.',
    },
    help: 'En cas de difficulté, prévenez votre surveillant : il peut vous aider à installer ou réactiver l’extension.',
    version: (version: string, origins: string) => `Version ${version} · répond sur ${origins}`,
  },
  en: {
    title: 'Install the Vigie Companion certification extension',
    other: { label: 'Français', href: '/extension', lang: 'fr' },
    intro: [
      'When your session requires it, the Vigie Companion extension must be installed and turned on in the browser where you take the test. The test page checks that it is there every second; if it stops answering, the test is paused until your invigilator confirms it is back.',
      'It does nothing else: it works only on Vigie’s pages, reads no other page and asks for no other access.',
    ],
    notBuilt:
      'The extension packages are not available on this server yet. Administrator: run “npm run build”, then restart Vigie.',
    otherOrigin: (origin: string) =>
      `These packages do not answer on ${origin}, this server’s address. Administrator: build them again with VIGIE_COMPANION_ORIGINS=${origin} (see apps/companion/README.md).`,
    download: (name: string, size: string) => `Download ${name} (${size})`,
    chromium: {
      title: 'Google Chrome, Microsoft Edge and other Chromium browsers',
      steps: [
        'Download the package below, then unzip it (“Extract all”) into a folder you keep: the browser uses it for as long as the extension is installed.',
        'In the address bar, open chrome://extensions (Chrome) or edge://extensions (Edge).',
        'Turn on “Developer mode” (top right in Chrome, in the left-hand menu in Edge).',
        'Click “Load unpacked” and choose the unzipped folder, the one holding manifest.json. Recent versions of Chrome also let you drag the zip file onto the extensions page.',
        'Check that “Vigie Companion” is listed and switched on, then go back to the Vigie page: it detects the extension by itself, without a reload.',
      ],
    },
    firefox: {
      title: 'Mozilla Firefox (version 128 or later)',
      steps: [
        'Download the package below (do not unzip it).',
        'In the address bar, open about:debugging#/runtime/this-firefox.',
        'Click “Load Temporary Add-on…” and choose the downloaded zip file.',
        'Go back to the Vigie page: it detects the extension by itself. If Firefox asks for access to the site, allow it.',
      ],
      note: 'A temporary add-on is removed when Firefox closes: load it again after each start. For a lasting installation, the centre has the package signed by Mozilla (addons.mozilla.org, unlisted distribution) and installs the signed .xpi file it gets back.',
    },
    help: 'If you have trouble, tell your invigilator: they can help you install the extension or turn it back on.',
    version: (version: string, origins: string) => `Version ${version} · answers on ${origins}`,
  },
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

const kilobytes = (bytes: number, locale: InstallLocale) =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024)} ${locale === 'fr' ? 'Ko' : 'KB'}`

/** `http://localhost/*` → `http://localhost`: what a person recognises as an address. */
const originOf = (pattern: string) => pattern.replace(/\/\*$/, '')

/** Whether a match pattern (any port of its host) covers an origin. */
function answersOn(matches: string[], origin: string): boolean {
  const url = new URL(origin)
  return matches.some((pattern) => originOf(pattern) === `${url.protocol}//${url.hostname}`)
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: #1d2433; background: #f5f6fa; }
body { margin: 0; }
header { background: #1f2a5c; color: #fff; padding: 12px 16px; }
.bar { max-width: 46rem; margin: 0 auto; display: flex; justify-content: space-between; align-items: center; gap: 12px; flex-wrap: wrap; }
header a { color: #fff; }
.brand { font-weight: 700; font-size: 1.125rem; }
main { max-width: 46rem; margin: 0 auto; padding: 24px 16px 48px; }
h1 { font-size: 1.625rem; line-height: 1.25; margin: 0 0 16px; }
h2 { font-size: 1.25rem; margin: 0 0 12px; }
section { background: #fff; border: 1px solid #d5d9e4; border-radius: 8px; padding: 20px; margin: 24px 0; }
ol { padding-left: 1.5rem; margin: 0 0 16px; }
li { margin: 8px 0; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; background: #eef0f6; padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
a { color: #1f44b8; overflow-wrap: anywhere; }
a:focus-visible { outline: 3px solid #1f44b8; outline-offset: 2px; }
header a:focus-visible { outline-color: #fff; }
.download { display: inline-block; background: #1f44b8; color: #fff; font-weight: 600; text-decoration: none; padding: 10px 16px; border-radius: 6px; }
.download:hover { background: #16348f; }
.notice { border-left: 4px solid #b35c00; background: #fff4e5; padding: 12px 16px; border-radius: 4px; }
.note, .version { color: #4a5168; font-size: 0.9375rem; }
`

/** Addresses typed by people (`chrome://…`, `about:…`) shown as code. */
const withCode = (step: string) =>
  escapeHtml(step).replace(
    /((?:chrome|edge):\/\/extensions|about:debugging#\/runtime\/this-firefox|manifest\.json)/g,
    '<code>$1</code>',
  )

export function renderInstallPage({
  locale,
  built,
  publicUrl,
}: {
  locale: InstallLocale
  built: BuiltCompanion | null
  publicUrl: string
}): string {
  const t = text[locale]
  const section = (id: string, part: typeof t.chromium | typeof t.firefox, file: CompanionPackage) => {
    const size = built?.packages[file]
    const link =
      size === undefined
        ? ''
        : `<p><a class="download" href="/extension/${file}" download>${escapeHtml(t.download(file, kilobytes(size, locale)))}</a></p>`
    const note = 'note' in part ? `<p class="note">${escapeHtml(part.note)}</p>` : ''
    return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(part.title)}</h2><ol>${part.steps
      .map((step) => `<li>${withCode(step)}</li>`)
      .join('')}</ol>${link}${note}</section>`
  }
  const notices: string[] = []
  if (!built) notices.push(t.notBuilt)
  else if (!answersOn(built.matches, publicUrl)) notices.push(t.otherOrigin(new URL(publicUrl).origin))
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)} – Vigie</title>
<style>${STYLE}</style>
</head>
<body>
<header><div class="bar"><span class="brand">Vigie</span><a href="${t.other.href}" lang="${t.other.lang}" hreflang="${t.other.lang}">${t.other.label}</a></div></header>
<main>
<h1>${escapeHtml(t.title)}</h1>
${t.intro.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${notices.map((n) => `<p class="notice" role="status">${escapeHtml(n)}</p>`).join('\n')}
${section('chromium', t.chromium, 'vigie-companion-chromium.zip')}
${section('firefox', t.firefox, 'vigie-companion-firefox.zip')}
<p>${escapeHtml(t.help)}</p>
${built ? `<p class="version">${escapeHtml(t.version(built.version, built.matches.map(originOf).join(', ')))}</p>` : ''}
</main>
</body>
</html>
`
}
