import { defineConfig } from 'vitest/config'

/**
 * One PostgreSQL for the run (embedded, or DATABASE_URL): only the projects that boot Payload start it,
 * so `--project unit` runs on pure code with no database.
 */
const withPostgres = ['./tests/setup/globalSetup.ts']

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    env: { NODE_ENV: 'test', PAYLOAD_SECRET: 'test-secret-not-for-production' },
    environment: 'node',
    hookTimeout: 180_000,
    // Each file gets its own process (Payload caches one instance per process) and its own database.
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { include: ['tests/unit/**/*.spec.ts'], name: 'unit' },
      },
      {
        extends: true,
        test: { globalSetup: withPostgres, include: ['tests/int/**/*.int.spec.ts'], name: 'int' },
      },
      {
        extends: true,
        // One demo for every browser test file (booted once, its seed restored before each file), so the
        // files run one after another.
        test: {
          fileParallelism: false,
          globalSetup: ['./tests/setup/demoSetup.ts'],
          include: ['tests/e2e/**/*.e2e.spec.ts'],
          name: 'e2e',
        },
      },
    ],
    testTimeout: 60_000,
  },
})
