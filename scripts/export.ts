/**
 * Exports from the built site (run `npm run build` first), each checked to hold a page per slide (per click step with
 * `--clicks`):
 *   npm run export [-- --output talk.pdf]  the accessible PDF, printed as `npm run build` prints it; export:clicks
 *                                          (`--clicks`) a page per click step
 *   npm run export:notes (`--notes`)       the presenter's handout, as Slidev's `export-notes` prints it
 *   npm run export:pptx (`--pptx`)         editable PowerPoint, by Slidev's exporter, then repaired (node/pptx.ts)
 *   npm run snapshots (`--png`)            every slide as PNG, by Slidev's exporter (`--clicks`: every step)
 * `--range 3-5` limits Slidev's exports to those slides.
 */
import { existsSync, readFileSync } from 'node:fs'
import { PDFDocument } from 'pdf-lib'
import { findChromium, withBuiltSite } from '../node/chromium.ts'
import { fail, parseOptions, requireBuild } from '../node/cli.ts'
import { printDeck, printHandout } from '../node/pdf.ts'
import { repairPptx } from '../node/pptx.ts'
import { exportFromSite, loadDeck } from '../node/slidev.ts'
import { startStaticServer } from '../node/static-server.ts'

const options = parseOptions('export', {
  notes: { type: 'boolean', default: false },
  clicks: { type: 'boolean', default: false },
  pptx: { type: 'boolean', default: false },
  png: { type: 'boolean', default: false },
  range: { type: 'string' },
  output: { type: 'string' },
})
const base = requireBuild('export', 'dist')
const deck = await loadDeck()
const name = String(deck.headmatter.exportFilename)

if (options.pptx || options.png) {
  const output = options.output ?? (options.png ? 'scratch/slides' : name)
  // Slidev's exporter launches a Chromium of its own: the site needs only its server
  await using site = await startStaticServer({ root: 'dist', base })
  // pptx-editable reads the print view as soon as its body exists: without the wait it often finds no slide yet
  const written = await exportFromSite(site.url, {
    'format': options.pptx ? 'pptx-editable' : 'png',
    'with-clicks': options.clicks,
    'wait': options.pptx ? 2000 : 0,
    'range': options.range,
    // it launches Chromium without our switches: the headless shell would set Latin text wider than a browser does
    'executable-path': findChromium({ browser: true }),
    output,
  })
  if (options.pptx) {
    const file = `${output.replace(/\.pptx$/, '')}.pptx`
    if (!existsSync(file))
      fail(`export: Slidev reported ${written} but ${file} does not exist`)
    const count = await repairPptx(file)
    if (count === 0 || !(options.range || count === deck.slides.length || (options.clicks && count > deck.slides.length)))
      fail(`export: ${file} has ${count} slides, the deck has ${deck.slides.length}: the export is incomplete`)
    console.log(`export: ${file}: ${count} slides`)
  }
  else {
    console.log(`export: ${written}`)
  }
}
else {
  const output = options.output ?? `${name}${options.notes ? '-notes' : options.clicks ? '-clicks' : ''}.pdf`
  await withBuiltSite('dist', site => options.notes ? printHandout(site, output) : printDeck(site, deck, output, { clicks: options.clicks }), { base })
  const pages = (await PDFDocument.load(readFileSync(output))).getPageCount()
  if (!options.notes && !(pages === deck.slides.length || (options.clicks && pages > deck.slides.length)))
    fail(`export: ${output} has ${pages} pages, the deck has ${deck.slides.length} slides: the export is incomplete`)
  console.log(`export: wrote ${output} (${pages} pages)`)
}
