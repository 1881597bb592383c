/**
 * checkNotesCoverage(slides, paragraphs) → problems: every sentence of every transcript paragraph must stand in the
 * notes once, verbatim, and the sentences must come in the talk's order (a paragraph may run on over the next
 * slides). Each problem names the paragraph and its sentence.
 */
import type { Lang } from '../../data/schema.ts'
import type { TranscriptParagraph } from '../../talk/notes.ts'
import { sentences } from '../../talk/notes.ts'

export interface SlideNote {
  /** 1-based slide number */
  no: number
  note?: string
}

export function checkNotesCoverage(slides: readonly SlideNote[], paragraphs: readonly TranscriptParagraph[], lang: Lang = 'zh'): string[] {
  const problems: string[] = []
  let previous: { id: string, slide: number, offset: number } | undefined
  const pieces = paragraphs.flatMap(({ id, text }) => sentences(text, lang).map((sentence, i) => ({ id: `${id} sentence ${i + 1}`, text: sentence })))
  for (const { id, text } of pieces) {
    const places = slides.flatMap(({ no, note = '' }) => {
      const found: { slide: number, offset: number }[] = []
      for (let at = note.indexOf(text); at >= 0; at = note.indexOf(text, at + 1))
        found.push({ slide: no, offset: at })
      return found
    })
    if (places.length === 0) {
      problems.push(`${id} is missing from the notes, or altered: “${text.slice(0, 24)}…”`)
      continue
    }
    if (places.length > 1)
      problems.push(`${id} appears ${places.length} times (slides ${places.map(p => p.slide).join(', ')})`)
    const here = places[0]!
    if (previous && (here.slide < previous.slide || (here.slide === previous.slide && here.offset < previous.offset)))
      problems.push(`${id} (slide ${here.slide}) comes before ${previous.id} (slide ${previous.slide}): out of the talk's order`)
    previous = { id, ...here }
  }
  return problems
}
