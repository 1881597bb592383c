/**
 * npm run snapshots [-- --clicks --out docs/slides --sheet docs/contact-sheet.png]
 * Renders every slide of the built site (dist/) to PNG, as the PDF shows it
 * (final click state), or every click step with --clicks, and lays them out
 * on one contact sheet. For looking at the deck, not for tests.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium } from '../lib/chromium'
import { fail, parseOptions } from '../lib/cli'
import { startStaticServer } from '../lib/static-server'

const options = parseOptions('snapshots', {
  dist: { type: 'string', default: 'dist' },
  out: { type: 'string', default: 'scratch/slides' },
  sheet: { type: 'string', default: 'docs/contact-sheet.png' },
  clicks: { type: 'boolean', default: false },
  columns: { type: 'string', default: '4' },
})
const columns = Number(options.columns)
if (!Number.isInteger(columns) || columns < 1)
  fail(`snapshots: --columns must be a whole number (got “${options.columns}”)`)

const server = await startStaticServer({ root: options.dist! })
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS],
})
try {
  const page = await browser.newPage({
    viewport: { width: 980, height: 552 },
    deviceScaleFactor: 1,
  })
  // Slidev's print view renders every slide (or every click step) in a column
  await page.goto(`${server.url}print${options.clicks ? '?print=clicks' : ''}`, { waitUntil: 'networkidle' })
  await page.waitForFunction(() => document.fonts.status === 'loaded'
    && document.querySelectorAll('.print-slide-container').length > 0
    && document.querySelectorAll('.slidev-slide-loading').length === 0)
  const containers = page.locator('.print-slide-container')
  const count = await containers.count()
  rmSync(options.out!, { recursive: true, force: true })
  mkdirSync(options.out!, { recursive: true })
  const files: string[] = []
  for (let i = 0; i < count; i++) {
    const id = (await containers.nth(i).getAttribute('id')) ?? String(i + 1)
    const file = join(options.out!, `${String(i + 1).padStart(3, '0')}-${id}.png`)
    await containers.nth(i).screenshot({ path: file })
    files.push(file)
  }

  // the contact sheet: the PNGs in a grid, rendered by the same browser
  const cells = files.map((file, i) => `<figure><img src="data:image/png;base64,${readFileSync(file).toString('base64')}"><figcaption>${i + 1}</figcaption></figure>`).join('')
  const sheet = await browser.newPage({
    viewport: { width: columns * 500, height: 400 },
  })
  await sheet.setContent(`<style>
    body { margin: 0; background: #8a8f99; font: 14px sans-serif; }
    main { display: grid; grid-template-columns: repeat(${columns}, 490px); gap: 10px; padding: 10px; }
    figure { margin: 0; position: relative; }
    img { width: 490px; display: block; box-shadow: 0 1px 3px rgb(0 0 0 / 0.4); }
    figcaption { position: absolute; right: 6px; bottom: 4px; color: #fff; background: rgb(0 0 0 / 0.55); padding: 0 6px; border-radius: 3px; }
  </style><main>${cells}</main>`)
  writeFileSync(options.sheet!, await sheet.screenshot({ fullPage: true, type: 'png' }))
  console.log(`snapshots: ${count} ${options.clicks ? 'click steps' : 'slides'} in ${options.out}, contact sheet ${options.sheet}`)
}
finally {
  await browser.close()
  await server.close()
}
