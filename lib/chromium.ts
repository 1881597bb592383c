/**
 * The one place that finds a Chromium for export, tests and benchmarks:
 * $CHROMIUM_PATH → the usual system installs of Chromium and Google Chrome on
 * Linux and macOS → Playwright's own download cache. Nothing is ever downloaded.
 */
import { accessSync, constants } from 'node:fs'
import process from 'node:process'
import { chromium } from 'playwright-chromium'

export const CHROMIUM_ENV = 'CHROMIUM_PATH'

export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const

/**
 * Flags for a headless run on a CI box: no sandbox (CI runs as root), and no
 * background traffic to Google's services (the network is closed).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const

export class ChromiumNotFoundError extends Error {
  constructor(detail: string) {
    super(`${detail}
No Chromium found. Get one in either of two ways:
  - npx playwright install chromium      (Playwright's own build, into its cache)
  - your OS package: apt-get install chromium (Debian/Ubuntu), brew install --cask chromium (macOS)
or point ${CHROMIUM_ENV} at a Chromium or Chrome executable.`)
    this.name = 'ChromiumNotFoundError'
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

export interface ChromiumLookup {
  env?: NodeJS.ProcessEnv
  systemPaths?: readonly string[]
  playwrightPath?: () => string
}

/** Returns the executable path, or throws ChromiumNotFoundError saying how to get one. */
export function findChromium({
  env = process.env,
  systemPaths = SYSTEM_CHROMIUM_PATHS,
  playwrightPath = () => chromium.executablePath(),
}: ChromiumLookup = {}): string {
  const fromEnv = env[CHROMIUM_ENV]
  if (fromEnv) {
    if (isExecutable(fromEnv))
      return fromEnv
    throw new ChromiumNotFoundError(`${CHROMIUM_ENV} is set to “${fromEnv}”, which is not an executable file.`)
  }
  const system = systemPaths.find(isExecutable)
  if (system)
    return system
  let cached = ''
  try {
    cached = playwrightPath()
  }
  catch {}
  if (cached && isExecutable(cached))
    return cached
  throw new ChromiumNotFoundError(`Looked in $${CHROMIUM_ENV} (unset), ${systemPaths.length} system paths and Playwright's cache${cached
    ? ` (${cached})`
    : ''}.`)
}

/**
 * For command-line scripts: the Chromium path, or a message that names the
 * script and how to get a browser, and exit 1 (no stack trace).
 */
export function requireChromium(script: string): string {
  try {
    return findChromium()
  }
  catch (error) {
    if (!(error instanceof ChromiumNotFoundError))
      throw error
    console.error(`${script}: ${error.message}`)
    process.exit(1)
  }
}
