import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import pino from 'pino'
import type { TestProject } from 'vitest/node'
import { openPGlite, openPostgres } from '../../src/db/database'
import { migrateToLatest } from '../../src/db/migrate'

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a migrated data folder, dumped as a tar file; PostgreSQL: a migrated template database. */
    template:
      | { backend: 'pglite'; dumpFile: string }
      | { backend: 'postgres'; url: string; templateName: string }
  }
}

const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

/** Migrates once per run; each test file then starts from a copy of the result. */
export default async function setup(project: TestProject) {
  // The project's `env` reaches test files, not this setup, which runs in the main process.
  if (project.config.env?.VIGIE_TEST_BACKEND === 'postgres') {
    const url = process.env.TEST_DATABASE_URL
    if (!url) throw new Error('TEST_DATABASE_URL is required for the PostgreSQL suites.')
    const templateName = `vigie_tpl_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`create database ${templateName}`)
    const database = openPostgres(withDatabase(url, templateName), pino({ level: 'silent' }), 2)
    await migrateToLatest(database.db)
    await database.close()
    project.provide('template', { backend: 'postgres', url, templateName })
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1 or datname = $2`,
        [`${templateName}_%`, templateName],
      )
      for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`)
      await admin.end()
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigie-test-'))
  const database = await openPGlite(undefined, undefined)
  await migrateToLatest(database.db)
  const dumpFile = join(dir, 'template.tar')
  writeFileSync(dumpFile, Buffer.from(await (await database.dump()).arrayBuffer()))
  await database.close()
  project.provide('template', { backend: 'pglite', dumpFile })
  return () => rmSync(dir, { recursive: true, force: true })
}
