/**
 * npm run fonts [-- --dist dist]: subsets the deck's faces to the characters
 * it shows. Reads the built site (run `npm run build` first): every click
 * step of every slide, the notes handout, the presenter view, the
 * overview and the reading edition, each character with the weight and the
 * language it is set in; then cuts Inter and Noto Sans SC, regular and bold,
 * into public/fonts/ (what the slides show, and the rest apart: see
 * lib/font-subsets.ts) and writes styles/fonts.css. Build again afterwards to ship them.
 * tests/e2e/fonts.spec.ts fails, naming the character and the slide, when a
 * shown character is in no file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openPrintView, settle, shownText, withBuiltSite } from '../lib/browser'
import { requireChromium } from '../lib/chromium'
import { fail, parseOptions } from '../lib/cli'
import { loadDeck } from '../lib/deck'
import { subsetFonts } from '../lib/font-subsets'

const options = parseOptions('fonts', {
  dist: { type: 'string', default: 'dist' },
  out: { type: 'string', default: 'public/fonts' },
  css: { type: 'string', default: 'styles/fonts.css' },
})
if (!existsSync(`${options.dist}/index.html`))
  fail(`fonts: ${options.dist}/index.html not found; run “npm run build” first`)
requireChromium('fonts')
const deck = await loadDeck()

const [onSlides, elsewhere] = await withBuiltSite(options.dist!, async (site) => {
  // every click step of every slide, then the notes, the presenter view, the overview, the reading edition
  const [page] = await openPrintView(site, deck, 'print?print=clicks')
  const onSlides = await shownText(page)
  const found = []
  for (const view of [
    'presenter/print',
    'presenter/1',
    'overview',
    'read/',
  ]) {
    await page.goto(`${site.url}${view}`, { waitUntil: 'networkidle' })
    await settle(page)
    found.push(...await shownText(page))
  }
  return [onSlides, found]
})

const { files, css } = await subsetFonts(onSlides, elsewhere)
mkdirSync(options.out!, { recursive: true })
for (const [file, data] of files) {
  writeFileSync(join(options.out!, file), data)
  console.log(`fonts: ${file}: ${(data.length / 1024).toFixed(1)} KB`)
}
writeFileSync(options.css!, css)
console.log(`fonts: wrote ${options.css}; run “npm run build” to ship the new files`)
