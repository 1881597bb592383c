import type { SlideNote } from '../support/notes-coverage.ts'
import { describe, expect, it } from 'vitest'
import { factChecks } from '../../data/fact-checks'
import { loadDeck } from '../../node/slidev.ts'
import { expandNote, FACT_CHECK_PREFIX, readTranscript } from '../../talk/notes.ts'
import { checkNotesCoverage } from '../support/notes-coverage.ts'

const paragraphs = readTranscript()
const deck = await loadDeck()
const slides: SlideNote[] = deck.slides.map(slide => ({ no: slide.index + 1, note: slide.note }))

describe('the presenter notes, read through Slidev’s parser', () => {
  it('hold every transcript paragraph exactly once, verbatim, in the talk’s order', () => {
    expect(checkNotesCoverage(slides, paragraphs)).toEqual([])
  })

  it('fail, naming the paragraph, when one is removed', () => {
    const target = paragraphs[6]!
    const without = slides.map(s => ({
      ...s,
      note: s.note?.replace(target.text, ''),
    }))
    expect(checkNotesCoverage(without, paragraphs)).toEqual([
      expect.stringContaining(`${target.id} is missing`),
    ])
  })

  it('fail when one is altered, duplicated or out of order', () => {
    const [a, b] = [paragraphs[3]!, paragraphs[10]!]
    const altered = slides.map(s => ({
      ...s,
      note: s.note?.replace(a.text, a.text.replace('，', ',')),
    }))
    expect(checkNotesCoverage(altered, paragraphs)).toEqual([
      expect.stringContaining(`${a.id} is missing`),
    ])

    const doubled = [
      ...slides,
      { no: slides.length + 1, note: a.text },
    ]
    expect(checkNotesCoverage(doubled, paragraphs)).toContainEqual(expect.stringContaining(`${a.id} appears 2 times`))

    const swapped = slides.map((s) => {
      const note = s.note?.includes(a.text)
        ? b.text
        : s.note?.includes(b.text)
          ? a.text
          : s.note
      return { ...s, note }
    })
    expect(checkNotesCoverage(swapped, paragraphs).join('\n')).toMatch(/out of the talk's order/)
  })

  it('carry every slip listed in facts.md as one marked fact-check line', () => {
    const lines = slides.flatMap(s => (s.note ?? '').split('\n')).filter(line => line.startsWith(FACT_CHECK_PREFIX))
    expect(lines).toHaveLength(factChecks.length)
    for (const check of factChecks)
      expect(lines.filter(line => line.includes(check.check))).toHaveLength(1)
    // each fact-check line follows the talk's words on its slide, never precedes them
    for (const { note = '' } of slides) {
      const first = note.indexOf(FACT_CHECK_PREFIX)
      if (first >= 0)
        expect(paragraphs.some(p => note.includes(p.text) && note.indexOf(p.text) < first)).toBe(true)
    }
  })

  it('carry the talk’s words as text: markup in a paragraph is escaped, not rendered', () => {
    const note = expandNote('[click] @p01', [{ id: 'p01', text: '<img src=x onerror="alert(1)"> & 原话', section: '' }])
    expect(note).toBe('[click] &lt;img src=x onerror="alert(1)"> & 原话\n')
  })

  it('name unknown paragraphs and fact checks loudly', () => {
    expect(() => expandNote('@p99', paragraphs)).toThrow(/unknown transcript paragraph “@p99”/)
    expect(() => expandNote('@check:nope', paragraphs)).toThrow(/unknown fact check “@check:nope”/)
  })
})

/** characters a minute: a normal pace for a Chinese talk */
const CHARACTERS_PER_MINUTE = 220
/** seconds given to a slide with nothing to read (cover, agenda, timeline, references) */
const SECONDS_PER_SILENT_SLIDE = 30

/** Counts what is spoken: Chinese characters, and Latin words or numbers as one each. */
function spokenLength(text: string): number {
  return (text.match(/\p{Script=Han}/gu)?.length ?? 0) + (text.match(/[A-Z0-9][\w.-]*/gi)?.length ?? 0)
}

function talkMinutes(spoken: readonly { text: string }[], silentSlides: number): number {
  const characters = spoken.reduce((sum, p) => sum + spokenLength(p.text), 0)
  return Math.ceil(characters / CHARACTERS_PER_MINUTE + (silentSlides * SECONDS_PER_SILENT_SLIDE) / 60)
}

describe('the headmatter duration', () => {
  it('is the transcript’s length at a normal speaking pace', () => {
    const silent = slides.filter(s => !s.note?.trim()).length
    expect(deck.headmatter.duration).toBe(`${talkMinutes(paragraphs, silent)}min`)
  })
})
