import { parseArgs } from 'node:util'
import type { Logger } from 'pino'
import { createCentre } from './accounts/centres'
import { createMailer } from './accounts/mailer'
import { buildApp } from './app'
import { systemClock } from './clock'
import { type Config, ConfigError, loadConfig } from './config'
import { DataDirInUseError } from './db/data-dir-lock'
import { type Database, openDatabase } from './db/database'
import { migrateToLatest } from './db/migrate'
import { describeDemo, ensureDemo } from './demo/demo'
import { BankLoadError } from './evaluation/bank-loader'
import { ensureSomeBank, importBank } from './evaluation/bank-store'
import { DomainError } from './http/errors'
import { createLogger } from './logger'
import { startMaintenance } from './maintenance'

const USAGE = `Usage: vigie <command>

  start [--demo]   migrate, then serve Vigie (with --demo: create the demo first and print it)
  migrate          apply the database migrations
  demo [--json]    create the demo data once, and print it
  bank import FOLDER
                   check an item bank folder (content/FORMAT.md) and store it as a new version
  centre create --name N --type T --time-zone Z --admin-email E [--certification C]…
                   create a certification centre; its first admin must have an account

Environment: PORT (3000), HOST (0.0.0.0), DATABASE_URL (absent: embedded database in DATA_DIR),
DATABASE_POOL_SIZE (PostgreSQL connections per process, 10),
DATA_DIR (./data), PUBLIC_URL, SECRET, SMTP_URL, MAIL_FROM, LOG_LEVEL, TRUST_PROXY,
METRICS_TOKEN (absent: no /metrics; at least 16 characters).`

/** Opens the database, brought up to date unless the command is the migration itself. */
async function withDatabase<T>(
  config: Config,
  logger: Logger,
  use: (database: Database) => Promise<T>,
  { migrate = true } = {},
): Promise<T> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    poolSize: config.databasePoolSize,
    dataDir: config.dataDir,
    logger,
  })
  try {
    if (migrate) await migrateToLatest(database.db)
    return await use(database)
  } finally {
    await database.close()
  }
}

async function start(config: Config, withDemo: boolean): Promise<void> {
  const logger = createLogger(config.logLevel)
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    poolSize: config.databasePoolSize,
    dataDir: config.dataDir,
    logger,
  })
  await migrateToLatest(database.db)
  await ensureSomeBank(database.db)
  const demo = withDemo ? await ensureDemo(database.db, config.publicUrl, systemClock) : undefined
  const mailer = createMailer(config.smtpUrl, config.mailFrom, logger)
  const trustProxy = process.env.TRUST_PROXY === 'true' ? true : process.env.TRUST_PROXY
  const { app } = await buildApp({ ...config, database, logger, clock: systemClock, mailer, trustProxy })
  await app.listen({ port: config.port, host: config.host })
  if (demo) process.stdout.write(describeDemo(demo))

  const stopMaintenance = startMaintenance(database.db, systemClock, logger)

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info(`${signal}: stopping (finishing requests in flight)`)
    stopMaintenance()
    await app.close()
    await database.close()
    logger.flush()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      demo: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      name: { type: 'string' },
      type: { type: 'string' },
      'time-zone': { type: 'string' },
      'admin-email': { type: 'string' },
      certification: { type: 'string', multiple: true },
    },
  })
  const [command] = positionals
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const config = loadConfig()
  switch (command) {
    case 'start':
      return start(config, values.demo === true)
    case 'migrate': {
      const logger = createLogger(config.logLevel, true)
      const result = await withDatabase(config, logger, (database) => migrateToLatest(database.db), {
        migrate: false,
      })
      const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? []
      process.stdout.write(
        applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n',
      )
      return
    }
    case 'demo': {
      const logger = createLogger(config.logLevel, true)
      const demo = await withDatabase(config, logger, (database) =>
        ensureDemo(database.db, config.publicUrl, systemClock),
      )
      process.stdout.write(values.json ? `${JSON.stringify(demo)}\n` : describeDemo(demo))
      return
    }
    case 'bank': {
      const folder = positionals[2]
      if (positionals[1] !== 'import' || !folder)
        throw new ConfigError(`Usage: vigie bank import FOLDER\n\n${USAGE}`)
      const logger = createLogger(config.logLevel, true)
      const imported = await withDatabase(config, logger, (database) => importBank(database.db, folder))
      const { id, version } = imported.bank.manifest
      process.stdout.write(
        imported.created
          ? `Imported bank "${id}" version ${version}: ${imported.bank.items.length} items. New tests use it.\n`
          : `Bank "${id}" version ${version} was already imported with this content: nothing changed.\n`,
      )
      return
    }
    case 'centre': {
      if (positionals[1] !== 'create')
        throw new ConfigError(`Unknown command "centre ${positionals[1] ?? ''}".\n\n${USAGE}`)
      const missing = ['name', 'type', 'time-zone', 'admin-email'].filter(
        (option) => !values[option as 'name'],
      )
      if (missing.length)
        throw new ConfigError(`centre create needs ${missing.map((m) => `--${m}`).join(', ')}.`)
      const logger = createLogger(config.logLevel, true)
      const centre = await withDatabase(config, logger, (database) =>
        createCentre(database.db, {
          name: values.name as string,
          type: values.type as string,
          timeZone: values['time-zone'] as string,
          adminEmail: values['admin-email'] as string,
          complementaryCertifications: values.certification ?? [],
        }),
      )
      process.stdout.write(`Centre created: ${centre.id}\n`)
      return
    }
    default:
      throw new ConfigError(`Unknown command "${command}".\n\n${USAGE}`)
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof DataDirInUseError ||
    error instanceof DomainError ||
    error instanceof BankLoadError
  ) {
    process.stderr.write(`vigie: ${error.message}\n`)
  } else {
    process.stderr.write(
      `vigie: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
  }
  process.exit(1)
})
