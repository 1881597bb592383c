/**
 * npm run export:clicks / export:pptx: Slidev's own exporter (`slidev export`
 * with the options given, e.g. --with-clicks, --format pptx-editable, --range
 * 3-5) in the Chromium that lib/chromium.ts finds. Afterwards the file is
 * counted: a PDF or PPTX without one page per slide (per click step with
 * clicks) is an error, not a success. The editable PowerPoint is repaired
 * (lib/pptx.ts) to open clean and in the deck's fonts.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { requireChromium } from '../lib/chromium'
import { fail } from '../lib/cli'
import { loadDeck } from '../lib/deck'
import { countPdfPages, countPptxSlides } from '../lib/exported-file'
import { repairPptx } from '../lib/pptx'

const passThrough = process.argv.slice(2)
// the few options the result is checked by; slidev gets them all
const { values } = parseArgs({
  args: passThrough,
  strict: false,
  options: {
    'format': { type: 'string', default: 'pdf' },
    'output': { type: 'string' },
    'with-clicks': { type: 'boolean' },
    'no-with-clicks': { type: 'boolean' },
    'range': { type: 'string' },
  },
})
const format = String(values.format)
const pptx = format.startsWith('pptx')
const extension = pptx ? 'pptx' : format
// Slidev's default: pptx formats export every click step unless told not to
const withClicks = !values['no-with-clicks'] && Boolean(values['with-clicks'] ?? pptx)
const deck = await loadDeck()

const args = ['export', `--executable-path=${requireChromium('export')}`, ...passThrough]
// Slidev's 30 s page timeout is short for a cold dev server on a small
// machine compiling every slide for the print view: allow two minutes
if (!passThrough.some(arg => arg.startsWith('--timeout')))
  args.push('--timeout=120000')
const started = performance.now()
// its own dependency cache: see cacheDir in vite.config.ts
const env = { ...process.env, DECK_VITE_CACHE_DIR: process.env.DECK_VITE_CACHE_DIR || 'node_modules/.vite-export' }
const result = spawnSync('node_modules/.bin/slidev', args, { stdio: 'inherit', env, shell: process.platform === 'win32' })
if (result.status !== 0)
  fail(`export: slidev ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
const seconds = ((performance.now() - started) / 1000).toFixed(1)

const counters: Record<string, (file: string) => Promise<number>> = { pdf: countPdfPages, pptx: countPptxSlides }
if (counters[extension]) {
  const file = `${String(values.output ?? deck.headmatter.exportFilename).replace(/\.(?:pdf|pptx)$/, '')}.${extension}`
  if (!existsSync(file))
    fail(`export: slidev reported success but ${file} does not exist`)
  if (format === 'pptx-editable')
    await repairPptx(file)
  const count = await counters[extension](file)
  const slides = deck.slides.length
  const unit = pptx ? 'slides' : 'pages'
  if (count === 0 || !(values.range || count === slides || (withClicks && count > slides)))
    fail(`export: ${file} has ${count} ${unit}, the deck has ${slides} slides${withClicks ? ' (and more click steps)' : ''}: the export is incomplete`)
  console.log(`export: ${file}: ${count} ${unit}, ${(statSync(file).size / 1024).toFixed(0)} KB, ${seconds} s`)
}
else {
  console.log(`export: done in ${seconds} s`)
}
