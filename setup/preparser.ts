/**
 * Slidev loads this when it parses the slides (dev, build and export alike). It fills the presenter notes from
 * the talk's transcript, so the talk's words live in one place (talk/transcript.md). A line of notes that reads
 *   @p07               → paragraph p07, verbatim
 *   [click] @p08       → paragraph p08, shown from the slide's first click on
 *   @check:dgx1-recipient → a marked fact-check line from data/fact-checks.ts
 * Anything else in the notes is kept as written.
 */
import type { TranscriptParagraph } from '../lib/transcript-format'
import { definePreparserSetup } from '@slidev/types'
import { factChecks } from '../data/fact-checks'
import { sourceNumber, sources } from '../data/sources'
import { readTranscript } from '../lib/transcript-format'

const CHECK_LABEL = '核实：'
/** a fact check in the notes: a quote block of its own, under the talk's words */
export const FACT_CHECK_PREFIX = `> ${CHECK_LABEL}`

/** What a line of notes names (alone, or as a one-line `<!-- @p03 -->`): a paragraph, with the `[click]` before it, or a fact check. */
export function noteReference(line: string): { click: string, paragraph?: string, check?: string } | undefined {
  const match = /^(?:<!--\s*)?(?:(\[click(?::\d+)?\]\s*)?@(p\d{2,})|@check:([\w-]+))\s*(?:-->)?$/.exec(line.trim())
  return match ? { click: match[1] ?? '', paragraph: match[2], check: match[3] } : undefined
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

/** Each reference becomes a paragraph of its own, so references stand on consecutive lines. */
export function expandNote(note: string, paragraphs: readonly TranscriptParagraph[]): string {
  return note.split('\n').map((line) => {
    const { click, paragraph, check } = noteReference(line) ?? {}
    if (check)
      return `> ${asText(renderCheck(check))}\n`
    if (!paragraph)
      return line
    const found = paragraphs.find(p => p.id === paragraph)
    if (!found)
      throw new Error(`notes: unknown transcript paragraph “@${paragraph}” (talk/transcript.md has ${paragraphs[0]?.id}–${paragraphs.at(-1)?.id})`)
    return `${click}${asText(found.text)}\n`
  }).join('\n')
}

export default definePreparserSetup(() => {
  const paragraphs = readTranscript()
  const transformNote = async (note?: string) => note === undefined ? undefined : expandNote(note, paragraphs)
  return [{ name: 'transcript-notes', transformNote }]
})
