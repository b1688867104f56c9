import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import pino from 'pino'
import { inject } from 'vitest'
import { type Database, openPGlite, openPostgres } from '../../src/db/database'

const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

/**
 * A fresh, migrated database of the backend under test: a PGlite loaded from the migrated
 * dump, or a PostgreSQL database cloned from the migrated template. Closing it drops it.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const template = inject('template')
  if (template.backend === 'pglite') {
    return openPGlite(undefined, undefined, new Blob([readFileSync(template.dumpFile)]))
  }
  const name = `${template.templateName}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: template.url })
  await admin.connect()
  try {
    await admin.query(`create database ${name} template ${template.templateName}`)
  } finally {
    await admin.end()
  }
  const url = withDatabase(template.url, name)
  const database = openPostgres(url, pino({ level: 'silent' }), 5)
  return {
    ...database,
    url,
    async close() {
      await database.close()
      const drop = new pg.Client({ connectionString: template.url })
      await drop.connect()
      await drop.query(`drop database if exists ${name} with (force)`)
      await drop.end()
    },
  }
}
