/**
 * npm run export [-- <slidev export options>]: the PDF (or PNG/PPTX with
 * --format), in the Chromium that scripts/lib/chromium.ts finds.
 * Options after `--` go to `slidev export` unchanged (e.g. --with-clicks).
 */
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { ChromiumNotFoundError, findChromium } from './lib/chromium'
import { fail } from './lib/cli'

let executable: string
try {
  executable = findChromium()
}
catch (error) {
  if (error instanceof ChromiumNotFoundError)
    fail(`export: ${error.message}`)
  throw error
}

const args = ['export', '--executable-path', executable, ...process.argv.slice(2)]
const started = performance.now()
const result = spawnSync('node_modules/.bin/slidev', args, { stdio: 'inherit', shell: process.platform === 'win32' })
if (result.status !== 0)
  fail(`export: slidev ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
console.log(`export: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
