/**
 * Turns the scraped article (talk/source.txt) into the checked Simplified-Chinese
 * transcript (talk/transcript.md). Pure functions: the CLI in
 * scripts/transcript.ts does the file I/O, tests call these directly.
 */
import * as OpenCC from 'opencc-js'
import { run as zhlint } from 'zhlint'
import { garbledRepairs } from './garbled-repairs'
import { TRANSCRIPT_NOTICE } from './transcript-format'

/** An input problem, located in the source file (1-based line and column). */
export class TranscriptError extends Error {
  constructor(file: string, message: string, line?: number, column?: number) {
    const where = line === undefined
      ? file
      : `${file}:${line}:${column ?? 1}`
    super(`${where}: ${message}`)
    this.name = 'TranscriptError'
  }
}

/** Decodes bytes as UTF-8, refusing anything else (a GBK file would decode to mojibake). */
export function decodeSource(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0)
    throw new TranscriptError(file, 'the file is empty')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    throw new TranscriptError(file, 'is not valid UTF-8 (another encoding, such as GBK or Big5?); convert it to UTF-8 first')
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (text.trim() === '')
    throw new TranscriptError(file, 'the file holds only white space')
  return text
}

const CJK = '\\u3400-\\u9FFF\\uF900-\\uFAFF'
const PINYIN_LETTERS = 'a-zāáǎàēéěèêīíǐìōóǒòūúǔùüǖǘǚǜńňḿ'
/**
 * `來(lái)`: a parenthesis holding only lowercase pinyin, glued to the character
 * it annotates (once, `O(shè)penAI`, to a Latin letter the scraper took for one).
 */
const PINYIN_ANNOTATION = new RegExp(`(?<=[${CJK}A-Za-z])\\([${PINYIN_LETTERS}]+\\)`, 'gu')

interface GarbledRule { pattern: RegExp, what: string }
/**
 * What a garbled span looks like in this source. A real question mark is
 * followed by a Chinese character or a quotation mark; the mangled ones are
 * glued to pinyin letters, a parenthesis or an entity, or sit next to a
 * private-use character.
 */
const GARBLED_RULES: GarbledRule[] = [
  { pattern: /\uFFFD/gu, what: 'a U+FFFD replacement character' },
  { pattern: /[\uE000-\uF8FF]/gu, what: 'a private-use character' },
  { pattern: /&(?:#\d+|#x[\da-f]+|[a-z]+);/giu, what: 'an HTML entity' },
  {
    pattern: new RegExp(`\\?(?=[${PINYIN_LETTERS}A-Z(&;])`, 'gu'),
    what: 'a "?" glued to pinyin letters, a parenthesis or an entity',
  },
  {
    pattern: new RegExp(`(?<=[${CJK}])\\?(?=[${CJK}][${PINYIN_LETTERS}]*\\))`, 'gu'),
    what: 'a "?" inside an annotated word',
  },
]

function locate(text: string, index: number): { line: number, column: number } {
  const before = text.slice(0, index)
  const line = before.split('\n').length
  const column = index - before.lastIndexOf('\n')
  return { line, column }
}

/** Replaces the known garbled spans; returns the text and how often each was used. */
export function repairGarbled(text: string): { text: string, used: Map<string, number> } {
  const used = new Map<string, number>()
  for (const { garbled, repaired } of garbledRepairs) {
    const parts = text.split(garbled)
    used.set(garbled, parts.length - 1)
    text = parts.join(repaired)
  }
  return { text, used }
}

/** Throws at the first garbled span that the repair table did not know. */
export function assertNotGarbled(text: string, file: string): void {
  for (const { pattern, what } of GARBLED_RULES) {
    pattern.lastIndex = 0
    const match = pattern.exec(text)
    if (match) {
      const { line, column } = locate(text, match.index)
      const context = text.slice(Math.max(0, match.index - 4), match.index + 6).replace(/\n/g, ' ')
      throw new TranscriptError(file, `garbled text (${what}) in “${context}”, not in the repair table lib/garbled-repairs.ts`, line, column)
    }
  }
}

export function stripPinyin(text: string): string {
  return text.replace(PINYIN_ANNOTATION, '')
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })
export { toSimplified }

/** Full-width punctuation in Chinese, `·` in names, one space between Chinese and Latin or digits. */
export function typeset(text: string): string {
  const { result } = zhlint(text, {
    rules: {
      preset: 'default',
      halfwidthPunctuation: '',
      fullwidthPunctuation: '，。：；？！“”‘’（）',
      // the source's quotation marks are Chinese ones: no spaces around them
      adjustedFullwidthPunctuation: '',
      // house style: a space between Chinese and digits everywhere, 2024 年 included
      skipZhUnits: '',
    },
  })
  return result.replace(/ {2,}/g, ' ').trim()
}

/** The whole per-line pipeline after repairs: pinyin out, Simplified, typeset. */
export function cleanLine(raw: string): string {
  return typeset(toSimplified(stripPinyin(raw.replace(/\u00A0/g, ' ').trim())))
}

export interface TranscriptMeta {
  title: string
  author: string
  published: string
  publication: string
}

export type TranscriptBlock
  = | { kind: 'heading', text: string }
    | { kind: 'paragraph', id: string, text: string }

export interface Transcript {
  meta: TranscriptMeta
  blocks: TranscriptBlock[]
}

const HEADER = /^作者[:：](?<author>\S*)\s+来源[:：]\S*\s+发布时间[:：](?<date>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})\s+(?<h>\d{1,2}):(?<m>\d{1,2}):(?<s>\d{1,2})$/u
const FOOTER = /^(?:发E-mail给|\|打印)/u
const pad = (n: string | undefined): string => (n ?? '').padStart(2, '0')

