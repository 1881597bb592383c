// The exports a presenter makes from the built site: PowerPoint (by Slidev's own exporter), the click-by-click PDF and
// the notes handout, and the PDF a visitor downloads.
import type { Page } from '@playwright/test'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { extractText, getDocumentProxy } from 'unpdf'
import { printViewLoaded } from '../../node/chromium.ts'
import { familyFor } from '../../node/fonts.ts'
import { printDeck, printHandout } from '../../node/pdf.ts'
import { DOWNLOAD_BUTTON, loadDeck, PRINT_PAGE, PRINT_VIEW, PRINT_VIEW_CLICKS } from '../../node/slidev.ts'
import { readTranscript } from '../../talk/notes.ts'
import { SITE } from '../support/harness.ts'
import { checkNotesCoverage } from '../support/notes-coverage.ts'

const run = promisify(execFile)
const deck = await loadDeck()
const builtPdf = join(SITE, `${deck.headmatter.exportFilename}.pdf`)
/** PDF text comes out with line breaks and spaces where lines wrapped */
const squash = (text: string): string => text.replace(/\s+/g, '')
const openPdf = async (file: string) => getDocumentProxy(new Uint8Array(readFileSync(file)))
const tsx = async (script: string, args: string[]) => run(process.execPath, ['--import', 'tsx', script, ...args], { maxBuffer: 16 * 1024 * 1024 })
const scratch = (name: string): string => join(mkdtempSync(join(tmpdir(), `${name}-`)), name)

interface PptxRun { text: string, lang: string, fonts: string[] }
interface PptxSlide {
  runs: PptxRun[]
  /** exact line spacings, in points, no larger than the largest text in their text box */
  tightLineSpacings: number[]
  /** `<a:pPr>` elsewhere than first in its paragraph (the schema allows it only there) */
  misplacedParagraphProperties: number
  /** `<p:bgPr>` without the effect list the schema requires */
  backgroundsWithoutEffects: number
  /** the shapes that hold text, where they stand (EMU) */
  textBoxes: { text: string, x: number, y: number, w: number, h: number }[]
}

/**
 * Pairs of text boxes on one line where the second starts inside the first: one line of text cut into pieces, each
 * sized to the browser's glyphs, which overlap further in another program's metrics (LibreOffice drew the references so).
 */
function cutLines(boxes: PptxSlide['textBoxes']): string[] {
  const px = 9525
  return boxes.flatMap(a => boxes.filter(b => a !== b
    && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5 * Math.min(a.h, b.h)
    && b.x >= a.x && b.x < a.x + a.w - px).map(b => `“${a.text}” + “${b.text}”`))
}

