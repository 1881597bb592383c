/**
 * npm run build [-- --base /talk/ --out dist]: the static site with its reading edition (read/), then, from the built site,
 * the accessible PDF visitors download, the social preview image and slide 1 drawn into index.html for a first paint.
 */
import { join } from 'node:path'
import process from 'node:process'
import { findChromium, loadedSlide, settle, withBuiltSite } from '../lib/browser'
import { fail, parseOptions, runSlidev } from '../lib/cli'
import { loadDeck } from '../lib/deck'
import { printDeck } from '../lib/deck-pdf'

const options = parseOptions('build', {
  base: { type: 'string', default: process.env.DECK_BASE || '/' },
  out: { type: 'string', default: 'dist' },
})
const base = options.base!
const out = options.out!
if (!base.startsWith('/') || !base.endsWith('/'))
  fail(`build: the base path must start and end with “/”, e.g. /talk/ (got “${base}”)`)

const started = performance.now()
// the headmatter's `download` gives the print view the PDF is printed from, and has Slidev print an untagged PDF of its
// own, replaced below: one page is enough (--range=1). The build completes the site itself (lib/site.ts, from vite.config.ts).
const args = ['build', '--range=1', `--base=${base}`, `--out=${out}`, `--executable-path=${findChromium()}`]
runSlidev('build', args, process.env)

const deck = await loadDeck()
await withBuiltSite(out, async (site) => {
  await printDeck(site, deck, join(out, `${deck.headmatter.exportFilename}.pdf`))
  // the social preview: the cover at 1200 × 675, the 16:9 size social sites ask for
  const page = await site.browser.newPage({ viewport: { width: 1200, height: 675 } })
  await page.goto(`${site.url}1`)
  await loadedSlide(page, 1).waitFor()
  await settle(page)
  await page.locator('#slide-content').screenshot({ path: join(out, 'og-image.png') })
}, { base })

console.log(`build: ${out}/ under base ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
