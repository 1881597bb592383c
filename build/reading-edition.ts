/**
 * The reading edition, read/ in the built site, drawn by the build from the built deck's print view: one HTML
 * page, complete without JavaScript, whose one script registers the site's service worker (one visit is enough
 * to read it offline). Per slide: its picture with its text as the alternative, its words, fact checks and sources.
 */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { SeoMeta } from '@slidev/types'
import type { Page } from 'playwright-chromium'
import type { Edition } from '../data/editions.ts'
import type { Lang, Source } from '../data/schema.ts'
import type { TranscriptParagraph } from '../talk/notes.ts'
import { Buffer } from 'node:buffer'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { editionOfDeck, otherEdition, runLang, scriptRuns, siteRootOf } from '../data/editions.ts'
import { factChecks } from '../data/fact-checks.ts'
import { citeDetails, citeTitle, publisherIn } from '../data/format.ts'
import { sourceNumber, sources } from '../data/sources.ts'
import { fileName } from '../node/fonts.ts'
import { META_CONTENT_SECURITY_POLICY } from '../node/headers.ts'
import { bookmarks } from '../node/pdf.ts'
import { PRINT_PAGE, ROOT } from '../node/slidev.ts'
import { palette, paletteCss } from '../styles/palette.ts'
import { noteReference, readTranscript, referencedText, renderCheck } from '../talk/notes.ts'

/** the reading column's width in CSS pixels: each slide is drawn this wide, and twice as wide */
export const IMAGE_WIDTH = 720
/** lossy WebP: at 50 a slide is some 11 kB at 1x, its type as clean as at 70 */
const WEBP_QUALITY = 50
/** The edition's own words, in each language. */
const WORDS = {
  zh: {
    edition: '阅读版',
    /** after a struck-through passage in a slide's text alternative */
    struck: '（划掉）',
    /** a picture's text alternative, read in its place */
    picture: '（图：%s）',
    slide: (no: number) => `第 ${no} 页`,
    sourcesOf: (no: number) => `第 ${no} 页的出处`,
    open: (no: number) => `打开幻灯片第 ${no} 页`,
    titled: (title: string) => `${title}（阅读版）`,
    description: (info: string) => `阅读版：每页幻灯片与演讲原文、核实说明和出处。${info}`,
    slides: '幻灯片',
    pdf: 'PDF 版',
    contents: '目录',
  },
  en: {
    edition: 'Reading edition',
    struck: ' (struck through)',
    picture: ' (Picture: %s) ',
    slide: (no: number) => `Slide ${no}`,
    sourcesOf: (no: number) => `Sources of slide ${no}`,
    open: (no: number) => `Open slide ${no}`,
    titled: (title: string) => `${title} (reading edition)`,
    description: (info: string) => `Reading edition: every slide with the talk’s words, fact checks and sources. ${info}`,
    slides: 'Slides',
    pdf: 'PDF',
    contents: 'Contents',
  },
} as const satisfies Record<Lang, unknown>

/** What the print view shows of one slide in its final state: its text, the sources it cites (`data-source`), its picture's height */
export interface ShownSlide { text: string, sources: string[], height: number }

type ReadingEntry = ReturnType<typeof readingEntries>[number]

/** Each slide with the paragraphs and fact checks its notes name, in their order, and the sources it and they cite. */
export function readingEntries({ slides }: Pick<LoadedSlidevData, 'slides'>, paragraphs: readonly TranscriptParagraph[], shown: readonly ShownSlide[], lang: Lang = 'zh') {
  return slides.map((slide, index) => {
    const references = slide.source.raw.split('\n').flatMap(line => noteReference(line) ?? [])
    const checkIds = references.flatMap(reference => reference.check ?? [])
    const checkSources = checkIds.flatMap(id => factChecks.find(check => check.id === id)?.sources ?? [])
    const cited = new Set([...shown[index]!.sources, ...checkSources])
    return {
      no: index + 1,
      // as Slidev parses it: may hold inline HTML (a `lang` span)
      title: slide.title ?? WORDS[lang].slide(index + 1),
      level: slide.level ?? 1,
      shown: shown[index]!,
      // a paragraph that spans slides: the piece after the first is `p17-5`, from its 5th sentence
      paragraphs: references.filter(reference => reference.paragraph).map(reference => ({
        id: (reference.from ?? 1) > 1 ? `${reference.paragraph}-${reference.from}` : reference.paragraph!,
        text: referencedText(reference, paragraphs, lang),
      })),
      checks: checkIds.map(id => renderCheck(id, lang)),
      sources: sources.filter(source => cited.has(source.id)),
    }
  })
}

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, char => `&#${char.charCodeAt(0)};`)
const langAttribute = (text: string, deck: Lang): string => runLang(text, deck) ? ` lang="${runLang(text, deck)}"` : ''

