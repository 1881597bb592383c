import type { SlideNote } from '../support/notes-coverage.ts'
import { describe, expect, it } from 'vitest'
import { editions } from '../../data/editions'
import { factChecks } from '../../data/fact-checks'
import { loadDeck } from '../../node/slidev.ts'
import { expandNote, FACT_CHECK_PREFIX, readTranscript, sentences } from '../../talk/notes.ts'
import { checkNotesCoverage } from '../support/notes-coverage.ts'

const paragraphs = readTranscript()
const deck = await loadDeck()
const slides: SlideNote[] = deck.slides.map(slide => ({ no: slide.index + 1, note: slide.note }))

describe('the presenter notes, read through Slidev’s parser', () => {
  it('hold every sentence of every transcript paragraph exactly once, verbatim, in the talk’s order', () => {
    expect(checkNotesCoverage(slides, paragraphs)).toEqual([])
  })

  it('fail, naming the paragraph, when one is removed', () => {
    const target = paragraphs[6]!
    const without = slides.map(s => ({
      ...s,
      note: s.note?.replace(target.text, ''),
    }))
    const problems = checkNotesCoverage(without, paragraphs)
    expect(problems).toHaveLength(sentences(target.text).length)
    expect(problems.every(problem => problem.startsWith(`${target.id} sentence `) && problem.includes('is missing'))).toBe(true)
  })

  it('fail when one is altered, duplicated or out of order', () => {
    const [a, b] = [paragraphs[3]!, paragraphs[10]!]
    const altered = slides.map(s => ({
      ...s,
      note: s.note?.replace(a.text, a.text.replace('，', ',')),
    }))
    const comma = sentences(a.text).findIndex(sentence => sentence.includes('，')) + 1
    expect(checkNotesCoverage(altered, paragraphs)).toEqual([
      expect.stringContaining(`${a.id} sentence ${comma} is missing`),
    ])

    const doubled = [
      ...slides,
      { no: slides.length + 1, note: a.text },
    ]
    expect(checkNotesCoverage(doubled, paragraphs)).toContainEqual(expect.stringContaining(`${a.id} sentence 1 appears 2 times`))

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

  it.for(editions)('$lang edition: carry every slip listed in facts.md as one marked fact-check line, after the talk’s words', async ({ lang, entry }) => {
    const notes = (await loadDeck(entry)).slides.map(slide => slide.note ?? '')
    const said = readTranscript(lang)
    const lines = notes.flatMap(note => note.split('\n')).filter(line => line.startsWith(FACT_CHECK_PREFIX[lang]))
    expect(lines).toHaveLength(factChecks.length)
    for (const check of factChecks)
      expect(lines.filter(line => line.includes(check.check[lang]))).toHaveLength(1)
    // each fact-check line follows the talk's words on its slide, never precedes them
    for (const note of notes) {
      const first = note.indexOf(FACT_CHECK_PREFIX[lang])
      if (first >= 0)
        expect(said.flatMap(p => sentences(p.text, lang)).some(sentence => note.includes(sentence) && note.indexOf(sentence) < first)).toBe(true)
    }
  })

  it('hold, in the English edition, every sentence of the translation exactly once, verbatim, in the talk’s order', async () => {
    const english = await loadDeck(editions[1].entry)
    const notes = english.slides.map(slide => ({ no: slide.index + 1, note: slide.note }))
    expect(checkNotesCoverage(notes, readTranscript('en'), 'en')).toEqual([])
  })

  it('carry the talk’s words as text: markup in a paragraph is escaped, not rendered', () => {
    const note = expandNote('[click] @p01', [{ id: 'p01', text: '<img src=x onerror="alert(1)"> & 原话', section: '' }])
    expect(note).toBe('[click] &lt;img src=x onerror="alert(1)"> & 原话\n')
  })

  it('take a paragraph’s sentences by number, so a paragraph can run on over the next slides', () => {
    const piece = { id: 'p01', text: '第一句。“第二句？”第三句！没有句号的尾巴', section: '' }
    expect(expandNote('@p01:2-3', [piece])).toBe('“第二句？”第三句！\n')
    expect(expandNote('[click] @p01:4', [piece])).toBe('[click] 没有句号的尾巴\n')
    expect(() => expandNote('@p01:3-5', [piece])).toThrow('notes: “@p01:3-5” names sentences p01 does not have (it has 1–4)')
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
