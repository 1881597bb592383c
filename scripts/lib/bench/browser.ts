/**
 * The browser measurements of a served deck, in the Chromium that
 * scripts/lib/chromium.ts finds: bytes and requests for slide 1 and for a
 * walk through every slide, and the time until slide 1's text shows.
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { WireTotals } from './network'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS } from '../../../lib/chromium'
import { NetworkLog } from './network'

/**
 * Every host but 127.0.0.1 fails to resolve at once: the numbers do not
 * depend on whether this machine happens to reach a CDN, and a deck that asks
 * one (the starter's Google Fonts and cover image) shows it as failed requests.
 */
export const OFFLINE_ARG = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'

export const VIEWPORT = { width: 1280, height: 720 }
const NEXT_BUTTON = '[title="Go to next slide"]'
/** Slidev gives every slide's wrapper the class slidev-page-N */
const SLIDE_1_HEADING = '.slidev-page-1 h1'

export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, OFFLINE_ARG],
  })
}

/**
 * A fresh context is a first visit: empty cache, no cookies. Service workers
 * are blocked so that a PWA's background precache cannot blur slide 1; the
 * report lists the precache separately.
 */
async function inFirstVisit<T>(browser: Browser, measure: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' })
  try {
    // tsx (esbuild keepNames) wraps named functions in __name(): the page needs one too
    await context.addInitScript({ content: 'globalThis.__name ??= fn => fn' })
    return await measure(await context.newPage(), context)
  }
  finally {
    await context.close()
  }
}

export interface WireResult {
  slide1: WireTotals
  walk: WireTotals
  /** slides seen on the walk (distinct /N routes), and key presses it took */
  slides: number
  presses: number
}

export async function measureWire(browser: Browser, url: string): Promise<WireResult> {
  return inFirstVisit(browser, async (page, context) => {
    const network = await NetworkLog.attach(await context.newCDPSession(page))
    // slide 1 settled: load, then fonts ready, then the network quiet
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await network.waitForQuiet(500, 60_000)
    const slide1 = network.totals()

    const routes = new Set([new URL(page.url()).pathname])
    let presses = 0
    const next = page.locator(NEXT_BUTTON).first()
    await next.waitFor({ state: 'attached', timeout: 10_000 })
    // ArrowRight also steps through v-click reveals, so presses ≥ slides
    while (!await isDisabled(next)) {
      if (++presses > 1000)
        throw new Error(`walk: still not at the last slide after 1000 key presses (at ${page.url()})`)
      await page.keyboard.press('ArrowRight')
      await network.waitForQuiet(500, 30_000)
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      routes.add(new URL(page.url()).pathname)
    }
    await network.waitForQuiet(1000, 30_000)
    return {
      slide1,
      walk: network.totals(),
      slides: routes.size,
      presses,
    }
  })
}

async function isDisabled(button: import('playwright-chromium').Locator): Promise<boolean> {
  return button.evaluate(element => element.classList.contains('disabled') || (element as HTMLButtonElement).disabled)
}

export interface PaintTimes {
  /** navigation start → slide 1's h1 laid out and document.fonts ready, ms */
  text: number
  fcp: number
  lcp: number
}

/**
 * One cold load. The clock is the page's own: performance.now() counts from
 * navigation start. The h1 must have a box (getBoundingClientRect forces the
 * layout that starts its font loads) before document.fonts.ready is awaited,
 * else fonts.ready could resolve before the heading's fonts were even asked for.
 */
export async function measurePaint(browser: Browser, url: string): Promise<PaintTimes> {
  return inFirstVisit(browser, async (page) => {
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 })
    const text = await page.evaluate(async (selector) => {
      await new Promise<void>((resolve, reject) => {
        const started = performance.now()
        const tick = () => {
          const heading = document.querySelector(selector)
          const box = heading?.getBoundingClientRect()
          if (box && box.width > 0 && box.height > 0 && heading!.textContent!.trim())
            return resolve()
          if (performance.now() - started > 60_000)
            return reject(new Error(`no visible “${selector}” after 60 s`))
          requestAnimationFrame(tick)
        }
        tick()
      })
      await document.fonts.ready
      // one more frame: the text painted with its web font
      await new Promise(resolve => requestAnimationFrame(resolve))
      return performance.now()
    }, SLIDE_1_HEADING)
    const { fcp, lcp } = await page.evaluate(() => new Promise<{ fcp: number, lcp: number }>((resolve) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
      // buffered: the entries already recorded; the last one is the LCP so far
      new PerformanceObserver((list) => {
        const entries = list.getEntries()
        resolve({ fcp, lcp: entries.at(-1)?.startTime ?? Number.NaN })
      }).observe({ type: 'largest-contentful-paint', buffered: true })
      setTimeout(resolve, 2000, { fcp, lcp: Number.NaN })
    }))
    return { text, fcp, lcp }
  })
}
