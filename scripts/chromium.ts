import { ChromiumNotFoundError, findChromium } from './lib/chromium'
/**
 * npm run chromium: prints the Chromium that export and tests will use,
 * or explains how to get one (exit 1).
 */
import { fail, parseOptions } from './lib/cli'

parseOptions('chromium', {})
try {
  console.log(findChromium())
}
catch (error) {
  if (error instanceof ChromiumNotFoundError)
    fail(error.message)
  throw error
}
