import { requireChromium } from '../lib/chromium'
/**
 * npm run chromium: prints the Chromium that export and tests will use,
 * or explains how to get one (exit 1).
 */
import { parseOptions } from '../lib/cli'

parseOptions('chromium', {})
console.log(requireChromium('chromium'))
