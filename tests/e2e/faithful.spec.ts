import { expect, test } from '@playwright/test'
import { printViewLoaded } from '../../lib/browser'
import { loadDeck } from '../../lib/deck'
import { readTranscript } from '../../lib/transcript-format'
import { typographyProblems } from '../support/typography'

const deck = await loadDeck()
const paragraphs = new Map(readTranscript().map(p => [p.id, p.text]))
const squash = (text: string): string => text.replace(/\s+/g, '')

/**
 * Words in quotation marks on a slide that are not someone's words: a slide
 * or a label referred to by name, and the titles of events and papers. Any
 * other quotation must come through <TalkQuote>, verbatim.
 */
const TERMS_IN_QUOTES = new Set(['出处', '核实', 'Mathematical Theory for Emergent Intelligence'])

test('every quotation on a slide is the speaker’s words, verbatim, rendered by <TalkQuote>', async ({ page }) => {
  await page.goto('print')
  await printViewLoaded(page, deck.slides.length)
  const found = await page.locator('.print-slide-container').evaluateAll(containers => containers.map((container) => {
    const quotes = [
      ...container.querySelectorAll('q'),
    ].map(q => ({ paragraph: q.dataset.paragraph ?? '', text: q.textContent ?? '' }))
    // the visible text with the quotations the component renders, and the titles of works, taken out
    const copy = container.cloneNode(true) as Element
    copy.querySelectorAll('q, cite, [aria-hidden="true"]').forEach(q => q.remove())
    return {
      slide: container.id.split('-')[0]!,
      quotes,
      rest: copy.textContent ?? '',
      blockquotes: container.querySelectorAll('blockquote').length,
    }
  }))
  const problems: string[] = []
  for (const { slide, quotes, rest, blockquotes } of found) {
    const title = `slide ${slide} (${deck.slides[Number(slide) - 1]?.title})`
    for (const { paragraph, text } of quotes) {
      const said = paragraphs.get(paragraph)
      // the marks are text, so that exports and text alternatives keep them
      const words = /^“(.*)”$/s.exec(text)?.[1]
      if (words === undefined)
        problems.push(`${title}: ${text} does not stand in quotation marks of its own`)
      else if (!said)
        problems.push(`${title}: a quotation names no transcript paragraph (“${paragraph}”): ${text}`)
      else if (!squash(said).includes(squash(words)))
        problems.push(`${title}: ${text} is not verbatim in ${paragraph}`)
    }
    for (const [, text] of rest.matchAll(/[“「]([^”」]*)[”」]/g)) {
      if (!TERMS_IN_QUOTES.has(text!))
        problems.push(`${title}: “${text}” is in quotation marks but not rendered by <TalkQuote>`)
    }
    if (blockquotes)
      problems.push(`${title}: a block quote not rendered by <TalkQuote>`)
  }
  expect(problems).toEqual([])
  expect(found.flatMap(f => f.quotes).length, 'quotations found').toBeGreaterThan(10)
})

test('numbers and spacing follow the house style on the slides, in their labels and in the notes', async ({ page }) => {
  await page.goto('print')
  await printViewLoaded(page, deck.slides.length)
  const shown = await page.locator('.print-slide-container').evaluateAll(containers => containers.map(container => ({
    slide: container.id.split('-')[0]!,
    texts: [
      // the text as laid out: a line break between blocks, so “DGX-1</p><p>这是” is not read as “DGX-1这是”
      // eslint-disable-next-line unicorn/prefer-dom-node-text-content
      (container as HTMLElement).innerText,
      ...[
        ...container.querySelectorAll('[aria-label], [title], [alt]'),
      ]
        .flatMap(el => ['aria-label', 'title', 'alt'].map(name => el.getAttribute(name) ?? '')),
    ],
  })))
  const problems = [
    ...shown.flatMap(({ slide, texts }) => texts.flatMap(text => typographyProblems(text).map(p => `slide ${slide}: ${p}`))),
    ...deck.slides.flatMap(slide => typographyProblems(slide.note ?? '').map(p => `notes of slide ${slide.index + 1}: ${p}`)),
  ]
  expect(problems).toEqual([])
})
