import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_DATABASE_POOL_SIZE, loadConfig } from './config'

const base = () => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'vigie-config-')), SECRET: 'x'.repeat(32) })

describe('DATABASE_POOL_SIZE', () => {
  it('defaults when absent or empty', () => {
    expect(loadConfig(base()).databasePoolSize).toBe(DEFAULT_DATABASE_POOL_SIZE)
    expect(loadConfig({ ...base(), DATABASE_POOL_SIZE: '' }).databasePoolSize).toBe(
      DEFAULT_DATABASE_POOL_SIZE,
    )
  })

  it('takes a whole number from 1 to 500', () => {
    expect(loadConfig({ ...base(), DATABASE_POOL_SIZE: '1' }).databasePoolSize).toBe(1)
    expect(loadConfig({ ...base(), DATABASE_POOL_SIZE: '40' }).databasePoolSize).toBe(40)
    expect(loadConfig({ ...base(), DATABASE_POOL_SIZE: '500' }).databasePoolSize).toBe(500)
  })

  it.each(['0', '501', '-3', '2.5', 'ten', ' 10'])(
    'refuses "%s", naming the variable and the value',
    (raw) => {
      const load = () => loadConfig({ ...base(), DATABASE_POOL_SIZE: raw })
      expect(load).toThrow(ConfigError)
      expect(load).toThrow(`DATABASE_POOL_SIZE must be a whole number from 1 to 500; got "${raw}".`)
    },
  )
})
