/**
 * The reading edition, read/ in the built site: every slide as a picture of
 * its final state with its text as the text alternative, then the talk's
 * words for it (the transcript paragraphs its notes name, verbatim), its
 * fact checks and its sources; a table of contents, and headings nested as
 * the deck nests its slides (`level`). One HTML page with its styles inline,
 * complete without JavaScript; its one script registers the site's service
 * worker, so that a first visit here is enough to read it offline.
 * Written by the build from the built deck's print view (vite.config.ts).
 */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { SeoMeta } from '@slidev/types'
import type { Page } from 'playwright-chromium'
import type { Source } from '../data/schema'
import type { TranscriptParagraph } from './transcript-format'
import { Buffer } from 'node:buffer'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { factChecks } from '../data/fact-checks'
import { sourceNumber, sources } from '../data/sources'
import { CHECK_REF, PARAGRAPH_REF, renderCheck } from '../setup/transcript-notes'
import { palette } from '../uno.config'
import { printViewLoaded, withBuiltSite } from './browser'
import { loadDeck, ROOT } from './deck'
import { META_CONTENT_SECURITY_POLICY } from './headers'
import { readTranscript } from './transcript-format'

/** the reading column's width in CSS pixels: each slide is drawn this wide, and twice as wide */
export const IMAGE_WIDTH = 720
/** lossy WebP: at 50 a slide is some 11 kB at 1x, its type as clean as at 70 */
const WEBP_QUALITY = 50

/** What the print view shows of one slide in its final state */
export interface ShownSlide {
  text: string
  /** the ids of the sources it cites (`data-source`) */
  sources: string[]
  /** the picture's height at IMAGE_WIDTH */
  height: number
}

export interface ReadingEntry {
  no: number
  /** as Slidev parses it: may hold inline HTML (a `lang` span) */
  title: string
  level: number
  shown: ShownSlide
  paragraphs: TranscriptParagraph[]
  /** the fact-check lines the notes show */
  checks: string[]
  sources: Source[]
}

/** Each slide with the paragraphs and fact checks its notes name (`@p07`, `@check:id`), in their order. */
export function readingEntries({ slides }: Pick<LoadedSlidevData, 'slides'>, paragraphs: readonly TranscriptParagraph[], shown: readonly ShownSlide[]): ReadingEntry[] {
  return slides.map((slide, index) => {
    const lines = slide.source.raw.split('\n').map(line => line.trim())
    const paragraphIds = lines.flatMap(line => PARAGRAPH_REF.exec(line)?.[2] ?? [])
    const checkIds = lines.flatMap(line => CHECK_REF.exec(line)?.[1] ?? [])
    const cited = new Set<string>([
      ...shown[index]!.sources,
      ...checkIds.flatMap(id => factChecks.find(check => check.id === id)?.sources ?? []),
    ])
    return {
      no: index + 1,
      title: slide.title ?? `第 ${index + 1} 页`,
      level: slide.level ?? 1,
      shown: shown[index]!,
      paragraphs: paragraphIds.map(id => paragraphs.find(p => p.id === id)!),
      // the notes' line is a markdown quote; here it is a paragraph of its own
      checks: checkIds.map(id => renderCheck(id).replace(/^> /, '')),
      sources: sources.filter(source => cited.has(source.id)),
    }
  })
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
}
const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, char => ENTITIES[char]!)
/** English titles and names are set in the Latin face, as on the references slide */
function langOf(text: string): string {
  return /\p{Script=Han}/u.test(text)
    ? ''
    : ' lang="en"'
}

/** The table of contents: level-2 slides nested under the slide before them, numbered as the deck numbers them. */
function contents(entries: readonly ReadingEntry[]): string {
  return entries.map((entry, index) => {
    const next = entries[index + 1]?.level ?? 1
    const item = `<li value="${entry.no}"><a href="#${entry.no}">${entry.title}</a>`
    if (next > entry.level)
      return `${item}<ol>`
    return next < entry.level
      ? `${item}</li></ol></li>`
      : `${item}</li>`
  }).join('\n')
}

function sourceItem(source: Source): string {
  const name = source.title ?? `［${source.about}］`
  const cited = source.url
    ? `<a href="${escapeHtml(source.url)}"${langOf(name)}>${escapeHtml(name)}</a>`
    : `<cite${langOf(name)}>${escapeHtml(name)}</cite>`
  return `<li><span class="number">[${sourceNumber(source.id)}]</span> ${cited}<span${langOf(source.publisher)}>. ${escapeHtml(source.publisher)}</span></li>`
}

function entryHtml(entry: ReadingEntry, base: string): string {
  const heading = `h${entry.level > 1
    ? 3
    : 2}`
  const image = `${base}read/${entry.no}`
  // the first slide is on the first screen; the others load as the reader nears them
  const lazy = entry.no > 1
    ? ' loading="lazy"'
    : ''
  const words = [
    ...entry.paragraphs.map(p => `<p id="${p.id}">${escapeHtml(p.text)}</p>`),
    ...entry.checks.map(check => `<p class="check">${escapeHtml(check)}</p>`),
    ...entry.sources.length
      ? [`<ol class="sources" aria-label="第 ${entry.no} 页的出处">${entry.sources.map(sourceItem).join('')}</ol>`]
      : [],
  ]
  return `<section id="${entry.no}" aria-labelledby="title-${entry.no}">
<${heading} id="title-${entry.no}"><span class="number">${entry.no}</span> ${entry.title}</${heading}>
<img src="${image}.webp" srcset="${image}.webp ${IMAGE_WIDTH}w, ${image}@2x.webp ${2 * IMAGE_WIDTH}w" sizes="(min-width: ${IMAGE_WIDTH + 40}px) ${IMAGE_WIDTH}px, calc(100vw - 40px)" width="${IMAGE_WIDTH}" height="${entry.shown.height}" alt="${escapeHtml(entry.shown.text)}"${lazy}>
<p class="live"><a href="${base}${entry.no}">打开幻灯片第 ${entry.no} 页</a></p>
${words.join('\n')}
</section>`
}