/** Parses the decoded source text into the transcript's structure. */
export function buildTranscript(source: string, file: string): Transcript {
  const { text } = repairGarbled(source)
  assertNotGarbled(text, file)
  const lines = text.split('\n')

  const headerIndex = lines.findIndex(line => line.trim().startsWith('作者'))
  if (headerIndex < 0)
    throw new TranscriptError(file, 'no “作者/来源/发布时间” line: is this the scraped 科学网 article?')
  const header = cleanLine(lines[headerIndex]!).replace(/：/g, ':')
  const fields = HEADER.exec(toSimplified(stripPinyin(lines[headerIndex]!.trim())))?.groups
  if (!fields)
    throw new TranscriptError(file, `the header line does not read “作者:… 来源:… 发布时间:YYYY-M-D h:m:s” (got “${header}”)`, headerIndex + 1)

  const meta: TranscriptMeta = {
    title: '',
    author: fields.author!,
    published: `${fields.date}-${pad(fields.month)}-${pad(fields.day)} ${pad(fields.h)}:${pad(fields.m)}:${pad(fields.s)}`,
    publication: '',
  }
  const blocks: TranscriptBlock[] = []
  let paragraphs = 0
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!
    if (raw.replace(/\u00A0/g, ' ').trim() === '')
      continue
    const indented = /^[\u00A0 \u3000]/u.test(raw)
    const line = cleanLine(raw)
    if (!meta.title)
      meta.title = line
    else if (indented)
      blocks.push({ kind: 'paragraph', id: `p${String(++paragraphs).padStart(2, '0')}`, text: line })
    else if (line.startsWith('《'))
      meta.publication = line
    else if (FOOTER.test(line.replace(/\s/g, '')))
      continue
    else
      blocks.push({ kind: 'heading', text: line })
  }
  if (paragraphs === 0)
    throw new TranscriptError(file, 'no paragraphs found (paragraphs are the indented lines after the title)')
  return { meta, blocks }
}

/** Counts the source's paragraphs the way a reader would: indented, non-blank lines. */
export function countSourceParagraphs(source: string): number {
  return source.split('\n').filter(line => /^[ \u3000]+\S/u.test(line.replace(/\u00A0/g, ' '))).length
}

export function renderTranscript({ meta, blocks }: Transcript, sourceName: string): string {
  const yaml = Object.entries({ ...meta, source: sourceName })
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')
  const body = blocks.map(block => block.kind === 'heading'
    ? `## ${block.text}`
    : `<!-- ${block.id} -->\n${block.text}`)
  return `---\n${yaml}\n---\n\n${TRANSCRIPT_NOTICE}\n\n# ${meta.title}\n\n${body.join('\n\n')}\n`
}
