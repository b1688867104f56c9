import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export interface Config {
  port: number
  host: string
  /** Absent: the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined
  /** PostgreSQL connections per process (the embedded database has one). */
  databasePoolSize: number
  dataDir: string
  /** The address people use to reach Vigie; links in e-mails and QR codes are built from it. */
  publicUrl: string
  secret: string
  smtpUrl: string | undefined
  mailFrom: string
  logLevel: string
  /** Where the built web app is; absent when it has not been built. */
  webDist: string
  /** Turns `/metrics` on, for `Authorization: Bearer <token>`; absent: no metrics. */
  metricsToken: string | undefined
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>

function port(env: Env): number {
  const raw = env.PORT ?? '3000'
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || value < 0 || value > 65535) {
    throw new ConfigError(`PORT must be a port number between 0 and 65535; got "${raw}".`)
  }
  return value
}

export const DEFAULT_DATABASE_POOL_SIZE = 10

function databasePoolSize(env: Env): number {
  const raw = env.DATABASE_POOL_SIZE
  if (raw === undefined || raw === '') return DEFAULT_DATABASE_POOL_SIZE
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || value < 1 || value > 500) {
    throw new ConfigError(`DATABASE_POOL_SIZE must be a whole number from 1 to 500; got "${raw}".`)
  }
  return value
}

function url(name: string, raw: string, protocols: string[]): string {
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    throw new ConfigError(`${name} must be a URL; got "${raw}".`)
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}; got "${raw}".`)
  }
  return raw
}

/**
 * Reads the signing key from SECRET, or from DATA_DIR/secret, creating it on first use.
 * Several processes sharing a data folder then share one key; processes on different
 * machines must be given the same SECRET.
 */
function secret(env: Env, dataDir: string): string {
  if (env.SECRET !== undefined) {
    if (env.SECRET.length < 32) throw new ConfigError('SECRET must be at least 32 characters long.')
    return env.SECRET
  }
  const file = join(dataDir, 'secret')
  mkdirSync(dataDir, { recursive: true })
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return readFileSync(file, 'utf8').trim()
}

function metricsToken(env: Env): string | undefined {
  if (!env.METRICS_TOKEN) return undefined
  if (env.METRICS_TOKEN.length < 16)
    throw new ConfigError('METRICS_TOKEN must be at least 16 characters long.')
  return env.METRICS_TOKEN
}

export function loadConfig(env: Env = process.env): Config {
  const p = port(env)
  const host = env.HOST ?? '0.0.0.0'
  const dataDir = resolve(env.DATA_DIR ?? './data')
  const databaseUrl = env.DATABASE_URL
    ? url('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:'])
    : undefined
  const publicUrl = url('PUBLIC_URL', env.PUBLIC_URL ?? `http://localhost:${p}`, ['http:', 'https:']).replace(
    /\/$/,
    '',
  )
  const smtpUrl = env.SMTP_URL ? url('SMTP_URL', env.SMTP_URL, ['smtp:', 'smtps:']) : undefined
  return {
    port: p,
    host,
    databaseUrl,
    databasePoolSize: databasePoolSize(env),
    dataDir,
    publicUrl,
    secret: secret(env, dataDir),
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'Vigie <no-reply@localhost>',
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: resolve(env.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    metricsToken: metricsToken(env),
  }
}
