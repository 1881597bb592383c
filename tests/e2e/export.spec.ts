import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { extractText, getDocumentProxy, getMeta } from 'unpdf'
import { loadDeck } from '../../lib/deck'
import { countPptxSlides } from '../../lib/exported-file'
import { findSpam } from '../../lib/spam-guard'
import { readTranscript } from '../../lib/transcript-format'
import { printViewLoaded } from './support/harness'

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
    // as npm run export:clicks: no bookmarks, which Slidev builds from the print
    // view's container ids and which, on a cold dev server, it can read too early
    await tsx('scripts/export.ts', [
      '--with-clicks',
      '--no-with-toc',
      '--output',
      output,
    ])
    expect((await openPdf(output)).numPages).toBe(expected)
  })

  test('the notes handout holds the talk’s words', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'notes-')), 'notes.pdf')
    await tsx('scripts/export-notes.ts', ['--output', output])
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

test('a visitor can download the PDF from the deck', async ({ page }) => {
  await page.goto('1')
  const download = page.waitForEvent('download')
  await page.locator('[title="Download as PDF"]').first().click()
  const file = await (await download).path()
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
})
