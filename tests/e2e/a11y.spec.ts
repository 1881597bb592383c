import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { loadedSlide, printViewLoaded } from '../../lib/browser'
import { loadDeck } from '../../lib/deck'
import { watchPage } from './support/harness'

const deck = await loadDeck()

// Slidev's print view holds every slide in its final click state: axe sees
// each one fully revealed, in one pass.
test('no serious or critical accessibility violation on any slide', async ({ page }) => {
  const watch = await watchPage(page)
  await page.goto('print')
  expect(await printViewLoaded(page, deck.slides.length), 'pages in the print view').toBe(deck.slides.length)
  const { violations } = await new AxeBuilder({ page }).include('.print-slide-container').analyze()
  const serious = violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(node => `${v.id} (${v.impact}): ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? v.help}`))
  expect(serious).toEqual([])
  expect(watch.problems).toEqual([])
})

test('every svg that carries meaning has a text alternative', async ({ page }) => {
  await page.goto('print')
  expect(await printViewLoaded(page, deck.slides.length), 'pages in the print view').toBe(deck.slides.length)
  const unnamed = await page.locator('.print-slide-container svg').evaluateAll(svgs => svgs
    .filter(svg => svg.getAttribute('aria-hidden') !== 'true' && !svg.closest('[aria-hidden="true"]'))
    .filter(svg => !svg.getAttribute('aria-label') && !svg.getAttribute('aria-labelledby') && !svg.querySelector('title'))
    .map(svg => `${svg.closest('.print-slide-container')?.id}: <svg class="${svg.getAttribute('class') ?? ''}">`))
  expect(unnamed).toEqual([])
})

// Lighthouse's accessibility audit asks for it (landmark-one-main); the axe run above sees only the print view's slides
test('the deck’s page has one main landmark', async ({ page }) => {
  await page.goto('1')
  await expect(loadedSlide(page, 1)).toBeVisible()
  await expect(page.getByRole('main')).toHaveCount(1)
})
