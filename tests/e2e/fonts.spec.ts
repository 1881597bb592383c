import type { Page } from '@playwright/test'
import type { Weight } from '../../lib/font-subsets'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { loadDeck } from '../../lib/deck'
import { parseUnicodeRange, weightBucket } from '../../lib/font-subsets'
import { printViewLoaded, settle } from './support/harness'

const deck = await loadDeck()
const HOW_TO_FIX = 'run “npm run build && npm run fonts && npm run build”'

/** the code points each weight's files cover, from the generated styles/fonts.css */
function coverageByWeight(): Map<Weight, Set<number>> {
  const css = readFileSync('styles/fonts.css', 'utf8')
  const covered = new Map<Weight, Set<number>>()
  for (const [, block] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const weight = weightBucket(Number(/font-weight:\s*(\d+)/.exec(block!)?.[1]))
    const codes = parseUnicodeRange(/unicode-range:([^;]+);/.exec(block!)![1]!)
    covered.set(weight, new Set([
      ...(covered.get(weight) ?? []),
      ...codes,
    ]))
  }
  return covered
}

// Every click step of every slide, and the notes, as a presenter sees them
const views: [string, (page: Page) => Promise<unknown>][] = [
  [
    'print?print=clicks',
    page => printViewLoaded(page, deck.slides.length),
  ],
  ['presenter/print', settle], // the notes: text only, nothing loads late
]
for (const [view, loaded] of views) {
  test(`every character shown in ${view} is in a subset font file`, async ({ page }) => {
    const covered = coverageByWeight()
    await page.goto(view)
    await loaded(page)
    const shown = await page.evaluate(() => {
      const found: { text: string, weight: number, where: string }[] = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        if (!parent || ['SCRIPT', 'STYLE', 'TITLE'].includes(parent.tagName))
          continue
        const container = parent.closest('.print-slide-container, .slidev-note-with-clicks, [class*="note"]')
        found.push({
          text: node.textContent ?? '',
          weight: Number(getComputedStyle(parent).fontWeight),
          where: container?.id || container?.className.toString().slice(0, 40) || parent.tagName,
        })
      }
      return found
    })
    const missing = new Set<string>()
    for (const { text, weight, where } of shown) {
      for (const char of text.replace(/\s/g, '')) {
        if (!covered.get(weightBucket(weight))?.has(char.codePointAt(0)!)) {
          const slide = deck.slides[Number(where.split('-')[0]) - 1]
          missing.add(`“${char}” (U+${char.codePointAt(0)!.toString(16).toUpperCase()}) in weight ${weightBucket(weight)} on ${slide
            ? `slide ${slide.index + 1} (${slide.title})`
            : where}`)
        }
      }
    }
    expect([...missing], HOW_TO_FIX).toEqual([])
  })
}

test('no text on any slide falls back to a system font', async ({ page }) => {
  await page.goto('print?print=clicks')
  await printViewLoaded(page, deck.slides.length)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.print-slide-container *' })
  const fallbacks = new Set<string>()
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    for (const font of fonts.filter(f => !f.isCustomFont)) {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId })
      fallbacks.add(`${font.familyName} (${font.glyphCount} glyphs) in ${outerHTML.replace(/\s+/g, ' ').slice(0, 80)}`)
    }
  }
  expect([...fallbacks], HOW_TO_FIX).toEqual([])
})
