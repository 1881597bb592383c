// The deck and the handout as PDFs from the built site: Chromium tags them (headings, reading order, text alternatives,
// `lang`); pdf-lib adds the headmatter's metadata and the deck's bookmarks.
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { SlideInfo } from '@slidev/types'
import type { PDFRef } from 'pdf-lib'
import type { Page } from 'playwright-chromium'
import type { BuiltSite } from './chromium.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { openPrintView, settle } from './chromium.ts'
import { NOTES_PRINT_VIEW, PRINT_PAGE, PRINT_VIEW, PRINT_VIEW_CLICKS } from './slidev.ts'

/** `index`: the slide's, and so its page's, 0-based index */
interface Bookmark { title: string, index: number, level: number, children: Bookmark[] }

/** Slidev's rule for its table of contents: a slide nests under the last one of a lower `level`. */
export function bookmarks(slides: readonly Pick<SlideInfo, 'title' | 'level' | 'index'>[]): Bookmark[] {
  const roots: Bookmark[] = []
  for (const { title, level = 1, index } of slides) {
    let siblings = roots
    while ((siblings.at(-1)?.level ?? level) < level)
      siblings = siblings.at(-1)!.children
    if (title)
      siblings.push({ title, index, level, children: [] })
  }
  return roots
}

/** Links bookmarks as PDF outline items under `parent` (the outline or an item); returns how many it wrote. */
function addOutline(pdf: PDFDocument, parent: PDFRef, marks: Bookmark[]): number {
  const refs = marks.map(() => pdf.context.nextRef())
  let count = 0
  marks.forEach((mark, i) => {
    const item = { Title: PDFHexString.fromText(mark.title), Parent: parent, Dest: [pdf.getPage(mark.index).ref, 'Fit'] }
    // pdf-lib leaves out the keys whose value is undefined: no Prev on the first, no Next on the last
    pdf.context.assign(refs[i]!, pdf.context.obj({ ...item, Prev: refs[i - 1], Next: refs[i + 1] }))
    count += 1 + addOutline(pdf, refs[i]!, mark.children)
  })
  if (count) {
    const dict = pdf.context.lookup(parent, PDFDict)
    dict.set(PDFName.of('First'), refs[0]!)
    dict.set(PDFName.of('Last'), refs.at(-1)!)
    dict.set(PDFName.of('Count'), pdf.context.obj(count))
  }
  return count
}

/** Prints as Slidev's exporter does (screen media, backgrounds, the page size its print styles set), but tagged. */
async function printPdf(page: Page, path: string, pageRanges = ''): Promise<void> {
  await page.emulateMedia({ media: 'screen' })
  await page.pdf({ path, printBackground: true, preferCSSPageSize: true, tagged: true, pageRanges })
}

/** The deck as `output`, from its print view loaded in `page`: a page a slide, or a click step (`print=clicks`). */
export async function printPrintView(page: Page, deck: LoadedSlidevData, output: string): Promise<void> {
  const { headmatter, slides } = deck
  // the slide each page shows (a page's id is its slide and click step, `007-02`): a bookmark leads to the slide's first
  const pageSlides = await page.locator(PRINT_PAGE).evaluateAll(containers => containers.map(container => Number(container.id.split('-')[0])))
  // only the slides: Slidev leaves an empty element after the last, which would print as one more page
  await printPdf(page, output, `1-${pageSlides.length}`)

  const pdf = await PDFDocument.load(readFileSync(output))
  pdf.setTitle(String(headmatter.title), { showInWindowTitleBar: true })
  pdf.setAuthor(String(headmatter.author))
  pdf.setSubject(String(headmatter.info))
  pdf.setKeywords(String(headmatter.keywords).split(','))
  pdf.setLanguage(String(headmatter.lang))
  const outline = pdf.context.register(pdf.context.obj({ Type: 'Outlines' }))
  addOutline(pdf, outline, bookmarks(slides.map(slide => ({ ...slide, index: pageSlides.indexOf(slide.index + 1) }))))
  pdf.catalog.set(PDFName.of('Outlines'), outline)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  writeFileSync(output, await pdf.save())
}

/** The deck as `output`: one page per slide in its final state, or with `clicks` one per click step. */
export async function printDeck(site: BuiltSite, deck: LoadedSlidevData, output: string, { clicks = false } = {}): Promise<void> {
  const [page] = await openPrintView(site, deck, clicks ? PRINT_VIEW_CLICKS : PRINT_VIEW)
  await printPrintView(page, deck, output)
  await page.close()
}

/** The presenter's handout: every slide's notes, as Slidev's `export-notes` prints `presenter/print`. */
export async function printHandout({ browser, url }: BuiltSite, output: string): Promise<void> {
  const page = await browser.newPage()
  await page.goto(`${url}${NOTES_PRINT_VIEW}`)
  await settle(page)
  await printPdf(page, output)
  await page.close()
}
