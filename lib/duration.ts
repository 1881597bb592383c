/**
 * How long the talk takes: the transcript read at a normal Chinese speaking
 * pace, plus a little time for each slide that has no words in the notes.
 */
import type { TranscriptParagraph } from './transcript-format'

/** characters a minute: a normal pace for a Chinese talk */
export const CHARACTERS_PER_MINUTE = 220
/** seconds given to a slide with nothing to read (cover, agenda, timeline, references) */
export const SECONDS_PER_SILENT_SLIDE = 30

/** Counts what is spoken: Chinese characters, and Latin words or numbers as one each. */
export function spokenLength(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const words = text.match(/[A-Z0-9][\w.-]*/gi)?.length ?? 0
  return han + words
}

export function talkMinutes(paragraphs: readonly TranscriptParagraph[], silentSlides: number): number {
  const characters = paragraphs.reduce((sum, p) => sum + spokenLength(p.text), 0)
  return Math.ceil(characters / CHARACTERS_PER_MINUTE + (silentSlides * SECONDS_PER_SILENT_SLIDE) / 60)
}
