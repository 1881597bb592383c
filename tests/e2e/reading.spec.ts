// The reading edition (build/reading-edition.ts), under the sub-path the suite's build has. Its security policy and
// offline copy are checked with the deck's, in tests/e2e/deck.spec.ts.
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { editions, otherEdition } from '../../data/editions.ts'
import { loadDeck } from '../../node/slidev.ts'
import { readTranscript } from '../../talk/notes.ts'
import { everyPictureShown, HOSTED_URL, watchPage } from '../support/harness.ts'
import { checkNotesCoverage } from '../support/notes-coverage.ts'

/** what a text alternative says after a passage struck through on the slide */
const STRUCK = { zh: '（划掉）', en: '(struck through)' }

const decks = await Promise.all(editions.map(edition => loadDeck(edition.entry)))
for (const [index, edition] of editions.entries()) {
  test.describe(`the ${edition.lang} reading edition`, () => {
    const { lang, path } = edition
    const deck = decks[index]!
    const total = deck.slides.length
    const paragraphs = readTranscript(lang)

    /**
     * The checks a reader's view must pass: the talk's words whole and in order, and a picture, a text alternative and an
     * anchor for every slide; with `drawn`, every picture scrolled to and drawn.
     */
    async function expectWholeEdition(page: Page, { drawn = true } = {}): Promise<void> {
      await expect(page.locator('main > section')).toHaveCount(total)
      expect(checkNotesCoverage([
        { no: 1, note: await page.locator('main').textContent() ?? '' },
      ], paragraphs, lang)).toEqual([])
      // a paragraph that runs on over several slides is in pieces: p17, then p17-5 from its fifth sentence
      for (const { id, text } of paragraphs)
        expect((await page.locator(`[id="${id}"], [id^="${id}-"]`).allTextContents()).join(lang === 'en' ? ' ' : ''), id).toBe(text)
      const pictures = drawn ? await everyPictureShown(page) : await page.locator('main section img').all()
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
          expect(alts[index], `slide ${index + 1}`).toContain(STRUCK[lang])
      })
    }

    test('holds every transcript paragraph once, in order, every slide with its picture, text alternative and anchor, passes axe, and links to each slide in the deck and to the other edition', async ({ page, baseURL }) => {
      const watch = watchPage(page)
      await page.goto(`${path}read/`)
      await expect(page.locator('html')).toHaveAttribute('lang', edition.htmlLang)
      const other = otherEdition(lang)
      await expect(page.locator(`header a[hreflang="${other.htmlLang}"]`)).toHaveJSProperty('href', `${HOSTED_URL}${other.path}read/`)
      await expectWholeEdition(page)
      const live = await page.locator('.live a').evaluateAll((links: HTMLAnchorElement[]) => links.map(link => link.href))
      expect(live).toEqual(deck.slides.map((_, index) => `${baseURL}${path}${index + 1}`))
      // no serious or critical accessibility violation, every picture loaded
      const { violations } = await new AxeBuilder({ page }).analyze()
      expect(violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
        .flatMap(v => v.nodes.map(node => `${v.id} (${v.impact}): ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? v.help}`))).toEqual([])
      await page.goto(`${path}read/#7`)
      await expect(page.locator('[id="7"] h2, [id="7"] h3')).toBeInViewport()
      expect(watch.problems).toEqual([])
    })

    test('with JavaScript off shows everything', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const page = await context.newPage()
      const watch = watchPage(page)
      await page.goto(`${baseURL}${path}read/`)
      // the pictures load as they do with it (loading="lazy" is the browser's): the test above has them drawn
      await expectWholeEdition(page, { drawn: false })
      expect(watch.problems).toEqual([])
      await context.close()
    })
  })
}
