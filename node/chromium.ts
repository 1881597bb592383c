/** The Node side of Chromium, the one way scripts and tests find it and look at the built deck: serve dist/, launch, wait for a Slidev view, read its text. */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { Browser, LaunchOptions, Locator, Page } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { fail } from './cli.ts'
import { PRINT_PAGE, SLIDE_CANVAS, SLIDE_LOADING, SLIDE_NUMBER } from './slidev.ts'
import { startStaticServer } from './static-server.ts'

/**
 * headless on a CI box: no sandbox (CI runs as root), no background traffic to Google (the network is closed); glyphs
 * placed as a browser on screen places them (the headless shell rounds them to whole pixels, which widens Latin text
 * until a slide of sources overflows)
 */
export const CHROMIUM_ARGS = '--no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic --font-render-hinting=none'.split(' ')
/** no address but loopback resolves: a request elsewhere fails at once, in the browser's resolver (the tests, the bench) */
export const LOOPBACK_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'

/** Chromium's headless shell lays out, draws and prints as Chromium does, for some 60 % of its CPU (Debian's chromium-headless-shell) */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell'
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/**
 * $CHROMIUM_PATH, else the usual installs on Linux and macOS, else Playwright's cache; nothing is ever downloaded. The
 * headless shell first, unless `browser`: the full browser, for the bench (a visitor's browser) and for Slidev's
 * exporter (which launches it without CHROMIUM_ARGS).
 */
export function findChromium({ browser = false } = {}): string {
  const fromEnv = process.env.CHROMIUM_PATH
  const found = (fromEnv ? [fromEnv] : [...browser ? [] : [HEADLESS_SHELL], ...SYSTEM_PATHS, chromium.executablePath()]).find(path => existsSync(path))
  if (!found) {
    const where = fromEnv ? `at CHROMIUM_PATH “${fromEnv}”` : 'in the usual system paths or Playwright\'s cache'
    fail(`No Chromium found ${where}: run “npx playwright install chromium”, install your OS package (apt-get install chromium, brew install --cask chromium) or point CHROMIUM_PATH at one.`)
  }
  return found
}

export function launchOptions(...args: string[]): LaunchOptions {
  return { executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...args] }
}

/** `url`: the site's root, ending in the base path */
export interface BuiltSite { url: string, browser: Browser }

export async function withBuiltSite<T>(dist: string, use: (site: BuiltSite) => Promise<T>, { base = '/' } = {}): Promise<T> {
  await using server = await startStaticServer({ root: dist, base })
  await using browser = await chromium.launch(launchOptions())
  return await use({ url: server.url, browser })
}

export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(loading =>
    document.querySelectorAll(loading).length === 0
    && document.fonts.status === 'loaded'
    && document.getAnimations().every(animation => animation.playState !== 'running'), SLIDE_LOADING)
}

/** Slide `no` once its chunk has arrived: Slidev puts the wrapper on the page at once, the layout's root later. */
export function loadedSlide(page: Page, no: number, canvas = SLIDE_CANVAS): Locator {
  return page.locator(`${canvas} [${SLIDE_NUMBER}="${no}"] .slidev-layout`).first()
}

/** Waits for the print view to mount every slide (with `print=clicks`, its further steps come only then) and settle; its page count. */
export async function printViewLoaded(page: Page, slides: number): Promise<number> {
  await page.waitForFunction(({ total, printPage }) => {
    const containers = Array.from(document.querySelectorAll(printPage))
    const shown = new Set(containers.map(container => container.id.split('-')[0]))
    return shown.size === total && containers.every(container => container.querySelector('.slidev-layout'))
  }, { total: slides, printPage: PRINT_PAGE })
  await settle(page)
  return page.locator(PRINT_PAGE).count()
}

/** A print view at the canvas's width (the view scales each slide to the window's), loaded; and its page count. */
export async function openPrintView({ browser, url }: BuiltSite, { headmatter, slides }: LoadedSlidevData, view: string): Promise<[Page, number]> {
  const page = await browser.newPage({ viewport: { width: Number(headmatter.canvasWidth), height: 720 } })
  await page.goto(`${url}${view}`)
  return [page, await printViewLoaded(page, slides.length)]
}

/** Shown text with its CSS weight, font-family list, closest `lang`, and where: print container id (`007-01`), notes, or tag. */
export interface ShownText { text: string, weight: number, fontFamily: string, lang: string, where: string }

/** Every piece of text the page shows (or the element `root` selects), generated text (::before, ::after) included. */
export function shownText(page: Page, root = 'body'): Promise<ShownText[]> {
  // no named functions inside: tsx would wrap them in a helper the page lacks
  return page.evaluate(({ root, printPage }) => {
    const found: ShownText[] = []
    const top = document.querySelector(root)!
    for (const el of [top, ...top.querySelectorAll('*')]) {
      // what display: none hides is not shown: slide 1's snapshot away from slide 1, Slidev's offline notice
      if (['SCRIPT', 'STYLE', 'TITLE', 'NOSCRIPT'].includes(el.tagName) || !el.checkVisibility())
        continue
      const container = el.closest(`${printPage}, [class*="note"]`)
      const where = container?.id || container?.className.toString().slice(0, 40) || el.tagName
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? ''
      const own = [...el.childNodes].filter(node => node.nodeType === Node.TEXT_NODE).map(node => node.textContent).join('')
      for (const pseudo of ['', '::before', '::after']) {
        const style = getComputedStyle(el, pseudo || null)
        // open-quote draws the element's `quotes` (《》 for a Chinese title), or its language's by default
        const quoted = /open-quote|close-quote/.test(style.content) && style.quotes !== 'none'
        const quotes = !quoted ? '' : style.quotes === 'auto' ? '“”‘’' : style.quotes.replace(/["'\s]/g, '')
        const text = pseudo ? (/^"(.*)"$/.exec(style.content)?.[1] ?? '') + quotes : own
        if (text.trim())
          found.push({ text, weight: Number(style.fontWeight), fontFamily: style.fontFamily, lang, where })
      }
    }
    return found
  }, { root, printPage: PRINT_PAGE })
}
