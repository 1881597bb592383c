import { expect, test } from '@playwright/test'
import { settle } from '../../node/chromium.ts'
import { loadDeck, SLIDE_CANVAS, SLIDE_NUMBER } from '../../node/slidev.ts'

// the first slide that reveals something on a click; the next slide follows with a transition
const deck = await loadDeck()
const revealing = deck.slides.find(slide => /\bv-click\b/.test(slide.source.raw))!.index + 1

async function revealTarget(page: import('@playwright/test').Page) {
  await page.goto(String(revealing))
  await settle(page)
  return page.locator(`${SLIDE_CANVAS} [${SLIDE_NUMBER}="${revealing}"] .slidev-vclick-target`).first()
}

test('with reduced motion, transitions and reveals are instant', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' })
  const page = await context.newPage()
  const target = await revealTarget(page)
  expect(await target.evaluate(el => getComputedStyle(el).transitionDuration)).toMatch(/^0s(, 0s)*$/)
  await page.keyboard.press('ArrowRight')
  await page.waitForURL(/clicks=1/)
  // nothing animates: not the reveal, not the slide transition that follows
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0)
  for (let i = 0; i < 3; i++) {
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(url => url.href !== before)
    expect(await page.evaluate(() => document.getAnimations().filter(a => a.playState === 'running').length)).toBe(0)
  }
  await context.close()
})

test('without it, reveals do animate (the test above can fail)', async ({ page }) => {
  const target = await revealTarget(page)
  expect(await target.evaluate(el => getComputedStyle(el).transitionDuration)).not.toMatch(/^0s(, 0s)*$/)
})
