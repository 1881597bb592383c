/** talk/source.txt, the scraped article, as the checked Simplified-Chinese talk/transcript.md; scripts/transcript.ts does the I/O. */
import * as OpenCC from 'opencc-js'
import { run as zhlint } from 'zhlint'
import { garbledRepairs, realQuestionMarks } from './garbled-repairs.ts'
import { findSpam } from './spam-guard.ts'

/** An input problem, located in the source file (1-based line and column). */
export class TranscriptError extends Error {
  constructor(file: string, message: string, line?: number, column = 1) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}:${column}: ${message}`)
  }
}

/** Decodes bytes as UTF-8 (dropping a BOM), refusing anything else: a GBK file would decode to mojibake. */
export function decodeSource(bytes: Uint8Array, file: string): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n')
  }
  catch {
    throw new TranscriptError(file, 'is not valid UTF-8 (another encoding, such as GBK or Big5?); convert it to UTF-8 first')
  }
  if (text.trim() === '')
    throw new TranscriptError(file, bytes.length ? 'the file holds only white space' : 'the file is empty')
  return text
}

/** `來(lái)`: lowercase pinyin in parentheses glued to the character it annotates (once, `O(shè)penAI`, to a Latin letter). */
const PINYIN_ANNOTATION = /(?<=[\u3400-\u9FFF\uF900-\uFAFFA-Za-z])\([a-zāáǎàēéěèêīíǐìōóǒòūúǔùüǖǘǚǜńňḿ]+\)/gu
/** What a garbled span looks like in this source, besides a `?`. */
const GARBLED = /[\uFFFD\uE000-\uF8FF]|&(?:#\d+|#x[\da-f]+|[a-z]+);/iu

/** Throws at a garbled span, or a `?`, that talk/garbled-repairs.ts does not account for, or at a listed `?` gone. */
function assertNotGarbled(source: string, file: string): void {
  const lines = source.split('\n')
  // the known spans blanked out, columns kept: what is left must account for itself
  const masked = garbledRepairs.reduce((text, { garbled }) => text.replaceAll(garbled, ' '.repeat(garbled.length)), source).split('\n')
  const stop = (line: number, column: number, what: string): never => {
    throw new TranscriptError(file, `${what} in “${lines[line - 1]!.slice(Math.max(0, column - 5), column + 5)}”`, line, column)
  }
  masked.forEach((text, i) => {
    const match = GARBLED.exec(text)
    if (match)
      stop(i + 1, match.index + 1, 'garbled text (U+FFFD, a private-use character or an HTML entity), not in the repair table talk/garbled-repairs.ts')
  })
  // a `?` is known by the characters around it: a line added above must not turn it into an error
  const marks = masked.flatMap((text, i) => Array.from(text.matchAll(/\?/g), ({ index }) =>
    ({ line: i + 1, column: index + 1, around: lines[i]!.slice(Math.max(0, index - 2), index + 3) })))
  for (const { line, column, around } of marks) {
    if (!realQuestionMarks.some(real => real.around === around) || marks.filter(mark => mark.around === around).length > 1)
      stop(line, column, 'a “?” that talk/garbled-repairs.ts neither repairs nor lists as a real question mark')
  }
  const gone = realQuestionMarks.find(real => !marks.some(mark => mark.around === real.around))
  if (gone)
    throw new TranscriptError(file, `the real question mark “${gone.around}” that talk/garbled-repairs.ts lists is not there`, gone.line)
}

export const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })

const simplified = (raw: string): string => toSimplified(raw.replace(/\u00A0/g, ' ').trim().replace(PINYIN_ANNOTATION, ''))

/**
 * Full-width punctuation in Chinese, `·` in names, one space between Chinese and Latin or digits (2024 年
 * included: skipZhUnits), none around the source's quotation marks, which are Chinese ones.
 */
function typeset(text: string): string {
  const punctuation = { halfwidthPunctuation: '', fullwidthPunctuation: '，。：；？！“”‘’（）', adjustedFullwidthPunctuation: '' }
  const { result } = zhlint(text, { rules: { preset: 'default', ...punctuation, skipZhUnits: '' } })
  return result.replace(/ {2,}/g, ' ').trim()
}

export interface Transcript {
  meta: { title: string, author: string, published: string, publication: string }
  blocks: ({ kind: 'heading', text: string } | { kind: 'paragraph', id: string, text: string })[]
}

const HEADER = /^作者[:：](?<author>\S*)\s+来源[:：]\S*\s+发布时间[:：](?<date>\d{4}-\d{1,2}-\d{1,2})\s+(?<time>\d{1,2}:\d{1,2}:\d{1,2})$/u
const FOOTER = /^(?:发E-mail给|\|打印)/u

/**
 * The article as printed: the paragraphs before its first heading, then each heading with the paragraphs under
 * it. A paragraph that lost its indent reads as a heading, and a line added or lost changes a count: both stop.
 */
const OUTLINE: readonly { heading: string, paragraphs: number }[] = [
  { heading: '', paragraphs: 2 },
  { heading: '大模型令人震撼的三件事', paragraphs: 10 },
  { heading: '对于人工智能发展的几点思考', paragraphs: 12 },
]

export function buildTranscript(source: string, file: string): Transcript {
  const spam = source.split('\n').findIndex(line => findSpam(line).length > 0)
  if (spam >= 0)
    throw new TranscriptError(file, 'holds a piece of the spam line that heads the scraped page (talk/spam-guard.ts): delete it', spam + 1)
  // the transcript becomes the presenter's notes, which Slidev renders as HTML: it takes text only
  source.split('\n').forEach((text, i) => {
    const at = text.search(/[<>]/)
    if (at >= 0)
      throw new TranscriptError(file, `markup (“${text.slice(at, at + 16)}”): the transcript takes text only`, i + 1, at + 1)
  })
  assertNotGarbled(source, file)
  const lines = garbledRepairs.reduce((text, { garbled, repaired }) => text.replaceAll(garbled, repaired), source).split('\n')

  const headerIndex = lines.findIndex(line => line.trim().startsWith('作者'))
  if (headerIndex < 0)
    throw new TranscriptError(file, 'no “作者/来源/发布时间” line: is this the scraped 科学网 article?')
  const header = simplified(lines[headerIndex]!)
  const fields = HEADER.exec(header)?.groups
  if (!fields)
    throw new TranscriptError(file, `the header line does not read “作者:… 来源:… 发布时间:YYYY-M-D h:m:s” (got “${header}”)`, headerIndex + 1)

  // one-digit month, day, hour, minute and second padded to two
  const published = `${fields.date} ${fields.time}`.replace(/\b\d\b/g, '0$&')
  const meta: Transcript['meta'] = { title: '', author: fields.author!, published, publication: '' }
  const blocks: Transcript['blocks'] = []
  const sections: { line: number, paragraphs: number }[] = []
  let paragraphs = 0
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!
    if (!raw.trim())
      continue
    const line = typeset(simplified(raw))
    if (!meta.title) {
      meta.title = line
      sections.push({ line: i + 1, paragraphs: 0 })
    }
    else if (/^[\u00A0 \u3000]/u.test(raw)) {
      blocks.push({ kind: 'paragraph', id: `p${String(++paragraphs).padStart(2, '0')}`, text: line })
      sections.at(-1)!.paragraphs++
    }
    else if (line.startsWith('《') && !meta.publication) {
      meta.publication = line
    }
    else if (!FOOTER.test(line.replace(/\s/g, ''))) {
      const next = OUTLINE[sections.length]?.heading
      const expected = next === undefined ? 'none left' : `“${next}”`
      if (line !== next)
        throw new TranscriptError(file, `“${line.slice(0, 20)}” is not indented and is not the next heading (${expected}): a paragraph that lost its indent, or a line too many`, i + 1)
      blocks.push({ kind: 'heading', text: line })
      sections.push({ line: i + 1, paragraphs: 0 })
    }
  }
  OUTLINE.forEach(({ heading, paragraphs: expected }, k) => {
    if (!sections[k])
      throw new TranscriptError(file, `the heading “${heading}” is missing`)
    const where = heading ? `under “${heading}”` : 'before the first heading'
    if (sections[k].paragraphs !== expected)
      throw new TranscriptError(file, `${sections[k].paragraphs} paragraphs ${where} (the section from this line), the article has ${expected}: a line added, lost or split`, sections[k].line)
  })
  return { meta, blocks }
}

export function renderTranscript({ meta, blocks }: Transcript, sourceName: string): string {
  const yaml = Object.entries({ ...meta, source: sourceName }).map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
  const body = blocks.map(block => block.kind === 'heading' ? `## ${block.text}` : `<!-- ${block.id} -->\n${block.text}`)
  const notice = '<!-- Generated by `npm run transcript` from talk/source.txt: edit the script, not this file. -->'
  return `---\n${yaml.join('\n')}\n---\n\n${notice}\n\n# ${meta.title}\n\n${body.join('\n\n')}\n`
}
