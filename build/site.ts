/**
 * What the build adds to the site Slidev built, each step one function: index.html completed, slide 1 drawn into it
 * (build/first-slide.ts), the accessible PDF (node/pdf.ts) and the reading edition (build/reading-edition.ts), all
 * before the service worker lists the site's files (completeSite, from vite.config.ts); then, from the finished site,
 * the preview image (scripts/build.ts).
 */
import type { BuiltSite } from '../node/chromium.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { loadedSlide, openPrintView, settle, withBuiltSite } from '../node/chromium.ts'
import { META_CONTENT_SECURITY_POLICY } from '../node/headers.ts'
import { printPrintView } from '../node/pdf.ts'
import { APP_ROOT, loadDeck, OFFLINE_NOTICE, PRINT_VIEW, SLIDE_CANVAS } from '../node/slidev.ts'
import { prerenderSlideOne } from './first-slide.ts'
import { writeReadingEdition } from './reading-edition.ts'

/**
 * index.html as the hosted page needs it: the security policy first in <head> (a meta policy covers only what comes
 * after it; GitHub Pages sends no headers); Slidev's meta values without the literal quotes it puts round them; the
 * deck as the page's one main landmark; no offline notice floating over the audience's slide.
 */
export function completeIndexHtml(html: string): string {
  const appRoot = APP_ROOT.slice(1)
  return html
    .replace(/<meta charset="utf-8">/i, `$&\n<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`)
    .replace(/(<meta name="(?:description|author|keywords)" content=")&quot;(.*?)&quot;(">)/g, '$1$2$3')
    .replace(`<div id="${appRoot}">`, `<div id="${appRoot}" role="main">`)
    .replace('</head>', `<style>${OFFLINE_NOTICE} { display: none !important }</style>\n</head>`)
}

export async function completeSite(outDir: string, base: string): Promise<void> {
  const started = performance.now()
  const index = join(outDir, 'index.html')
  writeFileSync(index, completeIndexHtml(readFileSync(index, 'utf8')))
  const deck = await loadDeck()
  await withBuiltSite(outDir, async (site) => {
    await prerenderSlideOne(site, outDir, base)
    // one print view for both: the PDF first, since drawing the reading edition's pictures marks up the slides
    const [printView] = await openPrintView(site, deck, PRINT_VIEW)
    await printPrintView(printView, deck, join(outDir, `${deck.headmatter.exportFilename}.pdf`))
    await writeReadingEdition(printView, deck, outDir, base)
  }, { base })
  // scripts/bench.ts reads this line
  process.stdout.write(`site: index.html completed, slide 1 drawn into it, the PDF and the reading edition written in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
}

/** The social preview: the cover at 1200 × 675, the 16:9 size social sites ask for. */
export async function writePreviewImage(site: BuiltSite, outDir: string): Promise<void> {
  const page = await site.browser.newPage({ viewport: { width: 1200, height: 675 } })
  await page.goto(`${site.url}1`)
  await loadedSlide(page, 1).waitFor()
  await settle(page)
  await page.locator(SLIDE_CANVAS).screenshot({ path: join(outDir, 'og-image.png') })
  await page.close()
}
