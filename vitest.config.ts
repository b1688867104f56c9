import { defineConfig } from 'vitest/config'

/**
 * Unit tests (pure code) sit beside their source as `*.test.ts`.
 * Database-backed tests live in `apps/server/test/` and run once per backend:
 * always on embedded PGlite, and also on PostgreSQL when TEST_DATABASE_URL is set (as in CI).
 */
const dbSuites = (backend: 'pglite' | 'postgres') => ({
  test: {
    name: `db-${backend}`,
    include: ['apps/server/test/**/*.test.ts'],
    // `*.postgres.test.ts`: what only a server database can do (several processes on one database).
    exclude: backend === 'pglite' ? ['apps/server/test/**/*.postgres.test.ts'] : [],
    env: { VIGIE_TEST_BACKEND: backend },
    globalSetup: ['apps/server/test/support/global-setup.ts'],
    // Generous: CLI and multi-process tests start real Vigie processes on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})

export default defineConfig({
  test: {
    // Under CI a JSON report is also written, which `.ci/count.mjs` adds up.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'apps/*/src/**/*.test.ts',
            'packages/*/src/**/*.test.ts',
            'content/**/*.test.ts',
            'bench/src/**/*.test.ts',
          ],
        },
      },
      dbSuites('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [dbSuites('postgres')] : []),
    ],
  },
})
