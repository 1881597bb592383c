/**
 * Counts what an export wrote, so a wrapper can refuse a file that looks
 * fine but is not: a PDF with missing pages, a PPTX with no slides.
 */
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { getDocumentProxy } from 'unpdf'

export async function countPdfPages(file: string): Promise<number> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)))
  return pdf.numPages
}

/** the number of `ppt/slides/slideN.xml` parts: one per slide in PowerPoint */
export async function countPptxSlides(file: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  return Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length
}
