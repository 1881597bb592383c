import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { launchOptions } from './tests/support/browser'

/** The built deck (dist/) served on loopback; `npm test` builds it first. */
export const PREVIEW_PORT = 4173
const baseURL = `http://127.0.0.1:${PREVIEW_PORT}/`

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL,
    // the slide's native size: 980 × 552 (16:9 at canvasWidth 980)
    viewport: { width: 980, height: 552 },
    launchOptions: launchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node --import tsx scripts/serve.ts --port ${PREVIEW_PORT}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
