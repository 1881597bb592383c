import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { launchOptions, LOOPBACK_ONLY } from './node/chromium.ts'
import { BASE } from './tests/support/harness.ts'

/** the built deck (dist/, built under BASE by `npm test`), served on loopback as Netlify and Vercel serve it */
const PREVIEW_PORT = 4173
/** the dev server tests/present/ starts, as a presenter does (`npm run present`) */
export const PRESENT_PORT = 3040

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  timeout: 120_000,
  // a failed test runs once more, recording its trace (recording every test's costs a fifth of the suite's time); a
  // test that passes only the second time still fails the run
  retries: 1,
  failOnFlakyTests: true,
  reporter: 'list',
  use: {
    // the slide's native size: 980 × 552 (16:9 at canvasWidth 980)
    viewport: { width: 980, height: 552 },
    // a request elsewhere fails in the browser, where tests/support/harness.ts's watch reports it
    launchOptions: launchOptions(LOOPBACK_ONLY),
    // granted by Chromium to a page on screen, as the presenter view asks for it; the headless shell must be told
    permissions: ['screen-wake-lock'],
    trace: 'on-first-retry',
  },
  projects: [
    // the dev servers a presenter runs, started by the tests; one server holds one slide position for every tab, so
    // its tests run one after another, in one worker, from the start while the other takes the site's
    { name: 'present', testDir: 'tests/present', fullyParallel: false, use: { baseURL: `http://localhost:${PRESENT_PORT}/` } },
    { name: 'site', testDir: 'tests/e2e', use: { baseURL: `http://127.0.0.1:${PREVIEW_PORT}${BASE}` } },
  ],
  webServer: { command: `node --import tsx scripts/serve.ts --port ${PREVIEW_PORT} --base ${BASE}`, url: `http://127.0.0.1:${PREVIEW_PORT}${BASE}`, reuseExistingServer: !process.env.CI },
})