/** The page: its head says what it is on its own (title, description, Open Graph; canonical only for a hosted address). */
export function renderReadingEdition(headmatter: Record<string, unknown>, entries: readonly ReadingEntry[], base: string, css: string): string {
  const title = String(headmatter.title)
  const seo = (headmatter.seoMeta ?? {}) as SeoMeta
  const hosted = seo.ogUrl?.replace(/\/?$/, '/')
  const pageTitle = String(headmatter.titleTemplate ?? '%s').replace('%s', `${title}（阅读版）`)
  const description = `阅读版：每页幻灯片与演讲原文、核实说明和出处。${String(headmatter.info)}`
  const meta = [
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<meta name="author" content="${escapeHtml(String(headmatter.author))}">`,
    hosted && `<link rel="canonical" href="${hosted}read/">`,
    hosted && `<meta property="og:url" content="${hosted}read/">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeHtml(pageTitle)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    seo.ogImage && `<meta property="og:image" content="${hosted ?? base}${seo.ogImage}">`,
    seo.twitterCard && `<meta name="twitter:card" content="${seo.twitterCard}">`,
  ].filter(Boolean).join('\n')
  return `<!doctype html>
<html lang="${String(headmatter.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(pageTitle)}</title>
${meta}
<meta name="theme-color" content="${palette.night}">
<link rel="icon" href="${base}favicon.svg">
<link rel="preload" href="${base}fonts/noto-sans-sc-400.woff2" as="font" type="font/woff2" crossorigin>
<style>
${css}
</style>
<script src="${base}read/offline.js" defer></script>
</head>
<body>
<header>
<p class="kicker">阅读版</p>
<h1>${escapeHtml(title)}</h1>
<p class="byline">${escapeHtml(String(headmatter.author))}</p>
<p>${escapeHtml(String(headmatter.info))}</p>
<p class="links"><a href="${base}">幻灯片</a> · <a href="${base}${String(headmatter.exportFilename)}.pdf">PDF 版</a></p>
</header>
<nav aria-labelledby="contents"><h2 id="contents">目录</h2><ol>
${contents(entries)}
</ol></nav>
<main>
${entries.map(entry => entryHtml(entry, base)).join('\n')}
</main>
</body>
</html>
`
}

/** The deck's colours as CSS variables, its subset fonts from `base`, and the reading edition's own stylesheet. */
export function readingCss(base: string): string {
  const colours = `:root { ${Object.entries(palette).map(([name, value]) => `--deck-${name}: ${value};`).join(' ')} }`
  const fonts = readFileSync(join(ROOT, 'styles/fonts.css'), 'utf8').replaceAll(`url('/fonts/`, `url('${base}fonts/`)
  return [
    colours,
    fonts,
    readFileSync(join(ROOT, 'styles/reading.css'), 'utf8'),
  ].join('\n')
}

/** Draws each slide of the loaded print view at 1x and 2x as WebP into `dir`; returns what each shows. */
async function drawSlides(page: Page, dir: string): Promise<ShownSlide[]> {
  // the DevTools protocol encodes WebP itself, and `clip.scale` lays the slide out at that size: sharp type at 2x
  const cdp = await page.context().newCDPSession(page)
  const shown: ShownSlide[] = []
  for (const [index, slide] of (await page.locator('.print-slide-container').all()).entries()) {
    const box = (await slide.boundingBox())!
    for (const [density, suffix] of [
      [1, ''],
      [2, '@2x'],
    ] as const) {
      const { data } = await cdp.send('Page.captureScreenshot', {
        format: 'webp',
        quality: WEBP_QUALITY,
        captureBeyondViewport: true,
        clip: { ...box, scale: density * IMAGE_WIDTH / box.width },
      })
      writeFileSync(join(dir, `${index + 1}${suffix}.webp`), Buffer.from(data, 'base64'))
    }
    shown.push({
      ...await slide.evaluate(el => ({
        // the text as laid out: what is hidden (display: none) is not read out either
        // eslint-disable-next-line unicorn/prefer-dom-node-text-content
        text: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        sources: [
          ...new Set(Array.from(el.querySelectorAll('[data-source]'), cited => cited.getAttribute('data-source')!)),
        ],
      })),
      height: Math.round(box.height * IMAGE_WIDTH / box.width),
    })
  }
  return shown
}

/** Writes read/ into `outDir`, the built deck there served under `base`. */
export async function writeReadingEdition(outDir: string, base: string): Promise<void> {
  // the print view is a deep link, which the server answers with 404.html;
  // Slidev writes that copy of index.html only after the bundle is closed
  copyFileSync(join(outDir, 'index.html'), join(outDir, '404.html'))
  const dir = join(outDir, 'read')
  mkdirSync(dir, { recursive: true })
  const deck = await loadDeck()
  const shown = await withBuiltSite(outDir, async ({ url, browser }) => {
    const page = await browser.newPage({
      viewport: {
        width: Number(deck.headmatter.canvasWidth),
        height: 720,
      },
    })
    await page.goto(`${url}print?print=true`)
    await printViewLoaded(page, deck.slides.length)
    return drawSlides(page, dir)
  }, { base })
  const entries = readingEntries(deck, readTranscript(), shown)
  writeFileSync(join(dir, 'index.html'), renderReadingEdition(deck.headmatter, entries, base, readingCss(base)))
  writeFileSync(join(dir, 'offline.js'), `navigator.serviceWorker?.register('${base}sw.js')\n`)
}
