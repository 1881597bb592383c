import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { launchOptions } from './lib/browser'

/** the built deck (dist/), served on loopback; `npm test` builds it first */
const PREVIEW_PORT = 4173
/** the dev server a presenter runs (`npm run present`) */
export const PRESENT_PORT = 3030
const siteURL = `http://127.0.0.1:${PREVIEW_PORT}/`
const presentURL = `http://localhost:${PRESENT_PORT}/`
const reuseExistingServer = !process.env.CI

export default defineConfig({
  // builds the deck under /talk/ for the hosting tests
  globalSetup: './tests/e2e/support/sub-path-build.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  timeout: 120_000,
  reporter: 'list',
  use: {
    // the slide's native size: 980 × 552 (16:9 at canvasWidth 980)
    viewport: { width: 980, height: 552 },
    launchOptions: launchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site', testDir: 'tests/e2e', use: { baseURL: siteURL } },
    // one dev server holds one slide position for every tab: tests in parallel would steer each other
    { name: 'present', testDir: 'tests/present', fullyParallel: false, use: { baseURL: presentURL } },
  ],
  webServer: [
    { command: `node --import tsx scripts/serve.ts --port ${PREVIEW_PORT}`, url: siteURL, reuseExistingServer },
    // CI=true keeps it from opening a browser window
    { command: `npm run present -- --port ${PRESENT_PORT}`, url: presentURL, env: { CI: 'true' }, reuseExistingServer, timeout: 90_000 },
  ],
})
