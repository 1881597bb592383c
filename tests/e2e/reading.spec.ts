import type { Locator, Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { loadDeck } from '../../lib/deck'
import { META_CONTENT_SECURITY_POLICY } from '../../lib/headers'
import { IMAGE_WIDTH } from '../../lib/reading-edition'
import { startStaticServer } from '../../lib/static-server'
import { readTranscript } from '../../lib/transcript-format'
import { checkNotesCoverage } from '../support/notes-coverage'
import { expectInlineScriptBlocked, loadedSlide, watchCspViolations, watchPage } from './support/harness'
import { SUB_PATH, SUB_PATH_DIST } from './support/sub-path-build'

const deck = await loadDeck()
const total = deck.slides.length
const paragraphs = readTranscript()

/** Scrolls to every slide's picture (they load lazily) and waits until each has been drawn. */
async function everyPictureShown(page: Page): Promise<Locator[]> {
  const pictures = await page.locator('main section img').all()
  for (const picture of pictures) {
    await picture.scrollIntoViewIfNeeded()
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThanOrEqual(IMAGE_WIDTH)
  }
  return pictures
}

/** The checks a reader's view must pass: the talk's words whole and in order, and a picture, a text alternative and an anchor for every slide. */
async function expectWholeEdition(page: Page): Promise<void> {
  await expect(page.locator('main > section')).toHaveCount(total)
  expect(checkNotesCoverage([
    { no: 1, note: await page.locator('main').textContent() ?? '' },
  ], paragraphs)).toEqual([])
  for (const { id, text } of paragraphs)
    await expect(page.locator(`#${id}`), id).toHaveText(text)
  const pictures = await everyPictureShown(page)
  expect(pictures).toHaveLength(total)
  for (const [index, picture] of pictures.entries()) {
    const section = page.locator('main > section').nth(index)
    await expect(section).toHaveAttribute('id', String(index + 1))
    await expect(picture).toHaveAttribute('alt', /\S/)
  }
  // a text alternative keeps what the slide marks: the talk's quotation marks, and a passage struck through
  const alts = await page.locator('main section img').evaluateAll((images: HTMLImageElement[]) => images.map(image => image.alt))
  deck.slides.forEach(({ source }, index) => {
    const quotations = source.raw.match(/<TalkQuote\b/g)?.length ?? 0
    expect(alts[index]!.match(/“[^”]+”/g)?.length ?? 0, `slide ${index + 1}: quotations in its text alternative`).toBeGreaterThanOrEqual(quotations)
    if (/<s>/.test(source.raw))
      expect(alts[index], `slide ${index + 1}`).toContain('（划掉）')
  })
}

test('the reading edition holds every transcript paragraph once, in order, and every slide with its picture, text alternative and anchor', async ({ page }) => {
  const watch = await watchPage(page)
  await page.goto('read/')
  await expectWholeEdition(page)
  await page.goto('read/#7')
  await expect(page.locator('[id="7"] h2, [id="7"] h3')).toBeInViewport()
  // nothing from another host, no console error
  expect(watch.problems).toEqual([])
})

test('with JavaScript off the reading edition shows everything', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const watch = await watchPage(page)
  await page.goto(`${baseURL}read/`)
  await expectWholeEdition(page)
  expect(watch.problems).toEqual([])
  await context.close()
})

test('no serious or critical accessibility violation in the reading edition', async ({ page }) => {
  await page.goto('read/')
  await everyPictureShown(page)
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(node => `${v.id} (${v.impact}): ${node.target.join(' ')}: ${v.help}`))
  expect(serious).toEqual([])
})

test('under a sub-path, the reading edition’s links reach the deck and the deck links back to it', async ({ page }) => {
  const server = await startStaticServer({ root: SUB_PATH_DIST, base: SUB_PATH, fallback: 'github-pages' })
  try {
    const watch = await watchPage(page)
    await page.goto(`${server.url}read/`)
    await everyPictureShown(page)
    const live = await page.locator('.live a').evaluateAll((links: HTMLAnchorElement[]) => links.map(link => link.href))
    expect(live).toEqual(deck.slides.map((_, index) => `${server.url}${index + 1}`))
    expect(watch.problems).toEqual([])

    await page.locator('.live a').nth(6).click()
    await expect(loadedSlide(page, 7)).toBeVisible()
    expect(new URL(page.url()).pathname).toBe(`${SUB_PATH}7`)
    // the deck's way back: its <head> and the link on its cover
    const back = `${server.url}read/`
    await expect(page.locator('link[rel="alternate"]')).toHaveJSProperty('href', back)
    await page.goto(`${server.url}1`)
    await expect(loadedSlide(page, 1).locator('a.reading-edition')).toHaveJSProperty('href', back)
  }
  finally {
    await server.close()
  }
})

test('the reading edition runs under its meta tag’s Content-Security-Policy alone without a violation', async ({ page }) => {
  expect(readFileSync('dist/read/index.html', 'utf8')).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`)
  const server = await startStaticServer({ root: 'dist', headers: {} })
  try {
    const violations = await watchCspViolations(page)
    const watch = await watchPage(page)
    await page.goto(`${server.url}read/`)
    await everyPictureShown(page)
    await page.evaluate(() => document.fonts.ready)
    expect(violations).toEqual([])
    expect(watch.problems).toEqual([])
    await expectInlineScriptBlocked(page, violations)
  }
  finally {
    await server.close()
  }
})

test('after one visit the reading edition, its pictures and the deck it links to work with the network cut', async ({ page, context, baseURL }) => {
  const watch = await watchPage(page)
  await page.goto('read/')
  // its own script registers the site's service worker, which precaches read/ with the deck
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  await context.setOffline(true)
  try {
    await page.reload()
    await expectWholeEdition(page)
    await page.locator('.live a').nth(6).click()
    await expect(loadedSlide(page, 7)).toBeVisible()
    await page.goto(`${baseURL}read/`)
    await expect(page.locator('h1')).toHaveText(String(deck.headmatter.title))
  }
  finally {
    await context.setOffline(false)
  }
  expect(watch.problems).toEqual([])
})
