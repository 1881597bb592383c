/**
 * Repairs to the editable PowerPoint that Slidev 53's exporter writes through
 * pptxgenjs 4 (`npm run export:pptx`), so that it opens clean and looks like
 * the deck:
 * - fonts: the exporter names one font per run, the first of the CSS stack:
 *   “Inter” for Chinese text, which Inter has no glyph for (PowerPoint and
 *   LibreOffice then pick a Chinese face of their own), and “Inter en”, the
 *   deck's alias for English text, which no computer has. Each run is split
 *   here the way the deck's fonts split it (lib/font-subsets.ts), every piece
 *   naming its font and the run's language;
 * - a list counter (`content: counter(question)`) comes out as that CSS text:
 *   the items of a slide are numbered instead;
 * - a superscript (a citation) makes a one-line text count as two lines, and
 *   the gap to it becomes an exact line spacing smaller than the text, which
 *   draws the text above its box: such spacing is dropped;
 * - what PowerPoint reports as a problem with content and repairs: a content
 *   type for 26 slide masters where there is one, a second paragraph
 *   property list inside a paragraph, a slide background without the effect
 *   list the schema requires.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import JSZip from 'jszip'
import { ENGLISH_FAMILY, familyFor } from './font-subsets'

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': '\'',
}
const unescapeXml = (text: string): string => text.replace(/&(?:amp|lt|gt|quot|apos);/g, entity => ENTITIES[entity]!)
const escapeXml = (text: string): string => text.replace(/[&<>]/g, char => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[char]};`)

/** `text` cut where the font that sets it changes */
function piecesByFamily(text: string, lang: string): { family: string, text: string }[] {
  const pieces: { family: string, text: string }[] = []
  for (const char of text) {
    const family = familyFor(char, lang)
    const last = pieces.at(-1)
    if (last?.family === family)
      last.text += char
    else
      pieces.push({ family, text: char })
  }
  return pieces
}

/** one `<a:r>` as the deck sets it: a run per font, each naming that font and the run's language */
function repairRun(run: string): string {
  const [, props, inner, text] = /^<a:r><a:rPr([^>]*)>(.*?)<\/a:rPr><a:t>(.*)<\/a:t><\/a:r>$/s.exec(run) ?? []
  const family = /<a:latin typeface="([^"]*)"/.exec(run)?.[1]
  if (props === undefined || inner === undefined || text === undefined || (family !== 'Inter' && family !== ENGLISH_FAMILY))
    return run
  const lang = family === ENGLISH_FAMILY
    ? 'en-US'
    : 'zh-CN'
  return piecesByFamily(unescapeXml(text), lang).map(piece =>
    `<a:r><a:rPr${props.replace(/lang="[^"]*"/, `lang="${lang}"`)}>${inner.replace(/typeface="[^"]*"/g, `typeface="${piece.family}"`)}</a:rPr><a:t>${escapeXml(piece.text)}</a:t></a:r>`,
  ).join('')
}

/** an exact line spacing no larger than the text it spaces, dropped */
function repairLineSpacing(textBody: string): string {
  const largest = Math.max(...[
    ...textBody.matchAll(/<a:rPr[^>]*\ssz="(\d+)"/g),
  ].map(match => Number(match[1])))
  return textBody.replace(/<a:lnSpc><a:spcPts val="(\d+)"\/><\/a:lnSpc>/g, (spacing, value: string) => Number(value) <= largest
    ? ''
    : spacing)
}

export function repairSlideXml(xml: string): string {
  const counted = new Map<string, number>()
  return xml
    .replace(/<a:t>counter\(([\w-]+)\)<\/a:t>/g, (_, name: string) => {
      counted.set(name, (counted.get(name) ?? 0) + 1)
      return `<a:t>${counted.get(name)}</a:t>`
    })
    .replace(/<p:txBody>.*?<\/p:txBody>/gs, repairLineSpacing)
    // a paragraph's properties come first in it, once
    .replace(/(?<!<a:p>)<a:pPr\b[^>]*?(?:\/>|>.*?<\/a:pPr>)/gs, '')
    .replace(/<a:r>.*?<\/a:r>/gs, repairRun)
    .replace(/(?<!<a:effectLst\/>)<\/p:bgPr>/g, '<a:effectLst/></p:bgPr>')
}

/** Rewrites `file` in place. */
export async function repairPptx(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  for (const name of Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)))
    zip.file(name, repairSlideXml(await zip.file(name)!.async('string')))
  const types = await zip.file('[Content_Types].xml')!.async('string')
  zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) => zip.file(part)
    ? override
    : ''))
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
}
