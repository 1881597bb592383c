import { expect, test } from '@playwright/test'
import { loadDeck } from '../../scripts/lib/deck'
import { findOverflow, hasNext, position, settle, watchPage } from './support/harness'

const deck = await loadDeck()
const total = deck.slides.length

test('every slide and every click step renders inside the canvas, with no error and no external request', async ({ page }) => {
  test.setTimeout(30_000 + total * 8_000)
  const watch = await watchPage(page)
  const overflow: string[] = []
  const visited: string[] = []

  await page.goto('1')
  for (;;) {
    await settle(page)
    const { no, clicks } = position(page)
    const label = `slide ${no}${clicks ? ` click ${clicks}` : ''} (${deck.slides[no - 1]?.title ?? 'untitled'})`
    watch.at(label)
    visited.push(`${no}.${clicks}`)
    overflow.push(...(await findOverflow(page, no)).map(problem => `${label}: ${problem}`))
    if (!(await hasNext(page)))
      break
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(url => url.href !== before)
  }

  expect(new Set(visited.map(step => step.split('.')[0])).size, 'slides visited').toBe(total)
  expect([...overflow, ...watch.problems]).toEqual([])
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
