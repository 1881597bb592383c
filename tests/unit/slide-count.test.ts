// A note naming nothing makes Slidev drop its slide without a word (vite/deck-check.ts stops the build first): each
// edition's slides are counted here without Slidev's parser, and the deck walk (tests/e2e/deck.spec.ts) finds as
// many in the built deck, no more.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { editions } from '../../data/editions.ts'
import { loadDeck, ROOT } from '../../node/slidev.ts'

/**
 * The front matter of each slide of a Slidev markdown file ('' for none), read
 * from its `---` separators without Slidev's parser: a separator followed by
 * a non-blank line opens a front matter block that the next `---` closes.
 */
function frontMatters(markdown: string): string[] {
  const lines = markdown.split('\n')
  const slides = lines[0] === '---'
    ? []
    : ['']
  let fenced = false
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith('```'))
      fenced = !fenced
    if (fenced || lines[i] !== '---')
      continue
    const end = lines[i + 1]?.trim()
      ? lines.indexOf('---', i + 1)
      : i
    slides.push(lines.slice(i + 1, end).join('\n'))
    i = end
  }
  return slides
}

/** Slides a file shows: a `src:` slide counts the slides of the file it imports; hidden ones none. */
function countSlides(file: string): number {
  return frontMatters(readFileSync(file, 'utf8')).reduce((total, front) => {
    if (/^(?:hide|disabled):\s*true\s*$/m.test(front))
      return total
    const src = /^src:\s*(\S+)\s*$/m.exec(front)?.[1]
    return total + (src
      ? countSlides(resolve(dirname(file), src))
      : 1)
  }, 0)
}

it('each edition has one slide per slide of its markdown and its src: pages, counted without Slidev’s parser', async () => {
  for (const { entry } of editions)
    expect((await loadDeck(entry)).slides, entry).toHaveLength(countSlides(join(ROOT, entry)))
})
