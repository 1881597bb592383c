// Every click step of every slide, the notes as a presenter sees them and the reading edition, in one page that
// visits the three: each character set in a font file of its family, none in a system font, the notes' files kept
// off the slides.
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { editions } from '../../data/editions.ts'
import { loadedSlide, printViewLoaded, settle, shownText } from '../../node/chromium.ts'
import { parseUnicodeRange, subsetFonts, weightBucket } from '../../node/fonts.ts'
import { loadDeck, NOTES_PRINT_VIEW, PRINT_PAGE, PRINT_VIEW_CLICKS } from '../../node/slidev.ts'

/** a DOM node's type number for text, as the DevTools protocol reports it */
const TEXT_NODE = 3
const HOW_TO_FIX = 'run “npm run build && npm run fonts && npm run build”'

/** the code points each family covers in each weight (“Inter/400”), from the generated styles/fonts.css */
function coverage(): Map<string, Set<number>> {
  const covered = new Map<string, Set<number>>()
  for (const [, block] of readFileSync('styles/fonts.css', 'utf8').matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const family = /font-family:\s*'([^']+)'/.exec(block!)![1]
    const key = `${family}/${weightBucket(Number(/font-weight:\s*(\d+)/.exec(block!)![1]))}`
    covered.set(key, new Set([
      ...covered.get(key) ?? [],
      ...parseUnicodeRange(/unicode-range:([^;]+);/.exec(block!)![1]!),
    ]))
  }
  return covered
}

/** Shown characters in no subset file of their family, each with where it stands. */
async function uncovered(page: Page, deck: Awaited<ReturnType<typeof loadDeck>>): Promise<string[]> {
  const covered = coverage()
  const missing = new Set<string>()
  for (const { text, weight, fontFamily, where } of await shownText(page)) {
    const families = fontFamily.split(',').map(family => family.trim().replace(/^["']|["']$/g, ''))
    for (const char of text.replace(/\s/g, '')) {
      if (families.some(family => covered.get(`${family}/${weightBucket(weight)}`)?.has(char.codePointAt(0)!)))
        continue
      const slide = deck.slides[Number(where.split('-')[0]) - 1]
      const place = slide ? `slide ${slide.index + 1} (${slide.title})` : where
      missing.add(`“${char}” (U+${char.codePointAt(0)!.toString(16).toUpperCase()}) in weight ${weightBucket(weight)} of ${families.join(', ')} on ${place}`)
    }
  }
  return [...missing]
}

const decks = await Promise.all(editions.map(edition => loadDeck(edition.entry)))
for (const [index, edition] of editions.entries()) {
  test.describe(`${edition.lang} edition: every click step, the notes and the reading edition`, () => {
    const { path, lang } = edition
    const deck = decks[index]!
    test.describe.configure({ mode: 'serial' })
    let page: Page
    /** the font files the page has fetched, by path under the base */
    const fetched: string[] = []
    const restFiles = (): string[] => fetched.filter(path => /\/fonts\/.*-rest\.woff2$/.test(path))
    test.beforeAll(async ({ browser, baseURL }) => {
      page = await browser.newPage({ baseURL })
      page.on('request', request => fetched.push(new URL(request.url()).pathname))
      await page.goto(`${path}${PRINT_VIEW_CLICKS}`)
      await printViewLoaded(page, deck.slides.length)
      await page.evaluate(() => document.fonts.ready)
    })
    test.afterAll(() => page.close())

    test('the deck holds at most 30 click steps, and each slide’s notes have no more [click] markers than it has clicks', async () => {
      const ids = await page.locator(PRINT_PAGE).evaluateAll(containers => containers.map(c => Number(c.id.split('-')[0])))
      const clicks = (no: number) => ids.filter(id => id === no).length - 1
      expect(ids.length - deck.slides.length, 'click steps in the deck').toBeLessThanOrEqual(30)
      for (const slide of deck.slides) {
        const markers = slide.note?.match(/\[click(?::\d+)?\]/g)?.length ?? 0
        expect(markers, `slide ${slide.index + 1} (${slide.title}): [click] markers against its clicks`).toBeLessThanOrEqual(clicks(slide.index + 1))
      }
    })

    test('every character of every click step is in a subset font file of its font-family', async () => {
      expect(await uncovered(page, deck), HOW_TO_FIX).toEqual([])
    })

    test('no text on any slide falls back to a system font', async () => {
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('DOM.enable')
      await cdp.send('CSS.enable')
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `${PRINT_PAGE} *` })
      // the fonts a node reports are those of its own text: the nodes with none are not asked
      const withText = new Set<number>()
      const visit = (node: typeof root): void => {
        if (node.children?.some(child => child.nodeType === TEXT_NODE && child.nodeValue.trim()))
          withText.add(node.nodeId)
        node.children?.forEach(visit)
      }
      visit(root)
      const fallbacks = new Set<string>()
      for (const nodeId of nodeIds.filter(id => withText.has(id))) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
        for (const font of fonts.filter(f => !f.isCustomFont)) {
          const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId })
          fallbacks.add(`${font.familyName} (${font.glyphCount} glyphs) in ${outerHTML.replace(/\s+/g, ' ').slice(0, 80)}`)
        }
      }
      expect([...fallbacks], HOW_TO_FIX).toEqual([])
    })

    // node/fonts.ts cuts each face in two: a slide never waits for the notes' characters
    test('the slides fetch none of the “-rest” font files; the notes fetch them, and every character they show is in a file', async () => {
      expect(fetched.filter(path => path.includes('/fonts/')).length, 'font files the slides fetched').toBeGreaterThan(0)
      expect(restFiles(), 'every click step of every slide').toEqual([])
      await page.goto(`${path}${NOTES_PRINT_VIEW}`)
      await settle(page)
      await page.evaluate(() => document.fonts.ready)
      expect(restFiles()).toContainEqual(expect.stringMatching(lang === 'en' ? /\/fonts\/inter-\d00-rest\.woff2$/ : /\/fonts\/noto-sans-sc-400-rest\.woff2$/))
      expect(await uncovered(page, deck), HOW_TO_FIX).toEqual([])
    })

    test('every character of the reading edition is in a subset font file of its font-family', async () => {
      await page.goto(`${path}read/`)
      await settle(page)
      expect(await uncovered(page, deck), HOW_TO_FIX).toEqual([])
    })
  })
}

