/**
 * The one way scripts and tests look at the built deck: serve dist/, launch
 * the resolved Chromium, wait until a Slidev view has really loaded, read the
 * text it shows, print it to PDF.
 */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { Browser, LaunchOptions, Locator, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium } from './chromium'
import { startStaticServer } from './static-server'

export function launchOptions(): LaunchOptions {
  const executablePath = findChromium()
  return { executablePath, args: CHROMIUM_ARGS }
}

/** `url`: the site's root, ending in the base path */
export interface BuiltSite { url: string, browser: Browser }

/** Serves `dist` on 127.0.0.1, launches Chromium, runs `use`; closes both however it ends. */
export async function withBuiltSite<T>(dist: string, use: (site: BuiltSite) => Promise<T>, { base = '/' } = {}): Promise<T> {
  const server = await startStaticServer({ root: dist, base })
  try {
    const browser = await chromium.launch(launchOptions())
    try {
      return await use({ url: server.url, browser })
    }
    finally {
      await browser.close()
    }
  }
  finally {
    await server.close()
  }
}

/** Waits until no slide is still loading, nothing animates and every font in use has loaded. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.querySelectorAll('.slidev-slide-loading').length === 0
    && document.fonts.status === 'loaded'
    && document.getAnimations().every(animation => animation.playState !== 'running'))
}

/**
 * Slide `no` once its content has loaded: Slidev puts the slide's wrapper on
 * the page at once, the slide itself (an async component, with its layout's
 * `.slidev-layout` root) when its chunk has arrived.
 */
export function loadedSlide(page: Page, no: number, canvas = '#slide-content'): Locator {
  return page.locator(`${canvas} [data-slidev-no="${no}"] .slidev-layout`).first()
}

/**
 * Waits until Slidev's print view (`print`, `print?print=clicks`) shows every
 * slide loaded, then for calm; returns how many pages it laid out. A slide
 * renders nothing for 300 ms, then a loading placeholder, and with
 * `print=clicks` its further click steps appear only once it has mounted.
 */
export async function printViewLoaded(page: Page, slides: number): Promise<number> {
  await page.waitForFunction((total) => {
    const containers = Array.from(document.querySelectorAll('.print-slide-container'))
    const shown = new Set(containers.map(container => container.id.split('-')[0]))
    return shown.size === total && containers.every(container => container.querySelector('.slidev-layout'))
  }, slides)
  await settle(page)
  return page.locator('.print-slide-container').count()
}

/**
 * Opens a print view of the built deck at the canvas's width (the view scales
 * each slide to the window's) and waits for every slide; returns the page and
 * how many pages it laid out.
 */
export async function openPrintView({ browser, url }: BuiltSite, { headmatter, slides }: LoadedSlidevData, view: string, deviceScaleFactor = 1): Promise<[Page, number]> {
  const width = Number(headmatter.canvasWidth)
  const viewport = { width, height: 720 }
  const page = await browser.newPage({ viewport, deviceScaleFactor })
  await page.goto(`${url}${view}`)
  return [page, await printViewLoaded(page, slides.length)]
}

/**
 * A piece of text the page shows: its CSS font-weight and computed
 * font-family list, the closest `lang`, and where it stands (the print
 * container's id, `007-01`, or the notes block, else its tag).
 */
export interface ShownText { text: string, weight: number, fontFamily: string, lang: string, where: string }

/** Every piece of text the page shows, generated text (::before, ::after) included. */
export function shownText(page: Page): Promise<ShownText[]> {
  // no named functions inside: tsx would wrap them in a helper the page lacks
  return page.evaluate(() => {
    const found: ShownText[] = []
    for (const el of document.body.querySelectorAll('*')) {
      // Slidev's offline toast is set in the system's sans-serif on purpose
      if (['SCRIPT', 'STYLE', 'TITLE', 'NOSCRIPT'].includes(el.tagName) || el.closest('.slidev-pwa-indicator'))
        continue
      const container = el.closest('.print-slide-container, .slidev-note-with-clicks, [class*="note"]')
      const where = container?.id || container?.className.toString().slice(0, 40) || el.tagName
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? ''
      const own = [...el.childNodes].filter(node => node.nodeType === Node.TEXT_NODE).map(node => node.textContent).join('')
      for (const pseudo of ['', '::before', '::after']) {
        const style = getComputedStyle(el, pseudo || null)
        const quotes = /open-quote|close-quote/.test(style.content) && '“”‘’'
        const text = pseudo
          ? (/^"(.*)"$/.exec(style.content)?.[1] ?? '') + (quotes || '')
          : own
        if (text.trim()) {
          found.push({
            text,
            weight: Number(style.fontWeight),
            fontFamily: style.fontFamily,
            lang,
            where,
          })
        }
      }
    }
    return found
  })
}

/**
 * Prints the page as Slidev's exporter does (screen media, backgrounds, the
 * page size its print styles set) but tagged: the PDF carries a structure
 * tree with headings, reading order and text alternatives, for screen readers.
 */
export async function printPdf(page: Page, path: string, pageRanges = ''): Promise<void> {
  await page.emulateMedia({ media: 'screen' })
  await page.pdf({
    path,
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    pageRanges,
  })
}
