import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { DomainError } from '../http/errors'
import {
  type BuiltCompanion,
  COMPANION_PACKAGES,
  type CompanionPackage,
  type InstallLocale,
  renderInstallPage,
} from './companion-install-page'

/** Where `npm run build -w @vigie/companion` writes the packages, beside this server's sources. */
const DEFAULT_COMPANION_DIST = new URL('../../../companion/dist', import.meta.url).pathname

/** What is built, read at each request: building the extension again needs no restart. */
function readBuilt(dist: string): BuiltCompanion | null {
  const manifest = join(dist, 'chromium', 'manifest.json')
  if (!existsSync(manifest)) return null
  const { version, content_scripts } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    version: string
    content_scripts?: Array<{ matches?: string[] }>
  }
  const packages: BuiltCompanion['packages'] = {}
  for (const file of COMPANION_PACKAGES) {
    const path = join(dist, file)
    if (existsSync(path)) packages[file] = statSync(path).size
  }
  return { version, matches: content_scripts?.flatMap((script) => script.matches ?? []) ?? [], packages }
}

/** French unless the person asked for English (`?lang=en`, or a browser that prefers it). */
function localeOf(query: InstallLocale | undefined, acceptLanguage: string | undefined): InstallLocale {
  if (query) return query
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'fr'
}

/**
 * `/extension`: the Companion install page, public (a candidate may prepare their computer before
 * the session), and the two packages it offers.
 */
export function companionDownloadRoutes({
  dist = DEFAULT_COMPANION_DIST,
  publicUrl,
}: {
  dist?: string | undefined
  publicUrl: string
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/extension',
      {
        schema: {
          querystring: Type.Object({
            lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
          }),
        },
      },
      async (request, reply) => {
        const locale = localeOf(request.query.lang, request.headers['accept-language'])
        return reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-cache')
          .header('vary', 'accept-language')
          .send(renderInstallPage({ locale, built: readBuilt(dist), publicUrl }))
      },
    )

    app.get(
      '/extension/:file',
      {
        schema: {
          params: Type.Object({ file: Type.Union(COMPANION_PACKAGES.map((file) => Type.Literal(file))) }),
        },
      },
      async (request, reply) => {
        const file: CompanionPackage = request.params.file
        const path = join(dist, file)
        if (!existsSync(path)) {
          throw new DomainError(
            'not_found',
            `${file} has not been built on this server: run \`npm run build\`, then download it again.`,
          )
        }
        return reply
          .type('application/zip')
          .header('content-disposition', `attachment; filename="${file}"`)
          .header('cache-control', 'no-cache')
          .send(readFileSync(path))
      },
    )
  }
}
