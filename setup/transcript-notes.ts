/**
 * Fills the presenter notes from the talk's transcript, so the talk's words
 * live in one place (talk/transcript.md). In a slide's notes:
 *   @p07               → paragraph p07, verbatim
 *   [click] @p08       → paragraph p08, shown from the slide's first click on
 *   @check:dgx1-recipient → a marked fact-check line from data/fact-checks.ts
 * Anything else in the notes is kept as written.
 */
import type { SlidevPreparserExtension } from '@slidev/types'
import type { TranscriptParagraph } from '../lib/transcript-format'
import { factChecks } from '../data/fact-checks'
import { sourceNumber, sources } from '../data/sources'

export const PARAGRAPH_REF = /^(\[click(?::\d+)?\]\s*)?@(p\d{2,})\s*$/
export const CHECK_REF = /^@check:([\w-]+)\s*$/

export const FACT_CHECK_PREFIX = '> 核实：'

export function renderCheck(id: string): string {
  const check = factChecks.find(entry => entry.id === id)
  if (!check)
    throw new Error(`notes: unknown fact check “@check:${id}” (known: ${factChecks.map(c => c.id).join(', ')})`)
  const cited = check.sources.map((sourceId) => {
    const source = sources.find(s => s.id === sourceId)!
    return `[${sourceNumber(sourceId)}] ${source.publisher}`
  })
  return `${FACT_CHECK_PREFIX}${check.check}（来源：${cited.length
    ? cited.join('；')
    : '无可引用的公开出处'}）`
}

export function expandNote(note: string, paragraphs: readonly TranscriptParagraph[]): string {
  return note.split('\n').map((line) => {
    const paragraph = PARAGRAPH_REF.exec(line.trim())
    if (paragraph) {
      const [, click = '', id] = paragraph
      const found = paragraphs.find(p => p.id === id)
      if (!found)
        throw new Error(`notes: unknown transcript paragraph “@${id}” (talk/transcript.md has ${paragraphs[0]?.id}–${paragraphs.at(-1)?.id})`)
      return `${click}${found.text}`
    }
    const check = CHECK_REF.exec(line.trim())
    return check
      ? renderCheck(check[1]!)
      : line
  }).join('\n')
}

export function transcriptNotes(paragraphs: readonly TranscriptParagraph[]): SlidevPreparserExtension {
  return {
    name: 'transcript-notes',
    async transformNote(note) {
      return note === undefined
        ? undefined
        : expandNote(note, paragraphs)
    },
  }
}
