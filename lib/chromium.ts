/**
 * The one place that finds a Chromium for export, tests and the bench:
 * $CHROMIUM_PATH, else the usual installs of Chromium and Google Chrome on
 * Linux and macOS, else Playwright's cache. Nothing is ever downloaded.
 */
import { accessSync, constants } from 'node:fs'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { fail } from './cli'

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/** headless on a CI box: no sandbox (CI runs as root), no background traffic to Google (the network is closed) */
export const CHROMIUM_ARGS = '--no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic'.split(' ')

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

/** The executable path; throws, saying how to get a browser, when there is none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && !isExecutable(fromEnv))
    throw new Error(`CHROMIUM_PATH is set to “${fromEnv}”, which is not an executable file.`)
  const found = fromEnv || SYSTEM_PATHS.concat(chromium.executablePath()).find(isExecutable)
  if (!found) {
    throw new Error(`No Chromium found in $CHROMIUM_PATH, ${SYSTEM_PATHS.length} system paths or Playwright's cache. Get one in either of two ways:
  - npx playwright install chromium      (Playwright's own build, into its cache)
  - your OS package: apt-get install chromium (Debian/Ubuntu), brew install --cask chromium (macOS)
or point CHROMIUM_PATH at a Chromium or Chrome executable.`)
  }
  return found
}

/** For command-line scripts: the Chromium path, or the message and exit 1 (no stack trace). */
export function requireChromium(script: string): string {
  try {
    return findChromium()
  }
  catch (error) {
    fail(`${script}: ${(error as Error).message}`)
  }
}
