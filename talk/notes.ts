/**
 * The presenter's notes are the talk. A line of notes (alone, or as a one-line `<!-- @p03 -->`) that reads
 *   @p07                   → paragraph p07 of talk/transcript.md, verbatim
 *   @p17:5-6               → its sentences 5 to 6 (`@p17:7` the 7th alone), where a paragraph spans slides
 *   [click] @p08           → paragraph p08, shown from the slide's first click on
 *   @check:dgx1-recipient  → a marked fact-check line from data/fact-checks.ts, with its sources
 * becomes that text; anything else is kept as written. setup/preparser.ts applies this as Slidev parses the deck;
 * the deck check, the reading edition and the tests read the notes through it too.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { factChecks } from '../data/fact-checks.ts'
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

export function readTranscript(path = fileURLToPath(new URL('transcript.md', import.meta.url))): TranscriptParagraph[] {
  return parseTranscript(readFileSync(path, 'utf8'), path)
}

const CHECK_LABEL = '核实：'
/** a fact check in the notes: a quote block of its own, under the talk's words */
export const FACT_CHECK_PREFIX = `> ${CHECK_LABEL}`

/** A paragraph's sentences, each with its end mark (。？！) and any closing quotation mark after it. */
export const sentences = (text: string): string[] => text.match(/[^。？！]+(?:[。？！]+[”’」』）]*|$)/g) ?? []

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
export function referencedText({ paragraph, from, to }: NoteReference, paragraphs: readonly TranscriptParagraph[]): string {
  const found = paragraphs.find(p => p.id === paragraph)
  if (!found)
    throw new Error(`notes: unknown transcript paragraph “@${paragraph}” (talk/transcript.md has ${paragraphs[0]?.id}–${paragraphs.at(-1)?.id})`)
  if (from === undefined)
    return found.text
  const all = sentences(found.text)
  if (from < 1 || to! < from || to! > all.length)
    throw new Error(`notes: “@${paragraph}:${from}-${to}” names sentences ${paragraph} does not have (it has 1–${all.length})`)
  return all.slice(from - 1, to).join('')
}

/** The fact check as text (`核实：…（来源：…）`), the line the notes quote and the reading edition prints. */
export function renderCheck(id: string): string {
  const check = factChecks.find(entry => entry.id === id)
  if (!check)
    throw new Error(`notes: unknown fact check “@check:${id}” (known: ${factChecks.map(c => c.id).join(', ')})`)
  const cited = check.sources.map(sourceId => `[${sourceNumber(sourceId)}] ${sources.find(s => s.id === sourceId)!.publisher}`)
  return `${CHECK_LABEL}${check.check}（来源：${cited.length ? cited.join('；') : '无可引用的公开出处'}）`
}

/** Slidev renders notes as HTML: the talk's words and the checks go in as text, no tag in them read as one */
const asText = (text: string): string => text.replaceAll('<', '&lt;')

/** A slide's notes with each reference replaced by what it names, a paragraph of its own, so references stand on consecutive lines. */
export function expandNote(note: string, paragraphs: readonly TranscriptParagraph[]): string {
  return note.split('\n').map((line) => {
    const reference = noteReference(line)
    if (reference?.check)
      return `> ${asText(renderCheck(reference.check))}\n`
    if (!reference)
      return line
    return `${reference.click}${asText(referencedText(reference, paragraphs))}\n`
  }).join('\n')
}

/** The preparser's extension: Slidev calls `transformNote` on every slide's notes as it parses the deck. */
export function notesExtension(): { name: string, transformNote: (note?: string) => Promise<string | undefined> }[] {
  const paragraphs = readTranscript()
  return [{ name: 'transcript-notes', transformNote: async note => note === undefined ? undefined : expandNote(note, paragraphs) }]
}
