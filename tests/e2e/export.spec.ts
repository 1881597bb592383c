import type { Page } from '@playwright/test'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { extractText, getDocumentProxy, getMeta } from 'unpdf'
import { printViewLoaded } from '../../lib/browser'
import { loadDeck } from '../../lib/deck'
import { familyFor } from '../../lib/font-subsets'
import { findSpam } from '../../lib/spam-guard'
import { startStaticServer } from '../../lib/static-server'
import { readTranscript } from '../../lib/transcript-format'
import { SUB_PATH, SUB_PATH_DIST } from './support/sub-path-build'

const run = promisify(execFile)
const deck = await loadDeck()
const pdfName = `${deck.headmatter.exportFilename}.pdf`
const builtPdf = join('dist', pdfName)
/** PDF text comes out with line breaks and spaces where lines wrapped */
const squash = (text: string): string => text.replace(/\s+/g, '')

async function openPdf(file: string) {
  return getDocumentProxy(new Uint8Array(readFileSync(file)))
}

async function tsx(script: string, args: string[]) {
  return run(process.execPath, ['--import', 'tsx', script, ...args], { maxBuffer: 16 * 1024 * 1024 })
}

async function isTagged(file: string): Promise<boolean> {
  const { stdout } = await run('pdfinfo', [file]).catch((error) => {
    throw new Error(`pdfinfo could not run (install poppler-utils): ${error.message}`)
  })
  return /^Tagged:\s+yes$/m.test(stdout)
}

interface StructNode { role?: string, type?: string, id?: string, alt?: string, children?: StructNode[] }
function walk(node: StructNode): StructNode[] {
  return [
    node,
    ...(node.children ?? []).flatMap(walk),
  ]
}

/** Per page: the headings of its structure tree, as text, and the text alternatives of its figures. */
async function structure(file: string): Promise<{ headings: string[], alts: string[] }[]> {
  const pdf = await openPdf(file)
  const pages = []
  for (let no = 1; no <= pdf.numPages; no++) {
    const page = await pdf.getPage(no)
    // the text of each marked-content id, which the structure tree's leaves point to
    const text = new Map<string, string>()
    let id = ''
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
      if ('type' in item && item.type === 'beginMarkedContentProps')
        id = item.id ?? ''
      else if ('str' in item && id)
        text.set(id, (text.get(id) ?? '') + item.str)
    }
    const nodes = walk(await page.getStructTree() as StructNode)
    pages.push({
      headings: nodes.filter(node => /^H\d?$/.test(node.role ?? '')).map(node => squash(walk(node).map(leaf => text.get(leaf.id ?? '') ?? '').join(''))),
      alts: nodes.filter(node => node.role === 'Figure' && node.alt).map(node => node.alt!),
    })
  }
  return pages
}

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
async function readPptx(page: Page, file: string): Promise<{ slides: PptxSlide[], missingParts: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file))
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
  return { slides, missingParts }
}