/** The table of contents, numbered as the deck numbers its slides. */
function contents(marks: ReturnType<typeof bookmarks>): string {
  return marks.map(({ title, index, children }) => {
    const nested = children.length ? `<ol>\n${contents(children)}\n</ol>` : ''
    return `<li value="${index + 1}"><a href="#${index + 1}">${title}</a>${nested}</li>`
  }).join('\n')
}

function sourceItem(source: Source, deck: Lang): string {
  const name = escapeHtml(citeTitle(source, deck))
  const lang = langAttribute(name, deck)
  const cited = source.url ? `<a href="${escapeHtml(source.url)}"${lang}>${name}</a>` : `<cite${lang}>${name}</cite>`
  const details = [...scriptRuns(publisherIn(source, deck), deck), ...scriptRuns(citeDetails(source, deck), deck)]
    .map(run => run.lang ? `<span lang="${run.lang}">${escapeHtml(run.text)}</span>` : escapeHtml(run.text))
    .join('')
  return `<li><span class="number">[${sourceNumber(source.id)}]</span> ${cited}. ${details}</li>`
}

function entryHtml({ no, level, title, shown, paragraphs, checks, sources }: ReadingEntry, base: string, lang: Lang): string {
  // a level-1 slide is an h2 under the page's h1, a level-2 one an h3
  const heading = `h${level + 1}`
  const image = `${base}read/${no}`
  const cited = sources.length ? `<ol class="sources" aria-label="${WORDS[lang].sourcesOf(no)}">${sources.map(source => sourceItem(source, lang)).join('')}</ol>` : ''
  // the first slide is on the first screen; the others load as the reader nears them
  return `<section id="${no}" aria-labelledby="title-${no}">
<${heading} id="title-${no}"><span class="number">${no}</span> ${title}</${heading}>
<div class="slide" style="aspect-ratio: ${IMAGE_WIDTH} / ${shown.height}"><img src="${image}.webp" srcset="${image}.webp ${IMAGE_WIDTH}w, ${image}@2x.webp ${2 * IMAGE_WIDTH}w" sizes="(min-width: ${IMAGE_WIDTH + 40}px) ${IMAGE_WIDTH}px, calc(100vw - 40px)" width="${IMAGE_WIDTH}" height="${shown.height}" alt="${escapeHtml(shown.text)}"${no > 1 ? ' loading="lazy"' : ''}></div>
<p class="live"><a href="${base}${no}">${WORDS[lang].open(no)}</a></p>
${paragraphs.map(p => `<p id="${p.id}">${escapeHtml(p.text)}</p>`).join('\n')}
${checks.map(check => `<p class="check">${escapeHtml(check)}</p>`).join('\n')}
${cited}
</section>`
}

/** The other edition's page at the same place: `read/` beside `en/read/`, for a site whose base is `siteBase`. */
const otherPage = (edition: Edition, siteBase: string, page: string): string => `${siteBase}${otherEdition(edition.lang).path}${page}`

/**
 * The page: its head says what it is on its own (title, description, Open Graph; canonical only for a hosted address;
 * the other edition as its alternate), and it links to the other edition.
 */
export function renderReadingEdition(headmatter: Record<string, unknown>, entries: readonly ReadingEntry[], base: string, css: string): string {
  const [title, author, info] = [headmatter.title, headmatter.author, headmatter.info].map(value => escapeHtml(String(value)))
  const edition = editionOfDeck(headmatter)
  const words = WORDS[edition.lang]
  const other = otherEdition(edition.lang)
  const seo = (headmatter.seoMeta ?? {}) as SeoMeta
  const hosted = seo.ogUrl?.replace(/\/?$/, '/')
  const siteBase = siteRootOf(hosted ?? base, edition)
  const pageTitle = escapeHtml(String(headmatter.titleTemplate ?? '%s').replace('%s', words.titled(String(headmatter.title))))
  const description = words.description(info!)
  const meta = [
    `<meta name="description" content="${description}">`,
    `<meta name="author" content="${author}">`,
    hosted && `<link rel="canonical" href="${hosted}read/">`,
    hosted && `<meta property="og:url" content="${hosted}read/">`,
    hosted && `<link rel="alternate" hreflang="${edition.htmlLang}" href="${siteBase}${edition.path}read/">`,
    hosted && `<link rel="alternate" hreflang="${other.htmlLang}" href="${otherPage(edition, siteBase, 'read/')}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${pageTitle}">`,
    `<meta property="og:description" content="${description}">`,
    seo.ogImage && `<meta property="og:image" content="${hosted ?? base}${seo.ogImage}">`,
    seo.twitterCard && `<meta name="twitter:card" content="${seo.twitterCard}">`,
  ].filter(Boolean).join('\n')
  return `<!doctype html>
<html lang="${String(headmatter.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle}</title>
${meta}
<meta name="theme-color" content="${palette.night}">
<link rel="icon" href="${base}favicon.svg">
${(['', '-rest'] as const).map(part => `<link rel="preload" href="${base}fonts/${fileName(edition.lang === 'en' ? 'Inter' : 'Noto Sans SC', 400, part)}" as="font" type="font/woff2" crossorigin>`).join('\n')}
<style>
${css}
</style>
<script src="${base}read/offline.js" defer></script>
</head>
<body>
<header>
<p class="kicker">${words.edition}</p>
<h1>${title}</h1>
<p class="byline">${author}</p>
<p>${info}</p>
<p class="links"><a href="${base}">${words.slides}</a> · <a href="${base}${String(headmatter.exportFilename)}.pdf">${words.pdf}</a> · <a href="${otherPage(edition, siteBase, 'read/')}" hreflang="${other.htmlLang}">${other.name[edition.lang]}</a></p>
</header>
<nav aria-labelledby="contents"><h2 id="contents">${words.contents}</h2><ol>
${contents(bookmarks(entries.map(({ no, title, level }) => ({ index: no - 1, title, level }))))}
</ol></nav>
<main>
${entries.map(entry => entryHtml(entry, base, edition.lang)).join('\n')}
</main>
</body>
</html>
`
}

