/**
 * npm run export [-- --output talk.pdf]: the accessible PDF, printed from the built site as `npm run build` prints it.
 * npm run export:notes: the presenter's handout, as Slidev's `export-notes` prints it (which launches Playwright's own browser).
 * export:clicks, export:pptx: `--slidev` and then Slidev's own `slidev export` options (--with-clicks, --format, --range…),
 * in the resolved Chromium; a PDF or PPTX without one page per slide (per click step with clicks) is an error.
 */
import { existsSync, readFileSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import JSZip from 'jszip'
import { PDFDocument } from 'pdf-lib'
import { findChromium, withBuiltSite } from '../lib/browser'
import { fail, parseOptions, requireBuild, runSlidev } from '../lib/cli'
import { loadDeck } from '../lib/deck'
import { printDeck, printHandout } from '../lib/deck-pdf'
import { repairPptx, SLIDE_PART } from '../lib/pptx'

const deck = await loadDeck()

if (process.argv[2] === '--slidev') {
  const passThrough = process.argv.slice(3)
  // the few options the result is checked by; slidev gets them all
  const { values } = parseArgs({
    args: passThrough,
    strict: false,
    allowNegative: true,
    options: {
      'format': { type: 'string', default: 'pdf' },
      'output': { type: 'string' },
      'with-clicks': { type: 'boolean' },
      'range': { type: 'string' },
    },
  })
  const format = String(values.format)
  const pptx = format.startsWith('pptx')
  // Slidev's default: pptx formats export every click step unless told not to
  const withClicks = Boolean(values['with-clicks'] ?? pptx)
  const args = ['export', `--executable-path=${findChromium()}`, ...passThrough]
  // Slidev's 30 s page timeout is short for a cold dev server compiling every slide on a small machine
  if (!passThrough.some(arg => arg.startsWith('--timeout')))
    args.push('--timeout=120000')
  // its own dependency cache: see cacheDir in vite.config.ts
  runSlidev('export', args, { ...process.env, DECK_VITE_CACHE_DIR: process.env.DECK_VITE_CACHE_DIR || 'node_modules/.vite-export' })
  if (format === 'pdf' || pptx) {
    const file = `${String(values.output ?? deck.headmatter.exportFilename).replace(/\.(?:pdf|pptx)$/, '')}.${pptx ? 'pptx' : 'pdf'}`
    if (!existsSync(file))
      fail(`export: slidev reported success but ${file} does not exist`)
    if (format === 'pptx-editable')
      await repairPptx(file)
    const count = pptx
      ? Object.keys((await JSZip.loadAsync(readFileSync(file))).files).filter(name => SLIDE_PART.test(name)).length
      : (await PDFDocument.load(readFileSync(file))).getPageCount()
    const slides = deck.slides.length
    const unit = pptx ? 'slides' : 'pages'
    if (count === 0 || !(values.range || count === slides || (withClicks && count > slides)))
      fail(`export: ${file} has ${count} ${unit}, the deck has ${slides} slides${withClicks ? ' (and more click steps)' : ''}: the export is incomplete`)
    console.log(`export: ${file}: ${count} ${unit}`)
  }
}
else {
  const options = parseOptions('export', {
    // the base path the site was built under
    base: { type: 'string', default: process.env.DECK_BASE || '/' },
    notes: { type: 'boolean', default: false },
    output: { type: 'string' },
  })
  requireBuild('export', 'dist')
  const output = options.output ?? `${deck.headmatter.exportFilename}${options.notes ? '-notes' : ''}.pdf`
  await withBuiltSite('dist', site => options.notes ? printHandout(site, output) : printDeck(site, deck, output), { base: options.base })
  console.log(`export: wrote ${output}`)
}
