// What every slide shows in its final state, read in one print view per edition (Slidev lays every slide out there, each
// fully revealed): the design's rules, the talk's words, accessibility, and the tagged PDF printed from the same view.
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { getDocumentProxy } from 'unpdf'
import { editions } from '../../data/editions.ts'
import { parts } from '../../data/parts.ts'
import { printViewLoaded } from '../../node/chromium.ts'
import { loadDeck, PRINT_PAGE, PRINT_VIEW } from '../../node/slidev.ts'
import { readTranscript } from '../../talk/notes.ts'
import { HOSTED_URL, SITE } from '../support/harness.ts'
import { typographyProblems } from '../support/typography.ts'

const squash = (text: string): string => text.replace(/\s+/g, '')
/** the least type size an audience reads from the back of the hall, in canvas px (`fine` print aside) */
const MIN_TYPE = 24
/** words a line must never break inside: in Chinese these; in English any word (a compound may break at its hyphen) */
const UNBREAKABLE = { zh: ['人工智能', '研究院', '大模型', '人机关系', '人机交互', '深度伪造', '胡说八道'], en: [] as string[] }
/** the share of the English slides' characters that may be Chinese, outside names and titles in their original script */
const MAX_CJK_SHARE = 0.03

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

/**
 * Words in quotation marks on a slide that are not someone's words: a slide
 * or a label referred to by name, and the titles of events and papers. Any
 * other quotation must come through <TalkQuote>, verbatim.
 */
const TERMS_IN_QUOTES = new Set(['出处', '核实', 'Sources', 'Fact check', 'Mathematical Theory for Emergent Intelligence'])

interface StructNode { role?: string, type?: string, id?: string, alt?: string, children?: StructNode[] }
function walk(node: StructNode): StructNode[] {
  return [
    node,
    ...(node.children ?? []).flatMap(walk),
  ]
}

