// The deck's two editions: the talk as given, in Chinese, and this project's English translation. One set of slides,
// layouts, components and data draws both; each edition is built under its own path of the site.
import type { Lang, Localized } from './schema.ts'

export interface Edition {
  lang: Lang
  /** the headmatter's `htmlAttrs.lang`, the page's `<html lang>` */
  htmlLang: string
  /** the deck Slidev parses, its transcript (the notes' words) */
  entry: string
  transcript: string
  /** where the edition is built and hosted, under the site's base */
  path: '' | 'en/'
  /** what a link to it says, in each edition's language (a link on an English slide fetches no Chinese font) */
  name: Localized
}

export const editions = [
  { lang: 'zh', htmlLang: 'zh-CN', entry: 'slides.md', transcript: 'talk/transcript.md', path: '', name: { zh: '中文版', en: 'Chinese edition' } },
  { lang: 'en', htmlLang: 'en', entry: 'slides.en.md', transcript: 'talk/transcript.en.md', path: 'en/', name: { zh: '英文版', en: 'English edition' } },
] as const satisfies readonly Edition[]

/** the edition in a language */
export const editionIn = (lang: Lang): Edition => editions.find(edition => edition.lang === lang)!

/** the edition a headmatter's `htmlAttrs.lang` (or a page's `<html lang>`) names: English for `en`, else the talk's Chinese */
export const editionOf = (htmlLang: string | undefined): Edition => editionIn(/^en\b/i.test(htmlLang ?? '') ? 'en' : 'zh')

/** the edition a deck is, from its headmatter as Slidev parses it */
export const editionOfDeck = (headmatter: { htmlAttrs?: unknown }): Edition => editionOf((headmatter.htmlAttrs as { lang?: string } | undefined)?.lang)

/** the site's root from an edition's address (its base path or hosted address): `/talk/en/` → `/talk/` */
export function siteRootOf(address: string, { path }: Pick<Edition, 'path'>): string {
  const slashed = address.replace(/\/?$/, '/')
  return path && slashed.endsWith(path) ? slashed.slice(0, -path.length) : slashed
}

/** the other edition: the one each edition links to */
export const otherEdition = (lang: Lang): Edition => editions.find(edition => edition.lang !== lang)!

/**
 * The `lang` a run of text needs inside an edition: Latin text in the Chinese deck is `en` (set in the Latin face),
 * Chinese text in the English deck is `zh-CN` (a name or title in its original script); else none.
 */
export function runLang(text: string, deck: Lang): 'en' | 'zh-CN' | undefined {
  const chinese = /\p{Script=Han}/u.test(text)
  if (deck === 'zh')
    return chinese ? undefined : 'en'
  return chinese ? 'zh-CN' : undefined
}

/**
 * A text cut into runs of one script, each with the `lang` it needs in the edition (runLang): an English line that
 * names a Chinese title (“reprinted on 科学网”) sets only the title in the Chinese face. The Chinese edition's text is one run.
 */
export function scriptRuns(text: string, deck: Lang): { text: string, lang?: 'en' | 'zh-CN' }[] {
  const pieces = deck === 'en' ? text.split(/([\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]+)/u).filter(Boolean) : [text]
  return pieces.map(piece => ({ text: piece, lang: runLang(piece, deck) }))
}
