/**
 * npm run fonts: Inter and Noto Sans SC cut to the characters the built site shows (every click step, the notes,
 * presenter view, overview, reading edition; lib/font-subsets.ts) into public/fonts/ and styles/fonts.css.
 * Build again to ship them; tests/e2e/fonts.spec.ts names a shown character that is in no file.
 */
import { writeFileSync } from 'node:fs'
import { openPrintView, settle, shownText, withBuiltSite } from '../lib/browser'
import { parseOptions, requireBuild } from '../lib/cli'
import { loadDeck } from '../lib/deck'
import { subsetFonts } from '../lib/font-subsets'

parseOptions('fonts', {})
requireBuild('fonts', 'dist')
const deck = await loadDeck()

const [onSlides, elsewhere] = await withBuiltSite('dist', async (site) => {
  const [page] = await openPrintView(site, deck, 'print?print=clicks')
  const onSlides = await shownText(page)
  const found = []
  for (const view of ['presenter/print', 'presenter/1', 'overview', 'read/']) {
    await page.goto(`${site.url}${view}`, { waitUntil: 'networkidle' })
    await settle(page)
    found.push(...await shownText(page))
  }
  return [onSlides, found]
})

const { files, css } = await subsetFonts(onSlides, elsewhere)
for (const [file, data] of files) {
  writeFileSync(`public/fonts/${file}`, data)
  console.log(`fonts: ${file}: ${(data.length / 1024).toFixed(1)} KB`)
}
writeFileSync('styles/fonts.css', css)
console.log('fonts: wrote styles/fonts.css; run “npm run build” to ship the new files')
