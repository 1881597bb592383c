// talk/transcript.en.md, this project's translation, held to the Chinese paragraph for paragraph and to the glossary
// (data/glossary.ts): the English edition's notes and quotations are read from it, so a gap here is a gap there.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { glossary } from '../../data/glossary.ts'
import { parseTranscript, readTranscript, sentences } from '../../talk/notes.ts'

const FILE = 'talk/transcript.en.md'
const english = readFileSync(FILE, 'utf8')
const chinese = readTranscript()
const translated = parseTranscript(english, FILE)
const count = (text: string, mark: string): number => text.split(mark).length - 1

describe('the English transcript', () => {
  it('says it is this project’s translation of a talk given in Chinese', () => {
    expect(english).toMatch(/^translation: ".*This project’s English translation.*the talk was given in Chinese\."$/m)
  })

  it('has every paragraph of the Chinese, with the same ids in the same order', () => {
    expect(translated.map(p => p.id)).toEqual(chinese.map(p => p.id))
  })

  it('has the Chinese paragraph’s sentences, as many, in each paragraph: the notes name sentences by number (`@p17:5-6`)', () => {
    const differ = chinese.flatMap(({ id, text }, index) => {
      const [wanted, found] = [sentences(text).length, sentences(translated[index]!.text, 'en').length]
      return wanted === found ? [] : [`${id}: ${wanted} sentences in Chinese, ${found} in English`]
    })
    expect(differ).toEqual([])
  })

  it('is English: no Chinese characters in its paragraphs', () => {
    expect(translated.filter(p => /\p{Script=Han}/u.test(p.text)).map(p => p.id)).toEqual([])
  })

  it('keeps the talk’s quotations, questions and exclamations, paragraph by paragraph', () => {
    const differ = chinese.flatMap(({ id, text }, index) => ['“', '？', '！'].flatMap((mark) => {
      const english = translated[index]!.text
      const wanted = count(text, mark)
      const found = count(english, { '“': '“', '？': '?', '！': '!' }[mark]!)
      return wanted === found ? [] : [`${id}: ${wanted} × ${mark} in Chinese, ${found} in English`]
    }))
    expect(differ).toEqual([])
  })

  it('renders every glossary term as the glossary says, wherever the Chinese has it', () => {
    const missing = glossary.flatMap(term => chinese
      .filter(p => p.text.includes(term.zh))
      .filter(p => !translated.find(t => t.id === p.id)!.text.toLowerCase().includes(term.en.toLowerCase()))
      .map(p => `${p.id}: “${term.zh}” is not rendered “${term.en}”`))
    expect(missing).toEqual([])
  })
})
