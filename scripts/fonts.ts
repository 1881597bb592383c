/**
 * npm run fonts [-- --dist dist]: subsets the deck's faces to the characters
 * it shows. Reads the built site (run `npm run build` first): every click
 * step of every slide, the notes handout, the presenter view, the
 * overview and the reading edition, each character with the weight and the
 * language it is set in; then cuts Inter and Noto Sans SC, regular and bold, into public/fonts/ and
 * writes styles/fonts.css. Build again afterwards to ship them.
 * tests/e2e/fonts.spec.ts fails, naming the character and the slide, when a
 * shown character is in no file.
 */
import type { ShownText } from '../lib/browser'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { printViewLoaded, settle, shownText, withBuiltSite } from '../lib/browser'
import { requireChromium } from '../lib/chromium'
import { fail, parseOptions } from '../lib/cli'
import { loadDeck } from '../lib/deck'
import { subsetFonts } from '../lib/font-subsets'

const options = parseOptions('fonts', {
  dist: { type: 'string', default: 'dist' },
  out: { type: 'string', default: 'public/fonts' },
  css: { type: 'string', default: 'styles/fonts.css' },
})
requireChromium('fonts')
const slides = (await loadDeck()).slides.length

/** the views whose text a visitor or presenter can see, and how each shows it has loaded */
const VIEWS: [string, (page: import('playwright-chromium').Page) => Promise<unknown>][] = [
  [
    'print?print=clicks',
    page => printViewLoaded(page, slides),
  ],
  ['presenter/print', settle],
  ['presenter/1', settle],
  ['overview', settle],
  ['read/', settle],
]

let shown: ShownText[] = []
try {
  shown = await withBuiltSite(options.dist!, async ({ url, browser }) => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    const found: ShownText[] = []
    for (const [view, loaded] of VIEWS) {
      await page.goto(`${url}${view}`, { waitUntil: 'networkidle' })
      await loaded(page)
      found.push(...await shownText(page))
    }
    return found
  })
}
catch (error) {
  fail(`fonts: could not read the built site in ${options.dist}/ (run “npm run build” first): ${(error as Error).message}`)
}

const { files, css } = await subsetFonts(shown)
mkdirSync(options.out!, { recursive: true })
for (const [file, data] of files) {
  writeFileSync(join(options.out!, file), data)
  console.log(`fonts: ${file}: ${(data.length / 1024).toFixed(1)} KB`)
}
writeFileSync(options.css!, css)
console.log(`fonts: wrote ${options.css}; run “npm run build” to ship the new files`)
