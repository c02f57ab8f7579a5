import { defineConfig } from '@playwright/test'

// Overridable so two checkouts can run their suites side by side.
const port = Number(process.env.MEND_E2E_PORT ?? 4319)

/**
 * End-to-end tests run the production web build (out/web) in Chromium. Each test gets a fresh
 * browser profile on disk (tests/e2e/support/fixtures.ts), so tests can also inspect what Mend
 * leaves behind in it.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Two cores: one worker per core, each running one Chromium.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