/** A PPTX's slides in order, read with the browser's XML parser, and the parts its content types name that it lacks. */
async function readPptx(page: Page, file: string): Promise<{ slides: PptxSlide[], missingParts: string[], height: number }> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  const height = Number(/<p:sldSz [^>]*cy="(\d+)"/.exec(await zip.file('ppt/presentation.xml')!.async('string'))?.[1])
  const names = Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b)))
  const types = await zip.file('[Content_Types].xml')!.async('string')
  const missingParts = [
    ...types.matchAll(/PartName="\/([^"]+)"/g),
  ].map(match => match[1]!).filter(part => !zip.file(part))
  const xml = await Promise.all(names.map(name => zip.file(name)!.async('string')))
  const slides = await page.evaluate(xml => xml.map((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml')
    const all = (root: Document | Element, tag: string): Element[] => [
      ...root.getElementsByTagNameNS('*', tag),
    ]
    return {
      runs: all(doc, 'r').map((run) => {
        const props = all(run, 'rPr')[0]
        return {
          text: all(run, 't')[0]?.textContent ?? '',
          lang: props?.getAttribute('lang') ?? '',
          fonts: ['latin', 'ea', 'cs'].map(tag => all(props ?? run, tag)[0]?.getAttribute('typeface') ?? '(none)'),
        }
      }),
      tightLineSpacings: all(doc, 'txBody').flatMap((body) => {
        const largest = Math.max(...all(body, 'rPr').map(props => Number(props.getAttribute('sz'))))
        return all(body, 'lnSpc').flatMap(spacing => all(spacing, 'spcPts')).map(points => Number(points.getAttribute('val'))).filter(points => points <= largest).map(points => points / 100)
      }),
      misplacedParagraphProperties: all(doc, 'pPr').filter(props => props.previousElementSibling).length,
      backgroundsWithoutEffects: all(doc, 'bgPr').filter(background => !all(background, 'effectLst').length).length,
      textBoxes: all(doc, 'sp').filter(shape => all(shape, 't').some(t => t.textContent?.trim())).map((shape) => {
        const [off, ext] = [all(shape, 'off')[0], all(shape, 'ext')[0]]
        const [x, y, w, h] = [off?.getAttribute('x'), off?.getAttribute('y'), ext?.getAttribute('cx'), ext?.getAttribute('cy')].map(Number)
        return { text: all(shape, 't').map(t => t.textContent).join(''), x: x!, y: y!, w: w!, h: h! }
      }),
    }
  }), xml)
  return { slides, missingParts, height }
}

test('PowerPoint, by Slidev’s exporter: one slide per slide, in the deck’s fonts, the quotation marks kept, without hidden text, nothing PowerPoint would repair', async ({ page }) => {
  test.setTimeout(180_000)
  const output = join(mkdtempSync(join(tmpdir(), 'pptx-')), 'deck')
  await tsx('scripts/export.ts', ['--pptx', '--output', output])
  expect(existsSync(`${output}.pptx`)).toBe(true)
  const pptx = await readPptx(page, `${output}.pptx`)
  expect(pptx.slides.length).toBe(deck.slides.length)
  expect(pptx.height, 'the slide height in ppt/presentation.xml').toBeGreaterThan(0)
  expect.soft(pptx.missingParts, '[Content_Types].xml names only parts the file has').toEqual([])
  const problems = pptx.slides.flatMap((slide, index) => {
    const where = `slide ${index + 1}`
    const runs = slide.runs.filter(run => run.text).map((run) => {
      const wanted = [
        ...new Set([...run.text].map(char => familyFor(char, run.lang))),
      ]
      return ['zh-CN', 'en-US'].includes(run.lang) && wanted.length === 1 && run.fonts.every(font => font === wanted[0])
        ? ''
        : `${where}: “${run.text}” (${run.lang}) names ${run.fonts.join(' / ')}, the deck sets it in ${wanted.join(' and ')}`
    })
    return [
      ...runs,
      ...slide.runs.filter(run => /\b(?:counters?|attr)\(/.test(run.text)).map(run => `${where}: CSS as text, “${run.text}”`),
      ...slide.tightLineSpacings.map(points => `${where}: an exact line spacing (${points} pt) no larger than the text it spaces`),
      ...Array.from({ length: slide.misplacedParagraphProperties }).fill(`${where}: paragraph properties after the paragraph’s first run`),
      ...Array.from({ length: slide.backgroundsWithoutEffects }).fill(`${where}: a background without its effect list`),
      ...cutLines(slide.textBoxes).map(pair => `${where}: one line cut into text boxes that overlap, ${pair}`),
      // set as a browser sets it, the text fits the slide (the headless shell's wider Latin pushed the sources off it)
      ...slide.textBoxes.filter(box => box.y + box.h > pptx.height).map(box => `${where}: “${box.text.slice(0, 40)}” runs off the slide`),
    ].filter(Boolean)
  })
  expect.soft(problems).toEqual([])

  // text the deck hides visually (for screen readers) must not be drawn on a slide
  await page.goto(PRINT_VIEW)
  await printViewLoaded(page, deck.slides.length)
  const hidden = await page.locator(PRINT_PAGE).evaluateAll(containers => containers.map((container) => {
    const texts: string[] = []
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let el = node.parentElement; el && el !== container; el = el.parentElement) {
        const style = getComputedStyle(el)
        const clips = style.overflow !== 'visible' || style.clip !== 'auto' || style.clipPath !== 'none'
        if (clips && el instanceof HTMLElement && (el.offsetWidth <= 1 || el.offsetHeight <= 1)) {
          texts.push(node.textContent ?? '')
          break
        }
      }
    }
    return texts
  }))
  const slideText = (index: number): string => squash(pptx.slides[index]!.runs.map(run => run.text).join(''))
  const leaks = hidden.flatMap((texts, index) => texts.map(squash).filter(text => text.length > 3 && slideText(index).includes(text)).map(text => `slide ${index + 1}: “${text}”`))
  expect(leaks, 'visually hidden text drawn in the PowerPoint').toEqual([])

  // the talk's words keep their quotation marks: text, not a style the exporter cannot see
  const quotes = await page.locator(PRINT_PAGE).evaluateAll(containers => containers.map(container =>
    Array.from(container.querySelectorAll('q'), q => q.textContent ?? '')))
  expect(quotes.flat().length).toBeGreaterThan(10)
  const unquoted = quotes.flatMap((texts, index) => texts.filter(text => !slideText(index).includes(squash(text))).map(text => `slide ${index + 1}: ${text}`))
  expect(unquoted, 'quotations without their marks in the PowerPoint').toEqual([])
})

