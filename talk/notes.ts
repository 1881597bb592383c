/**
 * The presenter's notes are the talk. A line of notes (alone, or as a one-line `<!-- @p03 -->`) that reads
 *   @p07                   → paragraph p07 of the edition's transcript (talk/transcript.md, talk/transcript.en.md), verbatim
 *   @p17:5-6               → its sentences 5 to 6 (`@p17:7` the 7th alone), where a paragraph spans slides
 *   [click] @p08           → paragraph p08, shown from the slide's first click on
 *   @check:dgx1-recipient  → a marked fact-check line from data/fact-checks.ts, with its sources
 * becomes that text; anything else is kept as written. setup/preparser.ts applies this as Slidev parses the deck;
 * the deck check, the reading edition and the tests read the notes through it too.
 */
import type { Lang } from '../data/schema.ts'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { editionIn } from '../data/editions.ts'
import { factChecks } from '../data/fact-checks.ts'
import { publisherIn } from '../data/format.ts'
import { sourceNumber, sources } from '../data/sources.ts'

/** `section`: the `## ` heading it stands under, '' before the first heading */
export interface TranscriptParagraph { id: string, text: string, section: string }

/** talk/transcript.md read back: front matter, `## ` headings, and each paragraph on the line after its id (`<!-- p07 -->`). */
export function parseTranscript(markdown: string, file = 'talk/transcript.md'): TranscriptParagraph[] {
  const lines = markdown.split('\n')
  let section = ''
  const paragraphs = lines.flatMap((line, index) => {
    section = line.startsWith('## ') ? line.slice(3) : section
    const id = /^<!-- (p\d{2,}) -->$/.exec(line)?.[1]
    const text = lines[index + 1]?.trim()
    if (id && !text)
      throw new Error(`${file}:${index + 2}: paragraph ${id} has no text on the line after its id`)
    return id && text ? [{ id, text, section }] : []
  })
  if (paragraphs.length === 0)
    throw new Error(`${file}: no paragraphs (expected lines like “<!-- p01 -->” followed by the text)`)
  return paragraphs
}

/** An edition's transcript, from the project at `root` (the deck check reads the copy it watches). */
export function readTranscript(lang: Lang = 'zh', root = fileURLToPath(new URL('..', import.meta.url))): TranscriptParagraph[] {
  const path = `${root.replace(/\/?$/, '/')}${editionIn(lang).transcript}`
  return parseTranscript(readFileSync(path, 'utf8'), path)
}

/** what heads a fact check, and how its sources are introduced, in each edition */
const CHECK_WORDS = {
  zh: { label: '核实：', sources: (cited: string) => `（来源：${cited}）`, separator: '；', none: '无可引用的公开出处' },
  en: { label: 'Fact check: ', sources: (cited: string) => ` (sources: ${cited})`, separator: '; ', none: 'no public source to cite' },
} as const satisfies Record<Lang, unknown>

/** a fact check in the notes: a quote block of its own, under the talk's words */
export const FACT_CHECK_PREFIX: Record<Lang, string> = { zh: `> ${CHECK_WORDS.zh.label}`, en: `> ${CHECK_WORDS.en.label}` }

/**
 * A paragraph's sentences. Chinese: each with its end mark (。？！) and any closing quotation mark after it. English: split
 * where . ? or ! (and a closing mark) is followed by a space and a capital, a digit or an opening mark: “GPT-3.5” and
 * “DALL·E” stay whole; the space between sentences is not part of either.
 */
export function sentences(text: string, lang: Lang = 'zh'): string[] {
  if (lang === 'en')
    return text.split(/(?<=[.?!][”’)]*)\s+(?=[“‘(A-Z0-9])/)
  return text.match(/[^。？！]+(?:[。？！]+[”’」』）]*|$)/g) ?? []
}

export interface NoteReference { click: string, paragraph?: string, check?: string, from?: number, to?: number }

/** What a line of notes names: a paragraph or some of its sentences, with the `[click]` before it, or a fact check. */
export function noteReference(line: string): NoteReference | undefined {
  const match = /^(?:<!--\s*)?(?:(\[click(?::\d+)?\]\s*)?@(p\d{2,})(?::(\d+)(?:-(\d+))?)?|@check:([\w-]+))\s*(?:-->)?$/.exec(line.trim())
  if (!match)
    return undefined
  const [, click = '', paragraph, from, to = from, check] = match
  return { click, paragraph, check, ...from && { from: Number(from), to: Number(to) } }
}

/** The words a reference names: its paragraph, or the sentences it names of it. */
export function referencedText({ paragraph, from, to }: NoteReference, paragraphs: readonly TranscriptParagraph[], lang: Lang = 'zh'): string {
  const found = paragraphs.find(p => p.id === paragraph)
  if (!found)
    throw new Error(`notes: unknown transcript paragraph “@${paragraph}” (the transcript has ${paragraphs[0]?.id}–${paragraphs.at(-1)?.id})`)
  if (from === undefined)
    return found.text
  const all = sentences(found.text, lang)
  if (from < 1 || to! < from || to! > all.length)
    throw new Error(`notes: “@${paragraph}:${from}-${to}” names sentences ${paragraph} does not have (it has 1–${all.length})`)
  return all.slice(from - 1, to).join(lang === 'en' ? ' ' : '')
}

/** The fact check as text (`核实：…（来源：…）`, `Fact check: … (sources: …)`), the line the notes quote and the reading edition prints. */
export function renderCheck(id: string, lang: Lang = 'zh'): string {
  const check = factChecks.find(entry => entry.id === id)
  if (!check)
    throw new Error(`notes: unknown fact check “@check:${id}” (known: ${factChecks.map(c => c.id).join(', ')})`)
  const words = CHECK_WORDS[lang]
  const cited = check.sources.map(sourceId => `[${sourceNumber(sourceId)}] ${publisherIn(sources.find(s => s.id === sourceId)!, lang)}`)
  return `${words.label}${check.check[lang]}${words.sources(cited.length ? cited.join(words.separator) : words.none)}`
}

/** Slidev renders notes as HTML: the talk's words and the checks go in as text, no tag in them read as one */
const asText = (text: string): string => text.replaceAll('<', '&lt;')

/** A slide's notes with each reference replaced by what it names, a paragraph of its own, so references stand on consecutive lines. */
export function expandNote(note: string, paragraphs: readonly TranscriptParagraph[], lang: Lang = 'zh'): string {
  return note.split('\n').map((line) => {
    const reference = noteReference(line)
    if (reference?.check)
      return `> ${asText(renderCheck(reference.check, lang))}\n`
    if (!reference)
      return line
    return `${reference.click}${asText(referencedText(reference, paragraphs, lang))}\n`
  }).join('\n')
}

/** The preparser's extension: Slidev calls `transformNote` on every slide's notes as it parses the deck of edition `lang`. */
export function notesExtension(lang: Lang = 'zh'): { name: string, transformNote: (note?: string) => Promise<string | undefined> }[] {
  const paragraphs = readTranscript(lang)
  return [{ name: 'transcript-notes', transformNote: async note => note === undefined ? undefined : expandNote(note, paragraphs, lang) }]
}
