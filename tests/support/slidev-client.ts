/**
 * The parts of `@slidev/client` the deck's components call, as the unit tests give them (vitest.config.ts puts this
 * module in its place, for every test file at once): the headmatter and view that `deck` holds, slides.md's and the
 * slide view unless a test sets otherwise; `tests/support/unit-setup.ts` puts them back before each test.
 */
import { ref } from 'vue'

interface FakeDeck {
  author: string
  /** the headmatter's htmlAttrs.lang: zh-CN, or en for slides.en.md */
  lang: string
  /** seoMeta.ogUrl, the hosted address */
  ogUrl?: string
  /** in the print view (the PDF), not the slide view */
  printing: boolean
}

const SLIDES_MD: FakeDeck = { author: '沈向洋', lang: 'zh-CN', ogUrl: undefined, printing: false }

export const deck: FakeDeck = { ...SLIDES_MD }

export function resetDeck(): void {
  Object.assign(deck, SLIDES_MD)
}

export function useSlideContext() {
  return {
    $slidev: { configs: { author: deck.author, htmlAttrs: { lang: deck.lang }, seoMeta: { ogUrl: deck.ogUrl } } },
  }
}

export const useNav = () => ({ isPrintMode: ref(deck.printing) })