// the same function as npm run export:clicks (scripts/export.ts, whose command line the PowerPoint test runs). CI once
// counted 30 of the 74 click-step pages: the print view had not yet loaded most slides. The steps are counted with
// every script slowed down, and the PDF, printed at full speed, must have as many pages
test('the click-by-click PDF has a page per click step, however slowly the print view loads, with bookmarks; the notes handout holds the talk’s words', async ({ browser, baseURL }) => {
  let steps = 0
  {
    // a service worker would serve the scripts past the route: none here
    await using slowContext = await browser.newContext({ baseURL, serviceWorkers: 'block' })
    const slow = await slowContext.newPage()
    await slow.route('**/assets/*.js', async (route) => {
      await new Promise(resolve => setTimeout(resolve, 200))
      await route.fallback()
    })
    await slow.goto(PRINT_VIEW_CLICKS)
    steps = await printViewLoaded(slow, deck.slides.length)
  }
  expect(steps, 'click steps beyond one page per slide').toBeGreaterThan(deck.slides.length)
  const [clicks, notes] = [scratch('clicks.pdf'), scratch('notes.pdf')]
  const site = { url: baseURL!, browser }
  await printDeck(site, deck, clicks, { clicks: true })
  const pdf = await openPdf(clicks)
  expect(pdf.numPages, 'pages against the click steps counted slowly').toBe(steps)
  expect((await pdf.getOutline()).length, 'bookmarks').toBeGreaterThan(0)

  await printHandout(site, notes)
  const { text } = await extractText(await openPdf(notes), { mergePages: true })
  const paragraphs = readTranscript().map(paragraph => ({ ...paragraph, text: squash(paragraph.text) }))
  expect(checkNotesCoverage([{ no: 1, note: squash(text) }], paragraphs)).toEqual([])
})

// Slidev links the button relative to the page, so from presenter/N it would ask for presenter/<file>.pdf;
// setup/main.ts makes it absolute
test('a visitor downloads the PDF the build ships, from a slide and from the presenter view, under a sub-path', async ({ page }) => {
  for (const view of ['3', 'presenter/3']) {
    await page.goto(view)
    const download = page.waitForEvent('download')
    await page.locator(DOWNLOAD_BUTTON).first().click()
    expect(readFileSync(await (await download).path()).equals(readFileSync(builtPdf)), `${view}: ${(await download).url()}`).toBe(true)
  }
})
