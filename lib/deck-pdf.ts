/**
 * The deck and the presenter's handout as accessible PDFs, printed from the
 * built site. Chromium tags them (structure tree with the slides' headings,
 * reading order, the diagrams' text alternatives, the page's `lang`); pdf-lib
 * adds the headmatter's metadata and, to the deck, bookmarks by section.
 */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { SlideInfo } from '@slidev/types'
import type { PDFRef } from 'pdf-lib'
import type { BuiltSite } from './browser'
import { readFileSync, writeFileSync } from 'node:fs'
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { printPdf, printViewLoaded, settle } from './browser'

interface Bookmark {
  title: string
  /** 0-based: one page per slide */
  page: number
  level: number
  children: Bookmark[]
}

/** Slidev's rule for its table of contents: a slide nests under the last one of a lower `level`. */
export function bookmarks(slides: readonly Pick<SlideInfo, 'title' | 'level' | 'index'>[]): Bookmark[] {
  const roots: Bookmark[] = []
  for (const { title, level = 1, index } of slides) {
    if (!title)
      continue
    let siblings = roots
    while (siblings.length && siblings.at(-1)!.level < level)
      siblings = siblings.at(-1)!.children
    siblings.push({
      title,
      page: index,
      level,
      children: [],
    })
  }
  return roots
}

/** Writes bookmarks as PDF outline items under `parent`; returns how many it wrote. */
function writeOutline(pdf: PDFDocument, marks: Bookmark[], parent: PDFRef): { first: PDFRef, last: PDFRef, count: number } {
  const refs = marks.map(() => pdf.context.nextRef())
  let count = marks.length
  marks.forEach((mark, i) => {
    const item = pdf.context.obj({
      Title: PDFHexString.fromText(mark.title),
      Parent: parent,
      Dest: [pdf.getPage(mark.page).ref, 'Fit'],
    })
    if (i > 0)
      item.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < marks.length - 1)
      item.set(PDFName.of('Next'), refs[i + 1]!)
    if (mark.children.length) {
      const children = writeOutline(pdf, mark.children, refs[i]!)
      item.set(PDFName.of('First'), children.first)
      item.set(PDFName.of('Last'), children.last)
      item.set(PDFName.of('Count'), pdf.context.obj(children.count))
      count += children.count
    }
    pdf.context.assign(refs[i]!, item)
  })
  return {
    first: refs[0]!,
    last: refs.at(-1)!,
    count,
  }
}

/** The deck, one page per slide in its final state, as `output`. */
export async function printDeck({ browser, url }: BuiltSite, { headmatter, slides }: LoadedSlidevData, output: string): Promise<void> {
  // the print view scales each slide to the window's width: give it the canvas's
  const page = await browser.newPage({
    viewport: {
      width: Number(headmatter.canvasWidth),
      height: 720,
    },
  })
  await page.goto(`${url}print?print=true`)
  await printPdf(page, output, await printViewLoaded(page, slides.length))
  await page.close()

  const pdf = await PDFDocument.load(readFileSync(output))
  pdf.setTitle(String(headmatter.title), { showInWindowTitleBar: true })
  pdf.setAuthor(String(headmatter.author))
  pdf.setSubject(String(headmatter.info))
  pdf.setKeywords(String(headmatter.keywords).split(','))
  pdf.setLanguage(String(headmatter.lang))
  const root = pdf.context.nextRef()
  const outline = writeOutline(pdf, bookmarks(slides), root)
  pdf.context.assign(root, pdf.context.obj({
    Type: 'Outlines',
    First: outline.first,
    Last: outline.last,
    Count: outline.count,
  }))
  pdf.catalog.set(PDFName.of('Outlines'), root)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  writeFileSync(output, await pdf.save())
}

/** The presenter's handout: every slide's notes, as Slidev's `export-notes` prints `presenter/print`. */
export async function printHandout({ browser, url }: BuiltSite, output: string): Promise<void> {
  const page = await browser.newPage()
  await page.goto(`${url}presenter/print`)
  await settle(page)
  await printPdf(page, output)
  await page.close()
}
