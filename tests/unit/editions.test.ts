// The two editions are one deck (data/editions.ts): slide for slide the same layouts, parts, click steps, components,
// data ids and note references, the English in English. A slide added to one edition only fails here, naming it.
import type { LoadedSlidevData } from '@slidev/parser/fs'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { editions } from '../../data/editions.ts'
import { glossary } from '../../data/glossary.ts'
import { loadDeck } from '../../node/slidev.ts'
import { noteReference } from '../../talk/notes.ts'

type Slide = LoadedSlidevData['slides'][number]

/** what must not differ between the two editions' versions of a slide, as comparable text */
export function slideStructure(slide: Slide): Record<string, string> {
  const { frontmatter, source } = slide
  const markup = source.content
  // sorted: a sentence puts its parts in its language's order (“超过 200 家” but “over 200 companies”)
  const all = (pattern: RegExp): string => Array.from(markup.matchAll(pattern), match => match.slice(1).filter(Boolean).join('=')).sort().join(' ')
  return {
    frontmatter: ['layout', 'part', 'level', 'clicks', 'appendix', 'class', 'hideInToc'].map(key => `${key}:${JSON.stringify(frontmatter[key])}`).join(' '),
    components: all(/<([A-Z][A-Za-z]+)/g),
    clicks: all(/\s(v-(?:clicks?|after|click-hide))(?:="([^"]*)")?/g),
    ids: all(/\s:?(id|ids|end|p|at|kind)="([^"]*)"/g),
    notes: (source.note ?? '').split('\n').flatMap(line => noteReference(line) ? [line.trim()] : []).join(' '),
  }
}

/** each difference between two decks, as `slide N (file): what: Chinese ≠ English` */
export function structureDifferences(chinese: LoadedSlidevData, english: LoadedSlidevData): string[] {
  const differences = chinese.slides.length === english.slides.length
    ? []
    : [`${chinese.slides.length} slides in Chinese, ${english.slides.length} in English`]
  chinese.slides.forEach((slide, index) => {
    const other = english.slides[index]
    if (!other)
      return
    const [a, b] = [slideStructure(slide), slideStructure(other)]
    for (const key of Object.keys(a)) {
      if (a[key] !== b[key])
        differences.push(`slide ${index + 1} (${other.source.filepath.replace(/^.*\/pages\//, 'pages/')}): ${key}: “${a[key]}” ≠ “${b[key]}”`)
    }
  })
  return differences
}

describe('the English edition', async () => {
  const [chinese, english] = await Promise.all(editions.map(edition => loadDeck(edition.entry))) as [LoadedSlidevData, LoadedSlidevData]

  it('is the Chinese deck slide for slide: layouts, parts, clicks, components, data ids, notes', () => {
    expect(chinese.slides.length).toBeGreaterThan(20)
    expect(structureDifferences(chinese, english)).toEqual([])
  })

  it('fails, naming the slide, when one edition has a slide the other has not', () => {
    const added = { ...english, slides: [...english.slides.slice(0, 3), english.slides[3]!, ...english.slides.slice(3)] }
    expect(structureDifferences(chinese, added)).toContain(`${chinese.slides.length} slides in Chinese, ${chinese.slides.length + 1} in English`)
    expect(structureDifferences(chinese, added).some(line => line.startsWith('slide 5 ('))).toBe(true)
  })

  it('says on its slides no Chinese but names and titles in their original script (marked lang="zh-CN")', () => {
    const chineseText = english.slides.flatMap((slide, index) => {
      const shown = slide.source.content.replace(/<span lang="zh-CN">[^<]*<\/span>/g, '')
      return /\p{Script=Han}/u.test(shown) ? [`slide ${index + 1}: ${shown.match(/\p{Script=Han}+/u)![0]}`] : []
    })
    expect(chineseText).toEqual([])
  })

  it('has its notes in English: the translation’s words and English fact checks', () => {
    const chineseNotes = english.slides.flatMap((slide, index) => /\p{Script=Han}/u.test(slide.note ?? '') ? [`slide ${index + 1}`] : [])
    expect(chineseNotes).toEqual([])
  })
})

/** every `{ zh: '…', en: '…' }` the components, layouts and data give, with where it stands */
function localizedPairs(): { at: string, zh: string, en: string }[] {
  const files = ['components', 'layouts', 'data'].flatMap(dir => readdirSync(dir).filter(name => /\.(?:vue|ts)$/.test(name) && name !== 'glossary.ts').map(name => `${dir}/${name}`))
  return files.flatMap(file => Array.from(
    readFileSync(file, 'utf8').matchAll(/\bzh: (['`"])(.*?)\1,\s*en: (['`"])(.*?)\3/gs),
    ([, , zh, , en]) => ({ at: file, zh: zh!, en: en! }),
  ))
}

describe('the glossary', async () => {
  const [chinese, english] = await Promise.all(editions.map(edition => loadDeck(edition.entry))) as [LoadedSlidevData, LoadedSlidevData]
  const pairs = [
    ...localizedPairs(),
    ...chinese.slides.map((slide, index) => {
      // the slide's words: its kicker, title and body
      const words = (s?: typeof slide): string => s ? `${s.frontmatter.kicker ?? ''}\n${s.frontmatter.title ?? ''}\n${s.source.content}` : ''
      return { at: `slide ${index + 1}`, zh: words(slide), en: words(english.slides[index]) }
    }),
  ]

  it('is followed wherever words are given in both languages: a term in the Chinese is the glossary’s English in the English', () => {
    expect(pairs.length).toBeGreaterThan(100)
    // as read: no markup, one space, any case; a leading article goes with the sentence, not the term
    const read = (text: string): string => text.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').toLowerCase()
    const unfollowed = pairs.flatMap(({ at, zh, en }) => glossary
      .filter(term => read(zh).includes(read(term.zh)) && !read(en).includes(read(term.en).replace(/^(?:the|a|an) /, '')))
      .map(term => `${at}: “${term.zh}” is not “${term.en}” in “${en.slice(0, 80)}”`))
    expect(unfollowed).toEqual([])
  })
})
