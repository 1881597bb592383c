/**
 * npm run snapshots [-- --clicks --width 1920 --out scratch/slides --sheet docs/contact-sheet.png]: every slide of
 * dist/ as PNG in its final click state (every click step with --clicks), and all on one contact sheet. Not a test.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openPrintView, withBuiltSite } from '../lib/browser'
import { parseOptions, requireBuild } from '../lib/cli'
import { loadDeck } from '../lib/deck'

const options = parseOptions('snapshots', {
  dist: { type: 'string', default: 'dist' },
  out: { type: 'string', default: 'scratch/slides' },
  sheet: { type: 'string', default: 'docs/contact-sheet.png' },
  clicks: { type: 'boolean', default: false },
  // the pictures' width in pixels: the slide's canvas width unless told (1920 for a projector's view)
  width: { type: 'string' },
})
requireBuild('snapshots', options.dist!)
const deck = await loadDeck()
const out = options.out!

const count = await withBuiltSite(options.dist!, async (site) => {
  const scale = Number(options.width ?? deck.headmatter.canvasWidth) / Number(deck.headmatter.canvasWidth)
  const [page, count] = await openPrintView(site, deck, `print${options.clicks ? '?print=clicks' : ''}`, scale)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const cells: string[] = []
  for (const [i, slide] of (await page.locator('.print-slide-container').all()).entries()) {
    const png = await slide.screenshot({ path: join(out, `${await slide.getAttribute('id')}.png`) })
    cells.push(`<figure><img src="data:image/png;base64,${png.toString('base64')}"><figcaption>${i + 1}</figcaption></figure>`)
  }
  // the contact sheet: 4 columns, drawn by the same browser
  const sheet = await site.browser.newPage({ viewport: { width: 2000, height: 400 } })
  await sheet.setContent(`<style>
    body { margin: 0; background: #8a8f99; font: 14px sans-serif; }
    main { display: grid; grid-template-columns: repeat(4, 490px); gap: 10px; padding: 10px; }
    figure { margin: 0; position: relative; }
    img { width: 490px; display: block; box-shadow: 0 1px 3px rgb(0 0 0 / 0.4); }
    figcaption { position: absolute; right: 6px; bottom: 4px; color: #fff; background: rgb(0 0 0 / 0.55); padding: 0 6px; border-radius: 3px; }
  </style><main>${cells.join('')}</main>`)
  writeFileSync(options.sheet!, await sheet.screenshot({ fullPage: true }))
  return count
})
console.log(`snapshots: ${count} ${options.clicks ? 'click steps' : 'slides'} in ${out}, contact sheet ${options.sheet}`)
