/**
 * npm run build [-- --base /talk/ --out dist]: the static site with its
 * reading edition (read/), then, printed
 * from the built site in the resolved Chromium, the accessible PDF visitors
 * download (headmatter `download`), the social preview image, and slide 1
 * drawn into index.html for a first paint before the app has run.
 * The base path comes from --base, else $DECK_BASE, else “/”.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { loadedSlide, settle, withBuiltSite } from '../lib/browser'
import { requireChromium } from '../lib/chromium'
import { fail, parseOptions } from '../lib/cli'
import { loadDeck } from '../lib/deck'
import { printDeck } from '../lib/deck-pdf'
import { repairIndexHtml } from '../lib/index-html'
import { prerenderSlideOne } from '../lib/prerender'

const options = parseOptions('build', {
  base: { type: 'string', default: process.env.DECK_BASE || '/' },
  out: { type: 'string', default: 'dist' },
})
const base = options.base!
const out = options.out!
if (!base.startsWith('/') || !base.endsWith('/'))
  fail(`build: the base path must start and end with “/”, e.g. /talk/ (got “${base}”)`)
const chromium = requireChromium('build')

const started = performance.now()
// --download: the download button, and the print view the PDF is printed
// from. Slidev exports an untagged PDF of its own on the way, which is
// replaced below: one page of it is enough (--range=1)
const args = ['build', '--download', '--range=1']
args.push(`--base=${base}`, `--out=${out}`, `--executable-path=${chromium}`)
// the reading edition (read/) is drawn from that print view inside the build (vite.config.ts)
const env = { ...process.env, DECK_READING_EDITION: '1' }
const result = spawnSync('node_modules/.bin/slidev', args, { stdio: 'inherit', env, shell: process.platform === 'win32' })
if (result.status !== 0)
  fail(`build: slidev ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
const vite = performance.now()

// Slidev's meta tags quote their values, and a meta CSP must come first in <head>: lib/index-html.ts
for (const page of ['index.html', '404.html'])
  repairIndexHtml(join(out, page))

const deck = await loadDeck()
await withBuiltSite(out, async (site) => {
  await printDeck(site, deck, join(out, `${deck.headmatter.exportFilename}.pdf`))
  // the social preview: the cover at 1200 × 675, the 16:9 size social sites ask for
  const viewport = { width: 1200, height: 675 }
  const page = await site.browser.newPage({ viewport })
  await page.goto(`${site.url}1`)
  await loadedSlide(page, 1).waitFor()
  await settle(page)
  const path = join(out, 'og-image.png')
  await page.locator('#slide-content').screenshot({ path })
  await prerenderSlideOne(site, join(out, 'index.html'), base)
}, { base })

const elapsed = (from: number, to = performance.now()): string => `${((to - from) / 1000).toFixed(1)} s`
console.log(`build: ${out}/ under base ${base} in ${elapsed(started)} (slidev build ${elapsed(started, vite)}, then the PDF, the preview image and slide 1's snapshot)`)