// the English deck's slide 1 shows no Chinese character: it fetches no Chinese font
test('the English edition’s slide 1 fetches no Chinese font', async ({ page }) => {
  const fetched: string[] = []
  page.on('request', request => fetched.push(new URL(request.url()).pathname))
  await page.goto(`${editions[1].path}1`)
  await expect(loadedSlide(page, 1)).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  expect(fetched.filter(path => path.includes('/fonts/')).length, 'font files slide 1 fetched').toBeGreaterThan(0)
  expect(fetched.filter(path => /noto-sans-sc/.test(path))).toEqual([])
})

// Latin names and English titles (lang="en") keep Inter's narrow middle dot
// and curly quotes; Chinese text keeps Noto Sans SC's (约翰·马尔科夫, “…”).
test('English text sets · and ’ in Inter, Chinese text in Noto Sans SC', async ({ page, baseURL }) => {
  const { files, css } = await subsetFonts([
    { text: 'DALL·E Tom’s', weight: 400, lang: 'en' },
    { text: '约翰·马尔科夫 DALL·E Tom’s', weight: 400, lang: 'zh-CN' },
  ])
  await page.route('**/fixture-fonts/*', route => route.fulfill({
    body: files.get(route.request().url().split('/').pop()!),
  }))
  await page.route(`${baseURL}__fonts`, route => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="zh-CN"><style>${css.replaceAll('/fonts/', '/fixture-fonts/')}
      body { font: 40px Inter, 'Noto Sans SC' } span { white-space: pre }</style><body>
      <span id="en-dot" lang="en">DALL·E</span> <span id="zh-dot">DALL·E</span>
      <span id="en-quote" lang="en">Tom’s</span> <span id="zh-quote">Tom’s</span></body></html>`,
  }))
  await page.goto('__fonts')
  await page.evaluate(() => document.fonts.ready)
  const width = (id: string): Promise<number> => page.locator(`#${id}`).evaluate(el => el.getBoundingClientRect().width)
  expect(await width('en-dot'), 'DALL·E in English').toBeLessThan(await width('zh-dot') - 10)
  expect(await width('en-quote'), 'Tom’s in English').toBeLessThan(await width('zh-quote') - 10)
})

// the coverage tests see a page through shownText: it must read quotation marks as drawn and skip what is hidden
test('shownText reads the quotation marks CSS draws, and nothing display: none hides', async ({ page }) => {
  await page.setContent(`<style>cite::before { content: open-quote } cite::after { content: close-quote }
    .title { quotes: '《' '》' } .book { quotes: none }</style>
    <p lang="zh-CN"><cite class="title">书名</cite><cite>标题</cite><cite class="book">Book</cite></p>
    <p style="display: none">隐藏</p>`)
  const text = (await shownText(page)).map(piece => piece.text).join('')
  expect(text).toContain('《')
  expect(text).toContain('》')
  // the plain title's language quotes, before and after it; none for the book or the Chinese title
  expect(text.match(/“/g)).toHaveLength(2)
  expect(text).not.toContain('隐藏')
})
