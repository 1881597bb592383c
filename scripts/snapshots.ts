/**
 * npm run snapshots [-- --clicks --width 1920 --out scratch/slides --sheet docs/contact-sheet.png]
 * Renders every slide of the built site (dist/) to PNG, as the PDF shows it
 * (final click state), or every click step with --clicks, and lays them out
 * on one contact sheet. For looking at the deck, not for tests.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openPrintView, withBuiltSite } from '../lib/browser'
import { requireChromium } from '../lib/chromium'
import { fail, parseOptions } from '../lib/cli'
import { loadDeck } from '../lib/deck'

const options = parseOptions('snapshots', {
  dist: { type: 'string', default: 'dist' },
  out: { type: 'string', default: 'scratch/slides' },
  sheet: { type: 'string', default: 'docs/contact-sheet.png' },
  clicks: { type: 'boolean', default: false },
  // the pictures' width in pixels: the slide's canvas width unless told (1920 for a projector's view)
  width: { type: 'string' },
  columns: { type: 'string', default: '4' },
})
const columns = Number(options.columns)
if (!Number.isInteger(columns) || columns < 1)
  fail(`snapshots: --columns must be a whole number (got “${options.columns}”)`)
requireChromium('snapshots')
const deck = await loadDeck()

const count = await withBuiltSite(options.dist!, async (site) => {
  const scale = Number(options.width ?? deck.headmatter.canvasWidth) / Number(deck.headmatter.canvasWidth)
  const [page, count] = await openPrintView(site, deck, `print${options.clicks ? '?print=clicks' : ''}`, scale)
  const containers = page.locator('.print-slide-container')
  rmSync(options.out!, { recursive: true, force: true })
  mkdirSync(options.out!, { recursive: true })
  const cells: string[] = []
  for (let i = 0; i < count; i++) {
    const path = join(options.out!, `${await containers.nth(i).getAttribute('id')}.png`)
    const png = await containers.nth(i).screenshot({ path })
    cells.push(`<figure><img src="data:image/png;base64,${png.toString('base64')}"><figcaption>${i + 1}</figcaption></figure>`)
  }
  // the contact sheet: the PNGs in a grid, rendered by the same browser
  const viewport = { width: columns * 500, height: 400 }
  const sheet = await site.browser.newPage({ viewport })
  await sheet.setContent(`<style>
    body { margin: 0; background: #8a8f99; font: 14px sans-serif; }
    main { display: grid; grid-template-columns: repeat(${columns}, 490px); gap: 10px; padding: 10px; }
    figure { margin: 0; position: relative; }
    img { width: 490px; display: block; box-shadow: 0 1px 3px rgb(0 0 0 / 0.4); }
    figcaption { position: absolute; right: 6px; bottom: 4px; color: #fff; background: rgb(0 0 0 / 0.55); padding: 0 6px; border-radius: 3px; }
  </style><main>${cells.join('')}</main>`)
  writeFileSync(options.sheet!, await sheet.screenshot({ fullPage: true, type: 'png' }))
  return count
})
console.log(`snapshots: ${count} ${options.clicks ? 'click steps' : 'slides'} in ${options.out}, contact sheet ${options.sheet}`)