/** Per page: the headings of its structure tree, as text, and the text alternatives of its figures. */
async function structure(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<{ headings: string[], alts: string[] }[]> {
  const pages = []
  for (let no = 1; no <= pdf.numPages; no++) {
    const pdfPage = await pdf.getPage(no)
    // the text of each marked-content id, which the structure tree's leaves point to
    const text = new Map<string, string>()
    let id = ''
    for (const item of (await pdfPage.getTextContent({ includeMarkedContent: true })).items) {
      if ('type' in item && item.type === 'beginMarkedContentProps')
        id = item.id ?? ''
      else if ('str' in item && id)
        text.set(id, (text.get(id) ?? '') + item.str)
    }
    const nodes = walk(await pdfPage.getStructTree() as StructNode)
    pages.push({
      headings: nodes.filter(node => /^H\d?$/.test(node.role ?? '')).map(node => squash(walk(node).map(leaf => text.get(leaf.id ?? '') ?? '').join(''))),
      alts: nodes.filter(node => node.role === 'Figure' && node.alt).map(node => node.alt!),
    })
  }
  return pages
}

const decks = await Promise.all(editions.map(edition => loadDeck(edition.entry)))
for (const [index, edition] of editions.entries()) {
  test.describe(`${edition.lang} edition`, () => {
    const { lang } = edition
    const deck = decks[index]!
    const paragraphs = new Map(readTranscript(lang).map(p => [p.id, p.text]))
    /** the slides an audience must read: the references and the colophon are fine print */
    const readable = deck.slides.filter(slide => !slide.frontmatter.appendix).map(slide => slide.index + 1)
    const CANVAS_WIDTH = Number(deck.headmatter.canvasWidth)

    test.describe.configure({ mode: 'serial' })
    let page: Page
    test.beforeAll(async ({ browser, baseURL }) => {
      // a page of its own context: axe asks for one
      page = await (await browser.newContext({ baseURL })).newPage()
      await page.addInitScript(CONTRAST)
      await page.goto(`${edition.path}${PRINT_VIEW}`)
      expect(await printViewLoaded(page, deck.slides.length), 'pages in the print view').toBe(deck.slides.length)
    })
    test.afterAll(() => page.context().close())

    test('the type an audience must read is 24 canvas px or more, for at least 85 % of its characters', async () => {
      const sizes = await page.locator(PRINT_PAGE).evaluateAll((containers, slides) => {
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
      const small = Object.entries(sizes).filter(([size]) => Number.parseFloat(size) < MIN_TYPE).reduce((sum, [, n]) => sum + n, 0)
      expect(total).toBeGreaterThan(500)
      expect(small / total, `characters below ${MIN_TYPE} px: ${small} of ${total} (${JSON.stringify(sizes)})`).toBeLessThanOrEqual(0.15)
    })

    test('at least 14 content slides show a picture that does the slide’s work, at least 240 × 160 canvas px', async () => {
      const pictured = await page.locator(PRINT_PAGE).evaluateAll((containers, { slides, canvasWidth }) => containers
        .filter(container => slides.includes(Number(container.id.split('-')[0])))
        .filter((container) => {
          const scale = container.getBoundingClientRect().width / canvasWidth
          return [...container.querySelectorAll('[role="img"]')].some((picture) => {
            const { width, height } = picture.getBoundingClientRect()
            return width / scale >= 240 && height / scale >= 160
          })
        })
        .map(container => Number(container.id.split('-')[0])), { slides: readable.filter(no => no > 1 && no < readable.length), canvasWidth: CANVAS_WIDTH })
      expect(pictured.length, `slides with a picture: ${pictured.join(', ')}`).toBeGreaterThanOrEqual(14)
    })

    test('the talk’s three parts open with a night slide under their numeral (一 二 三) and the agenda’s names, in the agenda’s order', async () => {
      const openers = await page.locator(`${PRINT_PAGE} .slidev-layout.section`).evaluateAll(layouts => layouts.map(layout => ({
        numeral: layout.querySelector('.numeral')?.textContent?.trim(),
        title: layout.querySelector('h1')?.textContent?.trim(),
      })))
      const agenda = await page.locator(`${PRINT_PAGE} [data-part] h2`).allTextContents()
      expect(openers).toEqual(parts.map(({ numeral, title }) => ({ numeral: numeral[lang], title: title[lang] })))
      expect(agenda.map(squash)).toEqual(parts.map(({ numeral, title }) => squash(`${numeral[lang]}${title[lang]}`)))
    })

    test('no word is broken across two lines', async () => {
      const broken = await page.locator(PRINT_PAGE).evaluateAll((containers, listed) => containers.flatMap((container) => {
        const found: string[] = []
        const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // English: every word of the text
          const words = listed.length ? listed : [...new Set(node.textContent!.match(/[A-Z][\w’]*\w/gi) ?? [])]
          for (const word of words) {
            for (let at = node.textContent!.indexOf(word); at >= 0; at = node.textContent!.indexOf(word, at + 1)) {
              const range = document.createRange()
              range.setStart(node, at)
              range.setEnd(node, at + word.length)
              const tops = new Set([...range.getClientRects()].filter(rect => rect.width > 1).map(rect => Math.round(rect.top)))
              if (tops.size > 1)
                found.push(`slide ${container.id.split('-')[0]}: “${word}”`)
            }
          }
        }
        return found
      }), UNBREAKABLE[lang])
      expect(broken).toEqual([])
    })

    test('the cover and the closing slide show a QR code to the hosted address the build was given', async () => {
      const closing = deck.slides.findIndex(slide => slide.frontmatter.class === 'closing') + 1
      for (const no of [1, closing]) {
        const qr = page.locator(`${PRINT_PAGE}[id^="${String(no).padStart(3, '0')}"] .audience-qr`)
        const hosted = `${HOSTED_URL}${edition.path}`
        await expect(qr.locator('svg[role="img"]'), `slide ${no}`).toHaveAttribute('aria-label', `${{ zh: '二维码：', en: 'QR code: ' }[lang]}${hosted}`)
        const { host, pathname } = new URL(hosted)
        expect((await qr.locator('figcaption').textContent())?.replace(/\s/g, ''), `slide ${no}`).toBe(`${host}${pathname.replace(/\/$/, '')}`)
      }
    })

    test('the colophon links to the reading edition at the hosted address the build was given', async () => {
      const colophon = page.locator(`${PRINT_PAGE}[id^="${String(deck.slides.length).padStart(3, '0')}"] a.reading-edition`)
      await expect(colophon).toHaveJSProperty('href', `${HOSTED_URL}${edition.path}read/`)
    })

    test('every text and every line or bar that carries meaning stands out from what is behind it', async () => {
      const failures = await page.locator(PRINT_PAGE).evaluateAll((containers) => {
        const w = window as unknown as { contrast: (a: string, b: string) => number, backgroundsOf: (el: Element) => string[] }
        const found: string[] = []
        const check = (el: Element, colour: string, needed: number, what: string) => {
          for (const behind of w.backgroundsOf(el)) {
            const ratio = w.contrast(colour, behind)
            if (ratio < needed)
              found.push(`slide ${el.closest('[id]')!.id.split('-')[0]}: ${what} ${colour} on ${behind} is ${ratio.toFixed(2)}:1, needs ${needed}:1`)
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
          // data-quiet: a knockout or a quiet part, drawn over another shape (measured here against the paper, wrongly)
          for (const shape of container.querySelectorAll('svg:not([aria-hidden="true"]) :is(path, line, circle):not([data-quiet])')) {
            const stroke = getComputedStyle(shape).stroke
            if (stroke && stroke !== 'none')
              check(shape.closest('svg')!, stroke, 3, `a line of <svg aria-label="${shape.closest('svg')!.getAttribute('aria-label') ?? ''}">`)
          }
        }
        return found
      })
      expect(failures).toEqual([])
    })

    test('the body of every default slide starts at the same height under a one-line title, or is centred in the space under it', async () => {
      const bodies = await page.locator(`${PRINT_PAGE} .slidev-layout.default`).evaluateAll(layouts => layouts.map((layout) => {
        const title = layout.querySelector(':scope > h1')!
        const body = title.nextElementSibling!
        const frame = layout.getBoundingClientRect()
        const box = body.getBoundingClientRect()
        const scale = frame.width / layout.clientWidth
        return {
          slide: layout.closest('.print-slide-container')!.id.split('-')[0],
          centred: body.classList.contains('my-auto'),
          top: Math.round((box.top - frame.top) / scale),
          above: (box.top - title.getBoundingClientRect().bottom) / scale,
          below: (frame.bottom - box.bottom) / scale - Number.parseFloat(getComputedStyle(layout).paddingBottom),
          titleHeight: title.getBoundingClientRect().height / scale,
        }
      }))
      const topAligned = bodies.filter(body => !body.centred)
      expect(topAligned.length).toBeGreaterThan(10)
      expect(new Set(topAligned.map(t => t.top)), JSON.stringify(topAligned)).toEqual(new Set([topAligned[0]!.top]))
      expect(bodies.filter(body => body.centred && Math.abs(body.above - body.below) > 2), 'centred bodies off centre').toEqual([])
      expect(bodies.filter(t => t.titleHeight > 60), 'titles on two lines').toEqual([])
    })

    test('every quotation on a slide is the speaker’s words, verbatim, rendered by <TalkQuote>', async () => {
      const found = await page.locator(PRINT_PAGE).evaluateAll(containers => containers.map((container) => {
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

    test('numbers and spacing follow the house style on the slides, in their labels and in the notes', async () => {
      const shown = await page.locator(PRINT_PAGE).evaluateAll(containers => containers.map(container => ({
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

    test('no serious or critical accessibility violation on any slide', async () => {
      const { violations } = await new AxeBuilder({ page }).include(PRINT_PAGE).analyze()
      const serious = violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .flatMap(v => v.nodes.map(node => `${v.id} (${v.impact}): ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? v.help}`))
      expect(serious).toEqual([])
    })

    test('every svg that carries meaning has a text alternative', async () => {
      const unnamed = await page.locator(`${PRINT_PAGE} svg`).evaluateAll((svgs, printPage) => svgs
      // a drawing inside a picture (<DeckPicture>, role="img") is named by the picture
        .filter(svg => svg.getAttribute('aria-hidden') !== 'true' && !svg.closest('[aria-hidden="true"], [role="img"][aria-label]:not(svg)'))
        .filter(svg => !svg.getAttribute('aria-label') && !svg.getAttribute('aria-labelledby') && !svg.querySelector('title'))
        .map(svg => `${svg.closest(printPage)?.id}: <svg class="${svg.getAttribute('class') ?? ''}">`), PRINT_PAGE)
      expect(unnamed).toEqual([])
    })

    test('the tagged PDF the build ships holds, page by page, every slide’s headings and every diagram’s text alternative', async () => {
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(SITE, edition.path, `${deck.headmatter.exportFilename}.pdf`))))
      // what the built site shows as each slide's headings, and as its diagrams' labels
      const shown = await page.locator(PRINT_PAGE).evaluateAll(slides => slides.map(slide => ({
        headings: [...slide.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(heading => heading.textContent ?? ''),
        labels: [...slide.querySelectorAll('[role="img"], figure[aria-label]')].map(el => el.getAttribute('aria-label')
          ?? document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
      })))
      expect(shown.flatMap(slide => slide.labels).length, 'labelled diagrams in the deck').toBeGreaterThan(0)
      const pages = await structure(pdf)
      // generated text (a numbered list's counter) is in the PDF's heading, not in the element's textContent; both are
      // compared without quotation marks
      const unquoted = (text: string): string => squash(text).replace(/[“”‘’]/g, '')
      shown.forEach(({ headings, labels }, index) => {
        expect(headings.length, `slide ${index + 1} has a heading`).toBeGreaterThan(0)
        expect(pages[index]!.headings.map(unquoted), `page ${index + 1}: the headings`).toEqual(headings.map(heading => expect.stringContaining(unquoted(heading))))
        for (const label of labels)
          expect(pages[index]!.alts.map(squash), `page ${index + 1}: a figure with the text alternative “${label}”`).toContain(squash(label))
      })
    })

    // the English edition's own: the Chinese one is Chinese throughout
    if (lang === 'en') {
      test('the English slides are English: at most 3 % Chinese characters, outside names and titles marked lang="zh-CN"', async () => {
        const { cjk, all } = await page.locator(PRINT_PAGE).evaluateAll((containers) => {
          const counts = { cjk: 0, all: 0 }
          for (const container of containers) {
            const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = (node.textContent ?? '').replace(/\s/g, '')
              counts.all += text.length
              if (!node.parentElement!.closest('[lang^="zh"]'))
                counts.cjk += (text.match(/[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/gu) ?? []).length
            }
          }
          return counts
        })
        expect(all).toBeGreaterThan(1000)
        expect(cjk / all, `${cjk} Chinese characters of ${all}`).toBeLessThanOrEqual(MAX_CJK_SHARE)
      })
    }
  })
}
