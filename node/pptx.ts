/**
 * Repairs to the editable PowerPoint Slidev 53 writes through pptxgenjs 4, so it opens clean and looks like the deck:
 * - each run names one font, the first of the CSS stack: Inter for Chinese text (no glyphs; PowerPoint
 *   picks a face of its own) or the deck's alias “Inter en”, which no computer has. Runs are split the
 *   way the deck's fonts split text (node/fonts.ts), each naming its font and language;
 * - a CSS list counter comes out as the text `counter(list-item)`: the items are numbered instead;
 * - a superscript makes one line count as two, and the gap becomes an exact line spacing smaller than
 *   the text, drawn above its box: such spacing is dropped;
 * - what PowerPoint offers to repair: content types for 26 slide masters where there is one, a second
 *   paragraph property list in a paragraph, a background without the effect list the schema requires.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import JSZip from 'jszip'
import { ENGLISH_FAMILY, familyFor } from './fonts.ts'

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': '\'' }
const unescapeXml = (text: string): string => text.replace(/&(?:amp|lt|gt|quot|apos);/g, entity => ENTITIES[entity]!)
const escapeXml = (text: string): string => text.replace(/[&<>]/g, char => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[char]};`)

/** one `<a:r>` as the deck sets it: a run per font, each naming that font and the run's language */
function repairRun(run: string): string {
  const [, props, inner, text] = /^<a:r><a:rPr([^>]*)>(.*?)<\/a:rPr><a:t>(.*)<\/a:t><\/a:r>$/s.exec(run) ?? []
  const family = /<a:latin typeface="([^"]*)"/.exec(run)?.[1]
  if (props === undefined || inner === undefined || text === undefined || (family !== 'Inter' && family !== ENGLISH_FAMILY))
    return run
  const lang = family === ENGLISH_FAMILY ? 'en-US' : 'zh-CN'
  // the text cut where the font that sets it changes
  const pieces: { family: string, text: string }[] = []
  for (const char of unescapeXml(text)) {
    const font = familyFor(char, lang)
    const last = pieces.at(-1)
    if (last?.family === font)
      last.text += char
    else
      pieces.push({ family: font, text: char })
  }
  return pieces.map(piece =>
    `<a:r><a:rPr${props.replace(/lang="[^"]*"/, `lang="${lang}"`)}>${inner.replace(/typeface="[^"]*"/g, `typeface="${piece.family}"`)}</a:rPr><a:t>${escapeXml(piece.text)}</a:t></a:r>`,
  ).join('')
}

/** an exact line spacing no larger than the text it spaces, dropped */
function repairLineSpacing(textBody: string): string {
  const largest = Math.max(...Array.from(textBody.matchAll(/<a:rPr[^>]*\ssz="(\d+)"/g), match => Number(match[1])))
  return textBody.replace(/<a:lnSpc><a:spcPts val="(\d+)"\/><\/a:lnSpc>/g, (spacing, value: string) => Number(value) <= largest ? '' : spacing)
}

function repairSlideXml(xml: string): string {
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

/** a slide's part in the package: one per slide in PowerPoint */
const SLIDE_PART = /^ppt\/slides\/slide\d+\.xml$/

/** Rewrites `file` in place; the number of slides it holds. */
export async function repairPptx(file: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  const slides = Object.keys(zip.files).filter(name => SLIDE_PART.test(name))
  for (const name of slides)
    zip.file(name, repairSlideXml(await zip.file(name)!.async('string')))
  const types = await zip.file('[Content_Types].xml')!.async('string')
  // an override for a part the file does not have is what PowerPoint repairs
  const overrides = /<Override PartName="\/([^"]+)"[^>]*\/>/g
  zip.file('[Content_Types].xml', types.replace(overrides, (override, part: string) => zip.file(part) ? override : ''))
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
  return slides.length
}
