import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { extractText, getDocumentProxy, getMeta } from 'unpdf'
import { printViewLoaded } from '../../lib/browser'
import { loadDeck } from '../../lib/deck'
import { countPptxSlides } from '../../lib/exported-file'
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
      // generated text (a numbered list's counter, a <q>'s quotation marks) is in the PDF's heading, not in the element's textContent
      const inPdf = pages[index]!.headings.map(heading => heading.replace(/[“”‘’]/g, ''))
      expect(inPdf, `page ${index + 1}: the headings`).toEqual(headings.map(heading => expect.stringContaining(squash(heading))))
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
    await tsx('scripts/export.ts', ['--with-clicks', '--output', output])
    expect((await openPdf(output)).numPages).toBe(expected)
  })

  test('the notes handout holds the talk’s words', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'notes-')), 'notes.pdf')
    await tsx('scripts/export-pdf.ts', ['--notes', '--output', output])
    expect(await isTagged(output), 'pdfinfo: Tagged').toBe(true)
    const { text } = await extractText(await openPdf(output), { mergePages: true })
    for (const paragraph of readTranscript())
      expect(squash(text), paragraph.id).toContain(squash(paragraph.text))
  })

  test('PowerPoint: a valid zip with one slide per slide', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'pptx-')), 'deck')
    await tsx('scripts/export.ts', [
      '--format',
      'pptx-editable',
      '--no-with-clicks',
      '--wait',
      '2000',
      '--output',
      output,
    ])
    expect(existsSync(`${output}.pptx`)).toBe(true)
    expect(await countPptxSlides(`${output}.pptx`)).toBe(deck.slides.length)
  })
})

test('npm run export writes the same accessible PDF', async () => {
  const output = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'deck.pdf')
  await tsx('scripts/export-pdf.ts', ['--output', output])
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
