import { expect, test } from '@playwright/test'
import { settle } from '../../lib/browser'
import { loadDeck } from '../../lib/deck'
import { findOverflow, walkDeck, watchPage } from './support/harness'

const deck = await loadDeck()
const total = deck.slides.length

test('every slide and every click step renders inside the canvas, with no error and no external request', async ({ page }) => {
  test.setTimeout(30_000 + total * 8_000)
  const watch = await watchPage(page)
  const overflow: string[] = []

  await page.goto('1')
  const visited = await walkDeck(page, async ({ no, clicks }) => {
    const label = `slide ${no}${clicks
      ? ` click ${clicks}`
      : ''} (${deck.slides[no - 1]?.title ?? 'untitled'})`
    watch.at(label)
    overflow.push(...(await findOverflow(page, no)).map(problem => `${label}: ${problem}`))
  })

  expect(new Set(visited.map(step => step.split('.')[0])).size, 'slides visited').toBe(total)
  expect([
    ...overflow,
    ...watch.problems,
  ]).toEqual([])
})

test('the presenter view opens without errors', async ({ page }) => {
  const watch = await watchPage(page)
  await page.goto('presenter/1')
  await expect(page.locator('.slidev-presenter')).toBeVisible()
  await settle(page)
  expect(watch.problems).toEqual([])
})

test('the overview shows every slide without errors', async ({ page }) => {
  const watch = await watchPage(page)
  await page.goto('overview')
  await expect(page.locator('.slidev-slide-container')).toHaveCount(total)
  await settle(page)
  expect(watch.problems).toEqual([])
})
