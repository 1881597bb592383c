/**
 * npm run export:notes [-- --output handout.pdf --base /]: the presenter's
 * handout, every slide with its notes, from the built site in dist/.
 *
 * Slidev's `export-notes` launches Playwright's bundled Chromium with no way
 * to name another (it calls `chromium.launch()` with no options), and this
 * project never downloads a browser. Its whole job is to print the
 * `presenter/print` page to PDF, so this does the same in the Chromium that
 * lib/chromium.ts finds.
 */
import { existsSync, statSync } from 'node:fs'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, requireChromium } from '../lib/chromium'
import { fail, parseOptions } from '../lib/cli'
import { startStaticServer } from '../lib/static-server'

const options = parseOptions('export:notes', {
  dist: { type: 'string', default: 'dist' },
  base: { type: 'string', default: '/' },
  output: { type: 'string', default: 'shum-2024-human-machine-relationship-notes.pdf' },
})
if (!existsSync(`${options.dist}/index.html`))
  fail(`export:notes: ${options.dist}/index.html not found; run “npm run build” first`)

const executablePath = requireChromium('export:notes')

const started = performance.now()
const server = await startStaticServer({ root: options.dist!, base: options.base })
const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_ARGS],
})
try {
  const page = await browser.newPage()
  // the same steps as Slidev's exportNotes: load the print view, screen media, print
  await page.goto(`${server.url}presenter/print`, { waitUntil: 'networkidle' })
  await page.waitForFunction(() => document.fonts.status === 'loaded')
  await page.emulateMedia({ media: 'screen' })
  // the offline indicator floats over the page while the service worker caches
  await page.addStyleTag({ content: '.slidev-pwa-indicator { display: none !important }' })
  await page.pdf({
    path: options.output,
    margin: {
      left: '0',
      top: '0',
      right: '0',
      bottom: '0',
    },
    printBackground: true,
    preferCSSPageSize: true,
  })
}
finally {
  await browser.close()
  await server.close()
}
const size = statSync(options.output!).size
console.log(`export:notes: wrote ${options.output} (${(size / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
