import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { matchPatterns } from '../src/origins'
import { zip } from '../src/zip'
import { manifest, type Target } from './manifest'

/**
 * `npm run build -w @vigie/companion`: dist/chromium/ and dist/firefox/ (load them unpacked), and
 * dist/vigie-companion-<target>.zip (what Vigie's /extension page serves).
 * VIGIE_COMPANION_ORIGINS adds the production origins; VIGIE_COMPANION_GECKO_ID sets Firefox's id.
 */
const root = new URL('..', import.meta.url).pathname
const dist = join(root, 'dist')
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
const matches = matchPatterns(process.env.VIGIE_COMPANION_ORIGINS)
const geckoId = process.env.VIGIE_COMPANION_GECKO_ID ?? 'companion@vigie'

const locales = {
  fr: {
    name: 'Vigie Companion',
    description: 'Indique à la page de test Vigie que l’extension de certification est active.',
  },
  en: {
    name: 'Vigie Companion',
    description: 'Tells the Vigie test page that the certification extension is active.',
  },
}

async function bundle(entry: string, target: string): Promise<Buffer> {
  const result = await build({
    entryPoints: [join(root, 'src', entry)],
    bundle: true,
    // Content scripts and this service worker are classic scripts, not modules.
    format: 'iife',
    target,
    write: false,
    legalComments: 'none',
  })
  const [output] = result.outputFiles
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`)
  return Buffer.from(output.contents)
}

rmSync(dist, { recursive: true, force: true })
const modified = new Date()
for (const target of ['chromium', 'firefox'] as const satisfies Target[]) {
  const files: Array<{ name: string; data: Buffer }> = [
    {
      name: 'manifest.json',
      data: Buffer.from(`${JSON.stringify(manifest(target, { version, matches, geckoId }), null, 2)}\n`),
    },
    {
      name: 'content.js',
      data: await bundle('content.ts', target === 'chromium' ? 'chrome110' : 'firefox128'),
    },
    ...Object.entries(locales).map(([locale, text]) => ({
      name: `_locales/${locale}/messages.json`,
      data: Buffer.from(
        `${JSON.stringify({ name: { message: text.name }, description: { message: text.description } }, null, 2)}\n`,
      ),
    })),
  ]
  if (target === 'chromium')
    files.push({ name: 'background.js', data: await bundle('background.ts', 'chrome110') })
  for (const file of files) {
    const path = join(dist, target, file.name)
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, file.data)
  }
  writeFileSync(join(dist, `vigie-companion-${target}.zip`), zip(files, modified))
}
console.log(`Vigie Companion ${version} built in ${dist} (answers on ${matches.join(', ')})`)
