import { expect, test } from '@playwright/test'
import { printViewLoaded } from '../../lib/browser'
import { loadDeck } from '../../lib/deck'

const deck = await loadDeck()
/** the slides an audience must read: the references and the colophon are fine print */
const readable = deck.slides.filter(slide => !slide.frontmatter.appendix).map(slide => slide.index + 1)

/**
 * WCAG 2 contrast from CSS colours, computed in the page: a canvas paints a
 * colour over what is behind it, so translucent text, fills and gradient
 * stops count as they look.
 */
const CONTRAST = `
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })
  const paint = (...layers) => {
    ctx.clearRect(0, 0, 1, 1)
    for (const css of layers) { ctx.fillStyle = '#000'; ctx.fillStyle = css; ctx.fillRect(0, 0, 1, 1) }
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data
    return { css: 'rgb(' + r + ', ' + g + ', ' + b + ')', rgb: [r, g, b], a }
  }
  const luminance = rgb => rgb.map(v => v / 255).map(c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0)
  /** the colours behind an element, each as it shows: its nearest fill or gradient stops over the opaque fill below */
  window.backgroundsOf = (el) => {
    let layers = []
    for (let node = el; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      const stops = [...style.backgroundImage.matchAll(/rgba?\\([^)]*\\)|#[0-9a-f]{3,8}/gi)].map(m => m[0])
      if (!layers.length)
        layers = [...stops, style.backgroundColor].filter(c => paint(c).a > 0)
      if (paint(style.backgroundColor).a === 255)
        return layers.map(c => paint(style.backgroundColor, c).css)
    }
    return layers.map(c => paint('#fff', c).css).concat(layers.length ? [] : ['rgb(255, 255, 255)'])
  }
  window.contrast = (colour, behind) => {
    const [x, y] = [luminance(paint(behind, colour).rgb), luminance(paint(behind).rgb)].sort((m, n) => n - m)
    return (x + 0.05) / (y + 0.05)
  }
`

test.beforeEach(async ({ page }) => {
  await page.addInitScript(CONTRAST)
  await page.goto('print')
  await printViewLoaded(page, deck.slides.length)
})

test('the type an audience must read is 18 px or more, for at least three quarters of its characters', async ({ page }) => {
  const sizes = await page.locator('.print-slide-container').evaluateAll((containers, slides) => {
    const counts: Record<string, number> = {}
    for (const container of containers.filter(c => slides.includes(Number(c.id.split('-')[0])))) {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const chars = (node.textContent ?? '').replace(/\s/g, '').length
        const style = node.parentElement && getComputedStyle(node.parentElement)
        if (chars && style && style.visibility !== 'hidden' && node.parentElement!.getClientRects().length)
          counts[style.fontSize] = (counts[style.fontSize] ?? 0) + chars
      }
    }
    return counts
  }, readable)
  const total = Object.values(sizes).reduce((a, b) => a + b, 0)
  const small = Object.entries(sizes).filter(([size]) => Number.parseFloat(size) < 18).reduce((sum, [, n]) => sum + n, 0)
  expect(total).toBeGreaterThan(500)
  expect(small / total, `characters below 18 px: ${small} of ${total} (${JSON.stringify(sizes)})`).toBeLessThanOrEqual(0.25)
})

test('every text and every line or bar that carries meaning stands out from what is behind it', async ({ page }) => {
  const failures = await page.locator('.print-slide-container').evaluateAll((containers) => {
    const w = window as unknown as { contrast: (a: string, b: string) => number, backgroundsOf: (el: Element) => string[] }
    const found: string[] = []
    const check = (el: Element, colour: string, needed: number, what: string) => {
      for (const behind of w.backgroundsOf(el)) {
        const ratio = w.contrast(colour, behind)
        if (ratio < needed)
          found.push(`slide ${el.closest('.print-slide-container')!.id.split('-')[0]}: ${what} ${colour} on ${behind} is ${ratio.toFixed(2)}:1, needs ${needed}:1`)
      }
    }
    for (const container of containers) {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!
        const text = (node.textContent ?? '').trim()
        if (!text || el.closest('[aria-hidden="true"], svg') || !el.getClientRects().length)
          continue
        const style = getComputedStyle(el)
        check(el, style.color, Number.parseFloat(style.fontSize) >= 24
          ? 3
          : 4.5, `“${text.slice(0, 16)}”`)
      }
      for (const el of container.querySelectorAll('*')) {
        const style = getComputedStyle(el)
        if (Number.parseFloat(style.borderLeftWidth) >= 2 && style.borderLeftStyle === 'solid')
          check(el.parentElement!, style.borderLeftColor, 3, `the rule of <${el.tagName.toLowerCase()} class="${el.className}">`)
        if (el.classList.contains('bar'))
          check(el.parentElement!, style.backgroundColor, 3, 'a bar')
      }
      for (const shape of container.querySelectorAll('svg:not([aria-hidden="true"]) :is(path, line, circle)')) {
        const stroke = getComputedStyle(shape).stroke
        if (stroke && stroke !== 'none')
          check(shape.closest('svg')!, stroke, 3, `a line of <svg aria-label="${shape.closest('svg')!.getAttribute('aria-label') ?? ''}">`)
      }
    }
    return found
  })
  expect(failures).toEqual([])
})

test('the body of every default slide starts at the same height, under a one-line title', async ({ page }) => {
  const tops = await page.locator('.print-slide-container .slidev-layout.default').evaluateAll(layouts => layouts.map((layout) => {
    const title = layout.querySelector(':scope > h1')!
    const body = title.nextElementSibling!
    const base = layout.getBoundingClientRect().top
    return {
      slide: layout.closest('.print-slide-container')!.id.split('-')[0],
      top: Math.round(body.getBoundingClientRect().top - base),
      titleHeight: title.getBoundingClientRect().height,
    }
  }))
  expect(tops.length).toBeGreaterThan(10)
  expect(new Set(tops.map(t => t.top)), JSON.stringify(tops)).toEqual(new Set([tops[0]!.top]))
  expect(tops.filter(t => t.titleHeight > 60), 'titles on two lines').toEqual([])
})

test('the deck holds at most 30 click steps, and each slide’s notes have no more [click] markers than it has clicks', async ({ page }) => {
  await page.goto('print?print=clicks')
  await printViewLoaded(page, deck.slides.length)
  const ids = await page.locator('.print-slide-container').evaluateAll(containers => containers.map(c => Number(c.id.split('-')[0])))
  const clicks = (no: number) => ids.filter(id => id === no).length - 1
  expect(ids.length - deck.slides.length, 'click steps in the deck').toBeLessThanOrEqual(30)
  for (const slide of deck.slides) {
    const markers = slide.note?.match(/\[click(?::\d+)?\]/g)?.length ?? 0
    expect(markers, `slide ${slide.index + 1} (${slide.title}): [click] markers against its clicks`).toBeLessThanOrEqual(clicks(slide.index + 1))
  }
})
