/**
 * npm run build [-- --base /talk/ --out dist --url https://example.org/talk/]: Slidev's build of each edition (data/editions.ts:
 * the Chinese deck at the base, the English one under en/), which completes the site itself (build/site.ts, from
 * vite.config.ts: slide 1 drawn into index.html, the accessible PDF visitors download, the reading edition, the
 * social preview image).
 */
import { join } from 'node:path'
import process from 'node:process'
import { leaveOtherEditionsToThem } from '../build/site.ts'
import { editions } from '../data/editions.ts'
import { findChromium } from '../node/chromium.ts'
import { fail, parseOptions, runSlidev } from '../node/cli.ts'
import { hostedAddress } from '../node/headers.ts'

const options = parseOptions('build', {
  base: { type: 'string', default: process.env.DECK_BASE || '/' },
  out: { type: 'string', default: 'dist' },
  // the hosted address, for the QR code and the canonical links (else DECK_URL, else seoMeta.ogUrl in slides.md)
  url: { type: 'string', default: process.env.DECK_URL },
})
const base = options.base!
const out = options.out!
if (!base.startsWith('/') || !base.endsWith('/'))
  fail(`build: the base path must start and end with “/”, e.g. /talk/ (got “${base}”)`)

let env = process.env
if (options.url) {
  try {
    env = { ...env, DECK_URL: hostedAddress(options.url, options.url === process.env.DECK_URL ? 'build: DECK_URL' : 'build: --url') }
  }
  catch (error) {
    fail((error as Error).message)
  }
}

// the build draws slide 1, the PDF and the reading edition in Chromium: without one, say so before Vite's build
findChromium()
const started = performance.now()
// the Chinese edition first: Vite empties its output folder, which holds the English one's
for (const { entry, path } of editions) {
  runSlidev('build', ['build', entry, `--base=${base}${path}`, `--out=${join(out, path)}`], env)
}
leaveOtherEditionsToThem(out, base)

console.log(`build: ${out}/ under base ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
