import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, type Vigie } from '../../src/app'
import type { Database } from '../../src/db/database'
import { capturingMailer, PUBLIC_URL, testClock } from '../support/app'
import { createTestDatabase } from '../support/database'

/** The install page and its packages, from a companion build folder laid out as the build writes it. */
let dist: string
let database: Database
let vigie: Vigie
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'vigie-companion-'))
  database = await createTestDatabase()
  vigie = await buildApp({
    database,
    logger: pino({ level: 'silent' }),
    clock: testClock(),
    mailer: capturingMailer(),
    publicUrl: PUBLIC_URL,
    secret: 'test-secret-that-is-long-enough-to-sign-cookies',
    webDist: '/nonexistent',
    companionDist: dist,
  })
  await vigie.app.ready()
})
afterAll(async () => {
  await vigie.app.close()
  await database.close()
  rmSync(dist, { recursive: true, force: true })
})

const get = (url: string, headers: Record<string, string> = {}) =>
  vigie.app.inject({ method: 'GET', url, headers })

function build(matches: string[]) {
  mkdirSync(join(dist, 'chromium'), { recursive: true })
  writeFileSync(
    join(dist, 'chromium', 'manifest.json'),
    JSON.stringify({ version: '1.0.0', content_scripts: [{ matches, js: ['content.js'] }] }),
  )
  writeFileSync(join(dist, 'vigie-companion-chromium.zip'), Buffer.alloc(3 * 1024, 1))
  writeFileSync(join(dist, 'vigie-companion-firefox.zip'), Buffer.alloc(2 * 1024, 2))
}

describe('/extension', () => {
  it('says the packages are not built yet, and refuses their download with what to do', async () => {
    const page = await get('/extension')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Les paquets de l’extension ne sont pas encore disponibles sur ce serveur.')
    expect(page.body).not.toContain('href="/extension/vigie-companion-chromium.zip"')
    const zip = await get('/extension/vigie-companion-chromium.zip')
    expect(zip.statusCode).toBe(404)
    expect(zip.json()).toMatchObject({ code: 'not_found', message: expect.stringContaining('npm run build') })
  })

  it('offers both packages with the steps for each browser, in French first', async () => {
    build(['http://localhost/*', 'http://127.0.0.1/*', 'http://vigie.test/*'])
    const page = await get('/extension')
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.body).toContain('<html lang="fr">')
    expect(page.body).toContain('Charger l’extension non empaquetée')
    expect(page.body).toContain('Charger un module complémentaire temporaire…')
    expect(page.body).toContain('href="/extension/vigie-companion-chromium.zip"')
    expect(page.body).toContain('Télécharger vigie-companion-firefox.zip (2 Ko)')
    expect(page.body).toContain(
      'Version 1.0.0 · répond sur http://localhost, http://127.0.0.1, http://vigie.test',
    )
    expect(page.body).not.toContain('class="notice"')

    const zip = await get('/extension/vigie-companion-firefox.zip')
    expect(zip.statusCode).toBe(200)
    expect(zip.headers['content-type']).toBe('application/zip')
    expect(zip.headers['content-disposition']).toBe('attachment; filename="vigie-companion-firefox.zip"')
    expect(zip.rawPayload).toHaveLength(2 * 1024)
  })

  it('speaks English when asked, by the address or by the browser', async () => {
    expect((await get('/extension?lang=en')).body).toContain('<html lang="en">')
    const english = await get('/extension', { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' })
    expect(english.body).toContain('Click “Load unpacked”')
    expect((await get('/extension', { 'accept-language': 'fr-FR,en;q=0.5' })).body).toContain(
      '<html lang="fr">',
    )
    expect((await get('/extension?lang=de')).statusCode).toBe(400)
  })

  it('warns the administrator when the packages do not answer on this server’s address', async () => {
    build(['http://localhost/*', 'http://127.0.0.1/*'])
    const page = await get('/extension')
    expect(page.body).toContain(
      'Ces paquets ne répondent pas sur http://vigie.test, l’adresse de ce serveur. Administrateur : reconstruisez-les avec VIGIE_COMPANION_ORIGINS=http://vigie.test',
    )
  })

  it('serves nothing but the two packages', async () => {
    for (const url of [
      '/extension/manifest.json',
      '/extension/..%2F..%2Fpackage.json',
      '/extension/chromium',
    ]) {
      expect((await get(url)).statusCode, url).toBe(400)
    }
  })
})
