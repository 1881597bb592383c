/**
 * What the build adds to the site Slidev built, each step one function: index.html completed, slide 1 drawn into it
 * (build/first-slide.ts), the accessible PDF (node/pdf.ts) and the reading edition (build/reading-edition.ts), all
 * before the service worker lists the site's files (completeSite, from vite.config.ts); and the preview image, drawn
 * with them and written once the worker's list is made, out of its precache (a visitor never needs it).
 */
import type { Buffer } from 'node:buffer'
import type { Edition } from '../data/editions.ts'
import type { BuiltSite } from '../node/chromium.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { editionOf, editions, siteRootOf } from '../data/editions.ts'
import { loadedSlide, openPrintView, settle, withBuiltSite } from '../node/chromium.ts'
import { fileName } from '../node/fonts.ts'
import { META_CONTENT_SECURITY_POLICY } from '../node/headers.ts'
import { printPrintView } from '../node/pdf.ts'
import { APP_ROOT, loadDeck, OFFLINE_NOTICE, PRINT_VIEW, SERVICE_WORKER_CLEANUP, SERVICE_WORKER_DENYLIST, SLIDE_CANVAS } from '../node/slidev.ts'
import { prerenderSlideOne } from './first-slide.ts'
import { writeReadingEdition } from './reading-edition.ts'

/** the edition a built index.html is (its `<html lang>`) */
export const editionOfPage = (html: string): Edition => editionOf(/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1])

/** the faces slide 1 sets its words in, fetched with the app's scripts: the English edition's need no Chinese font */
const SLIDE_ONE_FONTS = { zh: ['Noto Sans SC', 'Inter'], en: ['Inter'] } as const
const READING_EDITION_TITLE = { zh: '阅读版：每页幻灯片与演讲原文', en: 'Reading edition: every slide with the talk’s words' }

/**
 * index.html as the hosted page needs it: the security policy first in <head> (a meta policy covers only what comes
 * after it; GitHub Pages sends no headers); Slidev's meta values without the literal quotes it puts round them; the
 * deck as the page's one main landmark; no offline notice floating over the audience's slide; the fonts slide 1 needs,
 * the reading edition and both editions named as alternates (`siteBase`: the site's root, the Chinese edition's base).
 */
export function completeIndexHtml(html: string, { base, siteBase }: { base: string, siteBase: string }): string {
  const appRoot = APP_ROOT.slice(1)
  const { lang } = editionOfPage(html)
  const head = [
    ...SLIDE_ONE_FONTS[lang].flatMap(family => ([400, 700] as const).map(weight => `<link rel="preload" href="${base}fonts/${fileName(family, weight, '')}" as="font" type="font/woff2" crossorigin>`)),
    `<link rel="alternate" type="text/html" href="${base}read/" title="${READING_EDITION_TITLE[lang]}">`,
    // search engines take hreflang from a whole address only: with the hosted one, as the canonical link
    ...URL.canParse(siteBase) ? editions.map(edition => `<link rel="alternate" hreflang="${edition.htmlLang}" href="${siteBase}${edition.path}">`) : [],
  ].join('\n')
  return html
    .replace(/<meta charset="utf-8">/i, `$&\n<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`)
    .replace(/(<meta name="(?:description|author|keywords)" content=")&quot;(.*?)&quot;(">)/g, '$1$2$3')
    .replace(`<div id="${appRoot}">`, `<div id="${appRoot}" role="main">`)
    .replace('</head>', `${head}\n<style>${OFFLINE_NOTICE} { display: none !important }</style>\n</head>`)
}

/** Completes the site in `outDir`; returns what writes the preview image (the headmatter's `seoMeta.ogImage`), to be called after the service worker's list is made. */
export async function completeSite(outDir: string, base: string): Promise<() => void> {
  const started = performance.now()
  const index = join(outDir, 'index.html')
  const html = readFileSync(index, 'utf8')
  const edition = editionOfPage(html)
  const deck = await loadDeck(edition.entry)
  const { ogUrl, ogImage } = (deck.headmatter.seoMeta ?? {}) as { ogUrl?: string, ogImage?: string }
  const siteBase = siteRootOf(ogUrl ?? base, edition)
  writeFileSync(index, completeIndexHtml(html, { base, siteBase }))
  const preview = await withBuiltSite(outDir, async (site) => {
    await prerenderSlideOne(site, outDir, base)
    // one print view for both: the PDF first, since drawing the reading edition's pictures marks up the slides
    const [printView] = await openPrintView(site, deck, PRINT_VIEW)
    await printPrintView(printView, deck, join(outDir, `${deck.headmatter.exportFilename}.pdf`))
    await writeReadingEdition(printView, deck, outDir, base)
    return ogImage && drawPreviewImage(site)
  }, { base })
  // scripts/bench.ts reads this line
  process.stdout.write(`site: index.html completed, slide 1 drawn into it, the PDF and the reading edition written in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  return () => preview && writeFileSync(join(outDir, ogImage!), preview)
}

/**
 * The Chinese edition's offline worker, whose scope holds the other editions' folders, leaves them to their own: it
 * answers no navigation under en/ (a first visit there would get the Chinese deck), and deletes no other precache as it
 * activates (its scope is a prefix of theirs). Run after Slidev's build, which writes the worker last.
 */
export function leaveOtherEditionsToThem(outDir: string, base: string): void {
  const worker = join(outDir, 'sw.js')
  let code = readFileSync(worker, 'utf8')
  for (const internal of [SERVICE_WORKER_DENYLIST, SERVICE_WORKER_CLEANUP]) {
    if (!code.includes(internal))
      throw new Error(`${worker}: no “${internal}” (node/slidev.ts names what Slidev's worker was)`)
  }
  const others = editions.filter(({ path }) => path).map(({ path }) => `/^${`${base}${path}`.replaceAll('/', '\\/')}/,`).join('')
  code = code.replace(SERVICE_WORKER_DENYLIST, `${SERVICE_WORKER_DENYLIST}${others}`)
    .replace(new RegExp(`\\w+\\.${SERVICE_WORKER_CLEANUP.replace(/[()]/g, '\\$&')},?`), '')
  writeFileSync(worker, code)
}

/** The social preview: the cover at 1200 × 675, the 16:9 size social sites ask for, as PNG. */
async function drawPreviewImage(site: BuiltSite): Promise<Buffer> {
  const page = await site.browser.newPage({ viewport: { width: 1200, height: 675 } })
  await page.goto(`${site.url}1`)
  await loadedSlide(page, 1).waitFor()
  await settle(page)
  const png = await page.locator(SLIDE_CANVAS).screenshot()
  await page.close()
  return png
}
