/**
 * npm run export [-- --output talk.pdf]: the deck as an accessible PDF, one
 * page per slide, printed from the built site (dist/) as `npm run build`
 * prints the one it ships.
 * npm run export:notes [-- --output handout.pdf]: the presenter's handout,
 * every slide with its notes, as Slidev's `export-notes` prints it; that
 * command launches Playwright's own browser, which this project never downloads.
 */
import { existsSync, statSync } from 'node:fs'
import process from 'node:process'
import { withBuiltSite } from '../lib/browser'
import { requireChromium } from '../lib/chromium'
import { fail, parseOptions } from '../lib/cli'
import { loadDeck } from '../lib/deck'
import { printDeck, printHandout } from '../lib/deck-pdf'

const options = parseOptions('export', {
  dist: { type: 'string', default: 'dist' },
  // the base path the site was built under
  base: { type: 'string', default: process.env.DECK_BASE || '/' },
  notes: { type: 'boolean', default: false },
  output: { type: 'string' },
})
if (!existsSync(`${options.dist}/index.html`))
  fail(`export: ${options.dist}/index.html not found; run “npm run build” first`)
requireChromium('export')

const started = performance.now()
const deck = await loadDeck()
const output = options.output ?? `${deck.headmatter.exportFilename}${options.notes ? '-notes' : ''}.pdf`
await withBuiltSite(options.dist!, site => options.notes
  ? printHandout(site, output)
  : printDeck(site, deck, output), { base: options.base })
console.log(`export: wrote ${output} (${(statSync(output).size / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
