/**
 * The deck's safety net: watch a page for console errors, page errors and
 * requests that leave the loopback server, find elements of the current
 * slide that stick out of the slide canvas, walk every click step, record
 * Content-Security-Policy violations. Every report names what it found. Waiting for a view to load is node/chromium.ts's.
 */
import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { IMAGE_WIDTH } from '../../build/reading-edition.ts'
import { loadedSlide, settle } from '../../node/chromium.ts'
import { NEXT_BUTTON, SLIDE_CANVAS, SLIDE_NUMBER } from '../../node/slidev.ts'

export { loadedSlide, settle }

/** The built site under test: `npm test` builds dist/ under this base path, as GitHub Pages hosts a project's site */
export const SITE = 'dist'
export const BASE = '/talk/'
/** the hosted address `npm test` builds with (`--url`): the QR codes and the colophon's link point there */
export const HOSTED_URL = 'https://example.org/talk/'

export interface PageWatch {
  /** console errors, page errors and external requests seen so far */
  problems: string[]
  /** where the watch is: a label prefixed to each problem */
  at: (label: string) => void
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Starts watching: console errors, page errors and requests to anywhere but loopback (which the tests' Chromium cannot
 * resolve: playwright.config.ts), those a service worker answers too.
 */
export function watchPage(page: Page): PageWatch {
  let label = 'page'
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`${label}: console error: ${message.text()} (${message.location().url || 'no location'})`)
  })
  page.on('pageerror', error => problems.push(`${label}: page error: ${error.message}`))
  const external = (href: string): URL | undefined => {
    const url = new URL(href)
    return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !LOOPBACK.has(url.hostname)
      ? url
      : undefined
  }
  page.on('request', (request) => {
    const url = external(request.url())
    if (url)
      problems.push(`${label}: external request to ${url.host}: ${url.href}`)
  })
  return {
    problems,
    at: (next) => {
      label = next
    },
  }
}

/**
 * Elements of the shown slide that extend outside the slide canvas or clip
 * their own text. Hidden click targets (not yet revealed) are ignored.
 */
export async function findOverflow(page: Page, slideNo: number): Promise<string[]> {
  return page.evaluate(({ no, canvasSelector, slideNumber }) => {
    const canvas = document.querySelector(canvasSelector)
    const slide = canvas?.querySelector(`[${slideNumber}="${no}"]`)
    if (!canvas || !slide)
      return [`slide ${no} is not on the page`]
    const bounds = canvas.getBoundingClientRect()
    const name = (el: Element): string => {
      const classes = [...el.classList].filter(c => !c.startsWith('slidev-vclick')).slice(0, 3).join('.')
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)
      return `<${el.tagName.toLowerCase()}${classes
        ? `.${classes}`
        : ''}>${text
        ? ` “${text}”`
        : ''}`
    }
    // screen-reader-only text is a 1 × 1 px clipped box by design, not a bug
    const visuallyHidden = (el: Element): boolean => {
      for (let node: Element | null = el; node && node !== slide; node = node.parentElement) {
        const box = node.getBoundingClientRect()
        if (box.width <= 1 && box.height <= 1 && /hidden|clip/.test(getComputedStyle(node).overflow))
          return true
      }
      return false
    }
    const found: string[] = []
    for (const el of slide.querySelectorAll('*')) {
      if (el.closest('.slidev-vclick-hidden') || visuallyHidden(el))
        continue
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden')
        continue
      const box = el.getBoundingClientRect()
      if (box.width === 0 && box.height === 0)
        continue
      const out = [
        box.left < bounds.left - 1 && `left by ${Math.round(bounds.left - box.left)}px`,
        box.right > bounds.right + 1 && `right by ${Math.round(box.right - bounds.right)}px`,
        box.top < bounds.top - 1 && `top by ${Math.round(bounds.top - box.top)}px`,
        box.bottom > bounds.bottom + 1 && `bottom by ${Math.round(box.bottom - bounds.bottom)}px`,
      ].filter(Boolean)
      if (out.length)
        found.push(`${name(el)} sticks out of the slide (${out.join(', ')})`)
      else if (/hidden|clip/.test(style.overflow) && el instanceof HTMLElement && el.scrollHeight > el.clientHeight + 2 && el.scrollWidth > 0)
        found.push(`${name(el)} clips its content (${el.scrollHeight}px in ${el.clientHeight}px)`)
    }
    return found
  }, { no: slideNo, canvasSelector: SLIDE_CANVAS, slideNumber: SLIDE_NUMBER })
}

/** The slide number and click step the URL shows, e.g. /7?clicks=2 → { no: 7, clicks: 2 }. */
export function position(page: Page): { no: number, clicks: number } {
  const url = new URL(page.url())
  const no = Number(url.pathname.split('/').filter(Boolean).at(-1))
  return {
    no,
    clicks: Number(url.searchParams.get('clicks') ?? 0),
  }
}

/** Whether Slidev has a next step (click or slide): its own nav button says so. */
export async function hasNext(page: Page): Promise<boolean> {
  const button = page.locator(NEXT_BUTTON).first()
  return !(await button.evaluate(el => el.classList.contains('disabled')))
}

/**
 * Walks the deck from where the page is, step by step (every click, then the
 * next slide), with the keyboard, as a presenter would; calls `visit` at each
 * settled step. Returns the steps visited, as “slide.clicks”.
 */
export async function walkDeck(page: Page, visit: (step: { no: number, clicks: number }) => Promise<void> = async () => {}): Promise<string[]> {
  const visited: string[] = []
  for (;;) {
    const step = position(page)
    // the app mounts the slide after the page loads: wait for it, then for calm
    await loadedSlide(page, step.no).waitFor({ state: 'visible' })
    await settle(page)
    visited.push(`${step.no}.${step.clicks}`)
    await visit(step)
    if (!(await hasNext(page)))
      return visited
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(url => url.href !== before)
  }
}

/** Collects the page's Content-Security-Policy violations (“directive: blocked URI”) from before its first script. */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (t: string) => void })
        .reportCspViolation(`${event.violatedDirective}: ${event.blockedURI}`)
    })
  })
  return violations
}

/** The policy is in force: a script written into the page does not run, and that is reported. */
export async function expectInlineScriptBlocked(page: Page, violations: string[]): Promise<void> {
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.inlineScriptRan = true'
    document.head.append(script)
    return 'inlineScriptRan' in window
  })
  expect(ran).toBe(false)
  await expect.poll(() => violations).toEqual(['script-src-elem: inline'])
}

/** Scrolls to every slide's picture in the reading edition (they load lazily) and waits until each has been drawn. */
export async function everyPictureShown(page: Page): Promise<Locator[]> {
  const pictures = await page.locator('main section img').all()
  // a lazy picture starts loading once a frame has shown it near the window, and then finishes wherever the reader is
  await page.locator('main section img').evaluateAll(async (images) => {
    for (const image of images) {
      image.scrollIntoView()
      await new Promise(requestAnimationFrame)
    }
  })
  await expect.poll(() => page.locator('main section img').evaluateAll((images: HTMLImageElement[], width) =>
    images.filter(img => !img.complete || img.naturalWidth < width).map(img => img.currentSrc || img.src), IMAGE_WIDTH), 'pictures not drawn').toEqual([])
  return pictures
}
