import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const BIN = new URL('../../apps/server/bin/vigie.mjs', import.meta.url).pathname
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100)
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`
export const DEMO_FILE = join(tmpdir(), `vigie-e2e-demo-${E2E_PORT}.json`)

/**
 * Starts Vigie as a person would: `vigie demo --json` on a fresh embedded database, then
 * `vigie start` on the same data folder. Returns a function that stops it.
 */
export async function startVigie(): Promise<() => Promise<void>> {
  // Another server on this port would answer in our place, with other data: refuse to go on.
  const taken = await fetch(`${BASE_URL}/api/health`).then(
    () => true,
    () => false,
  )
  if (taken) throw new Error(`Port ${E2E_PORT} is already in use: stop that server or set E2E_PORT.`)
  const env = {
    ...process.env,
    PORT: String(E2E_PORT),
    HOST: '127.0.0.1',
    PUBLIC_URL: BASE_URL,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'vigie-e2e-')),
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  }
  const demo = execFileSync(process.execPath, [BIN, 'demo', '--json'], { env, encoding: 'utf8' })
  writeFileSync(DEMO_FILE, demo)
  const server: ChildProcess = spawn(process.execPath, [BIN, 'start'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const deadline = Date.now() + 60_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`vigie start exited with ${server.exitCode}`)
    try {
      if ((await fetch(`${BASE_URL}/api/health`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('vigie did not start within 60 s')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return () =>
    new Promise((resolve) => {
      server.once('exit', () => resolve())
      server.kill('SIGTERM')
    })
}
