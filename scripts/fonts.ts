/**
 * npm run fonts: Inter and Noto Sans SC cut to the characters the built site shows in either edition (every click step,
 * the notes, presenter view, overview, reading edition; node/fonts.ts) into public/fonts/ and styles/fonts.css.
 * Build again to ship them; tests/e2e/fonts.spec.ts names a shown character that is in no file.
 */
import type { ShownText } from '../node/chromium.ts'
import { writeFileSync } from 'node:fs'
import { editions } from '../data/editions.ts'
import { openPrintView, settle, shownText, withBuiltSite } from '../node/chromium.ts'
import { parseOptions, requireBuild } from '../node/cli.ts'
import { subsetFonts } from '../node/fonts.ts'
import { loadDeck, NOTES_PRINT_VIEW, PRINT_VIEW_CLICKS } from '../node/slidev.ts'

parseOptions('fonts', {})
const base = requireBuild('fonts', 'dist')

const onSlides: ShownText[] = []
const elsewhere: ShownText[] = []
await withBuiltSite('dist', async (site) => {
  for (const { entry, path } of editions) {
    const [page] = await openPrintView(site, await loadDeck(entry), `${path}${PRINT_VIEW_CLICKS}`)
    onSlides.push(...await shownText(page))
    for (const view of [NOTES_PRINT_VIEW, 'presenter/1', 'overview', 'read/']) {
      await page.goto(`${site.url}${path}${view}`, { waitUntil: 'networkidle' })
      await settle(page)
      elsewhere.push(...await shownText(page))
    }
    await page.close()
  }
}, { base })

const { files, css } = await subsetFonts(onSlides, elsewhere)
for (const [file, data] of files) {
  writeFileSync(`public/fonts/${file}`, data)
  console.log(`fonts: ${file}: ${(data.length / 1024).toFixed(1)} KB`)
}
writeFileSync('styles/fonts.css', css)
console.log('fonts: wrote styles/fonts.css; run “npm run build” to ship the new files')