/** Draws each slide of the loaded print view at 1x and 2x as WebP into `dir`; returns what each shows. */
async function drawSlides(page: Page, dir: string, lang: Lang): Promise<ShownSlide[]> {
  const slides = await page.locator(PRINT_PAGE).all()
  const { width, height } = (await slides[0]!.boundingBox())!
  const size = { width: IMAGE_WIDTH, height: Math.round(height * IMAGE_WIDTH / width), quality: WEBP_QUALITY }
  // the DevTools protocol encodes WebP itself; a window one slide large, at the 2x picture's pixel density, is drawn
  // once per slide (a clip beyond the window would lay the whole print view out again for every picture)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2 * IMAGE_WIDTH / width, mobile: false })
  for (const [index, slide] of slides.entries()) {
    await slide.evaluate(el => el.scrollIntoView())
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'webp', quality: WEBP_QUALITY })
    // the 1x picture is the 2x one scaled down in the page, in half the time drawing the slide again would take
    const small = await page.evaluate(async ({ data, width, height, quality }) => {
      const picture = await createImageBitmap(new Blob([Uint8Array.from(atob(data), char => char.charCodeAt(0))]), { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' })
      const canvas = new OffscreenCanvas(width, height)
      canvas.getContext('2d')!.drawImage(picture, 0, 0)
      const reader = new FileReader()
      reader.readAsDataURL(await canvas.convertToBlob({ type: 'image/webp', quality: quality / 100 }))
      return new Promise<string>(resolve => reader.addEventListener('load', () => resolve(String(reader.result).split(',')[1]!)))
    }, { data, ...size })
    writeFileSync(join(dir, `${index + 1}@2x.webp`), Buffer.from(data, 'base64'))
    writeFileSync(join(dir, `${index + 1}.webp`), Buffer.from(small, 'base64'))
  }
  await cdp.send('Emulation.clearDeviceMetricsOverride')
  const shown: ShownSlide[] = []
  for (const slide of slides) {
    const { text, cites } = await slide.evaluate((el, [struck, picture]) => {
      // drawn already: a struck-through passage says so in words, which the text alternative can carry
      el.querySelectorAll('s, del').forEach(passage => passage.append(struck))
      // a picture is read as its own text alternative, in place of the words drawn in it
      el.querySelectorAll('[role="img"][aria-label]:not([role="img"] *)').forEach(drawn => drawn.replaceWith(picture.replace('%s', drawn.getAttribute('aria-label')!)))
      return {
        // the text as laid out: what is hidden (display: none) is not read out either
        // eslint-disable-next-line unicorn/prefer-dom-node-text-content
        text: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        cites: Array.from(el.querySelectorAll('[data-source]'), cited => cited.getAttribute('data-source')!),
      }
    }, [WORDS[lang].struck, WORDS[lang].picture] as const)
    shown.push({ text, sources: [...new Set(cites)], height: size.height })
  }
  return shown
}

/** Writes read/ into `outDir` (the site served under `base`), its pictures drawn from the deck's print view loaded in `printView`. */
export async function writeReadingEdition(printView: Page, deck: LoadedSlidevData, outDir: string, base: string): Promise<void> {
  const dir = join(outDir, 'read')
  mkdirSync(dir, { recursive: true })
  const { lang } = editionOfDeck(deck.headmatter)
  const shown = await drawSlides(printView, dir, lang)
  // the deck's colours as CSS variables, its subset fonts from `base`, then the edition's own stylesheet
  const css = [
    paletteCss(),
    readFileSync(join(ROOT, 'styles/fonts.css'), 'utf8').replaceAll(`url('/fonts/`, `url('${base}fonts/`),
    readFileSync(join(ROOT, 'styles/reading.css'), 'utf8'),
  ].join('\n')
  writeFileSync(join(dir, 'index.html'), renderReadingEdition(deck.headmatter, readingEntries(deck, readTranscript(lang), shown, lang), base, css))
  writeFileSync(join(dir, 'offline.js'), `navigator.serviceWorker?.register('${base}sw.js')\n`)
}