test.describe('the PDF that npm run build ships in dist/', () => {
  test('has one page per slide and Chinese metadata', async () => {
    const pdf = await openPdf(builtPdf)
    expect(pdf.numPages).toBe(deck.slides.length)
    const { info } = await getMeta(pdf) as { info: Record<string, string> }
    expect(info.Title).toBe(deck.headmatter.title)
    expect(info.Author).toBe(deck.headmatter.author)
    expect(info.Subject).toBe(deck.headmatter.info)
    expect(squash(info.Keywords ?? '')).toContain('人机关系')
  })

  test('has bookmarks that follow the talk’s sections', async () => {
    const pdf = await openPdf(builtPdf)
    const outline = await pdf.getOutline()
    const sections = deck.slides.filter(slide => slide.frontmatter.layout === 'section')
    expect(sections.length).toBeGreaterThan(0)
    for (const section of sections) {
      const entry = outline.find(item => item.title === section.title)
      expect(entry, `bookmark “${section.title}”`).toBeDefined()
      expect(entry!.items.length, `slides under “${section.title}”`).toBeGreaterThan(0)
    }
  })

  test('is tagged: in Chinese, titled in the window, every slide’s heading and every diagram’s text alternative in its structure', async ({ page }) => {
    expect(await isTagged(builtPdf), 'pdfinfo: Tagged').toBe(true)
    const pdf = await openPdf(builtPdf)
    expect((await getMeta(pdf) as { info: Record<string, string> }).info.Language).toBe('zh-CN')
    expect(await pdf.getViewerPreferences(), 'DisplayDocTitle').toMatchObject({ DisplayDocTitle: true })
    // what the built site shows as each slide's headings, and as its diagrams' labels
    await page.goto('print')
    await printViewLoaded(page, deck.slides.length)
    const shown = await page.locator('.print-slide-container').evaluateAll(slides => slides.map(slide => ({
      headings: [
        ...slide.querySelectorAll('h1, h2, h3, h4, h5, h6'),
      ].map(heading => heading.textContent ?? ''),
      labels: [
        ...slide.querySelectorAll('[role="img"], figure[aria-label]'),
      ].map(el => el.getAttribute('aria-label')
        ?? document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
    })))
    expect(shown.flatMap(slide => slide.labels).length, 'labelled diagrams in the deck').toBeGreaterThan(0)
    const pages = await structure(builtPdf)
    shown.forEach(({ headings, labels }, index) => {
      expect(headings.length, `slide ${index + 1} has a heading`).toBeGreaterThan(0)
      // generated text (a numbered list's counter) is in the PDF's heading, not in the element's textContent; both are
      // compared without quotation marks
      const unquoted = (text: string): string => squash(text).replace(/[“”‘’]/g, '')
      expect(pages[index]!.headings.map(unquoted), `page ${index + 1}: the headings`).toEqual(headings.map(heading => expect.stringContaining(unquoted(heading))))
      for (const label of labels)
        expect(pages[index]!.alts.map(squash), `page ${index + 1}: a figure with the text alternative “${label}”`).toContain(squash(label))
    })
  })

  test('embeds every font it uses', async () => {
    const { stdout } = await run('pdffonts', [builtPdf]).catch((error) => {
      throw new Error(`pdffonts could not run (install poppler-utils): ${error.message}`)
    })
    const rows = stdout.trim().split('\n').slice(2)
    expect(rows.length).toBeGreaterThan(0)
    // columns: name type encoding emb sub uni object-id generation
    const notEmbedded = rows.filter(row => row.trim().split(/\s+/).at(-4) !== 'yes')
    expect(notEmbedded).toEqual([])
  })

  test('carries its text as Simplified Chinese on the right pages', async () => {
    const pdf = await openPdf(builtPdf)
    const { text: pages } = await extractText(pdf, { mergePages: false })
    const page = (no: number): string => squash(pages[no - 1] ?? '')
    expect(page(1)).toContain(squash(String(deck.headmatter.title)))
    for (const section of deck.slides.filter(slide => slide.frontmatter.layout === 'section'))
      expect(page(section.index + 1), `section “${section.title}”`).toContain(squash(section.title!))
    const last = deck.slides.at(-1)!
    expect(page(last.index + 1)).toContain(squash('幻灯片的代码与设计以 MIT 许可发布'))
    expect(findSpam(pages.join('\n'))).toEqual([])
  })
})

test.describe('the other exports', () => {
  // slidev export runs a dev server on one fixed port: one export at a time
  test.describe.configure({ mode: 'serial', timeout: 180_000 })

  test('click by click: one page per click step', async ({ page }) => {
    // the built site's print view with clicks lays out every step: count them there
    await page.goto('print?print=clicks')
    const expected = await printViewLoaded(page, deck.slides.length)
    expect(expected).toBeGreaterThan(deck.slides.length)
    const output = join(mkdtempSync(join(tmpdir(), 'clicks-')), 'clicks.pdf')
    await tsx('scripts/export.ts', ['--slidev', '--with-clicks', '--output', output])
    expect((await openPdf(output)).numPages).toBe(expected)
  })

  test('the notes handout holds the talk’s words', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'notes-')), 'notes.pdf')
    await tsx('scripts/export.ts', ['--notes', '--output', output])
    expect(await isTagged(output), 'pdfinfo: Tagged').toBe(true)
    const { text } = await extractText(await openPdf(output), { mergePages: true })
    for (const paragraph of readTranscript())
      expect(squash(text), paragraph.id).toContain(squash(paragraph.text))
  })

  test('PowerPoint: one slide per slide, in the deck’s fonts, without hidden text, nothing PowerPoint would repair', async ({ page }) => {
    const output = join(mkdtempSync(join(tmpdir(), 'pptx-')), 'deck')
    await tsx('scripts/export.ts', [
      '--slidev',
      '--format',
      'pptx-editable',
      '--no-with-clicks',
      '--wait',
      '2000',
      '--output',
      output,
    ])
    expect(existsSync(`${output}.pptx`)).toBe(true)
    const pptx = await readPptx(page, `${output}.pptx`)
    expect(pptx.slides.length).toBe(deck.slides.length)
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
      ].filter(Boolean)
    })
    expect.soft(problems).toEqual([])

    // text the deck hides visually (for screen readers) must not be drawn on a slide
    await page.goto('print')
    await printViewLoaded(page, deck.slides.length)
    const hidden = await page.locator('.print-slide-container').evaluateAll(containers => containers.map((container) => {
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
    const quotes = await page.locator('.print-slide-container').evaluateAll(containers => containers.map(container =>
      Array.from(container.querySelectorAll('q'), q => q.textContent ?? '')))
    expect(quotes.flat().length).toBeGreaterThan(10)
    const unquoted = quotes.flatMap((texts, index) => texts.filter(text => !slideText(index).includes(squash(text))).map(text => `slide ${index + 1}: ${text}`))
    expect(unquoted, 'quotations without their marks in the PowerPoint').toEqual([])
  })
})

test('npm run export writes the same accessible PDF', async () => {
  const output = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'deck.pdf')
  await tsx('scripts/export.ts', ['--output', output])
  expect(await isTagged(output), 'pdfinfo: Tagged').toBe(true)
  const pdf = await openPdf(output)
  expect(pdf.numPages).toBe(deck.slides.length)
  expect((await pdf.getOutline()).length, 'bookmarks').toBeGreaterThan(0)
})

test.describe('a visitor downloads the PDF, under a sub-path', () => {
  for (const view of ['3', 'presenter/3']) {
    test(`from ${view}`, async ({ page }) => {
      // Slidev links the button relative to the page, so from presenter/N it
      // would ask for presenter/<file>.pdf; setup/main.ts makes it absolute
      const server = await startStaticServer({ root: SUB_PATH_DIST, base: SUB_PATH, fallback: 'github-pages' })
      try {
        await page.goto(`${server.url}${view}`)
        const download = page.waitForEvent('download')
        await page.locator('[title="Download as PDF"]').first().click()
        const file = await (await download).path()
        expect(readFileSync(file).subarray(0, 5).toString(), `${(await download).url()} is a PDF`).toBe('%PDF-')
        expect(await isTagged(file), 'pdfinfo: Tagged').toBe(true)
      }
      finally {
        await server.close()
      }
    })
  }
})
