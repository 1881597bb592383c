import type { ShownSlide } from '../../build/reading-edition.ts'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { IMAGE_WIDTH, readingEntries, renderReadingEdition } from '../../build/reading-edition.ts'
import { factChecks } from '../../data/fact-checks'
import { sourceNumber } from '../../data/sources'
import { loadDeck } from '../../node/slidev.ts'
import { FACT_CHECK_PREFIX, readTranscript } from '../../talk/notes.ts'
import { checkNotesCoverage } from '../support/notes-coverage.ts'

const deck = await loadDeck()
const paragraphs = readTranscript()
/** what the print view would show: a text, and the references slide citing two sources */
const shown: ShownSlide[] = deck.slides.map((_, index) => ({
  text: `第 ${index + 1} 页 "<b>文字</b>" & 图`,
  sources: index === 1
    ? ['wsj-altman', 'openai-chatgpt']
    : [],
  height: 406,
}))
const entries = readingEntries(deck, paragraphs, shown)

function parse(html: string): Document {
  const { document } = new Window()
  document.write(html)
  return document as unknown as Document
}

describe('the reading edition’s entries, from the notes Slidev parses', () => {
  it('hold every transcript paragraph once, in the talk’s order, each on the slide whose notes say it', () => {
    const words = entries.map(entry => ({
      no: entry.no,
      note: entry.paragraphs.map(p => p.text).join('\n'),
    }))
    expect(checkNotesCoverage(words, paragraphs)).toEqual([])
    for (const entry of entries)
      expect(entry.paragraphs.filter(p => !deck.slides[entry.no - 1]!.note?.includes(p.text)), `slide ${entry.no}`).toEqual([])
  })

  it('carry each slide’s fact-check lines as its notes show them, and the sources those cite', () => {
    for (const entry of entries) {
      const noteLines = (deck.slides[entry.no - 1]!.note ?? '').split('\n').filter(line => line.startsWith(FACT_CHECK_PREFIX.zh))
      expect(entry.checks.map(check => `> ${check}`), `slide ${entry.no}`).toEqual(noteLines)
    }
    const llama = entries.find(entry => entry.checks.some(check => check.startsWith(`核实：${factChecks[0]!.check.zh}`)))!
    expect(llama.sources.map(source => source.id)).toEqual(expect.arrayContaining([...factChecks[0]!.sources]))
  })

  it('list a slide’s sources in the order of their numbers', () => {
    expect(entries[1]!.sources.map(source => sourceNumber(source.id))).toEqual([
      ...entries[1]!.sources.map(source => sourceNumber(source.id)),
    ].sort((a, b) => a - b))
    expect(entries[1]!.sources.map(source => source.id)).toEqual(expect.arrayContaining(['openai-chatgpt', 'wsj-altman']))
  })
})

describe('the reading edition’s page', () => {
  const base = '/talk/'
  const page = parse(renderReadingEdition(deck.headmatter, entries, base, ''))

  it('has a section with its anchor, heading, picture and text alternative for every slide, in order', () => {
    const sections = [
      ...page.querySelectorAll('main > section'),
    ]
    expect(sections.map(section => section.id)).toEqual(deck.slides.map((_, index) => String(index + 1)))
    for (const [index, section] of sections.entries()) {
      const image = section.querySelector('img')!
      expect(image.getAttribute('alt'), `slide ${index + 1}`).toBe(shown[index]!.text)
      expect(image.getAttribute('srcset')).toBe(`${base}read/${index + 1}.webp ${IMAGE_WIDTH}w, ${base}read/${index + 1}@2x.webp ${2 * IMAGE_WIDTH}w`)
      expect([
        image.getAttribute('width'),
        image.getAttribute('height'),
      ]).toEqual([
        String(IMAGE_WIDTH),
        '406',
      ])
      expect(image.getAttribute('loading')).toBe(index === 0
        ? null
        : 'lazy')
      expect(section.querySelector('h2, h3')!.textContent).toContain(deck.slides[index]!.title!.replace(/<[^>]*>/g, ''))
    }
  })

  it('nests the contents as the deck nests its slides, numbered as the deck numbers them', () => {
    const top = [
      ...page.querySelectorAll('nav > ol > li'),
    ].map(li => Number(li.getAttribute('value')))
    const nested = [
      ...page.querySelectorAll('nav > ol > li > ol > li'),
    ].map(li => Number(li.getAttribute('value')))
    expect(top).toEqual(entries.filter(entry => entry.level === 1).map(entry => entry.no))
    expect(nested).toEqual(entries.filter(entry => entry.level === 2).map(entry => entry.no))
  })

  it('links every slide to the deck under the base path', () => {
    expect([
      ...page.querySelectorAll('.live a'),
    ].map(a => a.getAttribute('href'))).toEqual(deck.slides.map((_, index) => `${base}${index + 1}`))
  })

  it('shows text as text: nothing from the slide or the transcript is read as markup', () => {
    expect(page.querySelector('main img')!.getAttribute('alt')).toBe('第 1 页 "<b>文字</b>" & 图')
    expect(page.querySelectorAll('main b')).toHaveLength(0)
  })

  it('names a canonical address only when the headmatter gives the hosted one', () => {
    expect(page.querySelector('link[rel="canonical"]')).toBeNull()
    expect(page.querySelector('meta[property="og:url"]')).toBeNull()
    const hosted = parse(renderReadingEdition({
      ...deck.headmatter,
      seoMeta: { ogUrl: 'https://example.org/talk' },
    }, entries, base, ''))
    expect(hosted.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('https://example.org/talk/read/')
    expect(hosted.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe('https://example.org/talk/read/')
  })
})

describe('the English reading edition’s page', async () => {
  const english = await loadDeck('slides.en.md')
  const shownInEnglish = english.slides.map(() => ({ text: 'slide', sources: [], height: 406 }))
  const hosted = { ...english.headmatter, seoMeta: { ...english.headmatter.seoMeta as object, ogUrl: 'https://example.org/talk/en/' } }
  const page = parse(renderReadingEdition(hosted, readingEntries(english, readTranscript('en'), shownInEnglish, 'en'), '/talk/en/', ''))

  it('is English, names the Chinese edition as its alternate and links to it', () => {
    expect(page.documentElement.getAttribute('lang')).toBe('en')
    expect(page.querySelector('link[rel="alternate"][hreflang="zh-CN"]')!.getAttribute('href')).toBe('https://example.org/talk/read/')
    const link = page.querySelector('header a[hreflang="zh-CN"]')!
    expect([link.getAttribute('href'), link.textContent]).toEqual(['https://example.org/talk/read/', 'Chinese edition'])
  })

  it('says nothing in Chinese but names and titles in their original script, marked zh-CN', () => {
    page.querySelectorAll('[lang="zh-CN"]').forEach(marked => marked.remove())
    expect(page.body.textContent!.match(/\p{Script=Han}+/gu) ?? []).toEqual([])
  })
})
