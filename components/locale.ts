/**
 * The deck's language, from its headmatter (`htmlAttrs.lang`: zh-CN in slides.md, en in slides.en.md): one set of
 * components draws both editions, each word given in both (`Localized`, data/schema.ts).
 */
import type { Lang, Localized } from '../data/schema'
import { useSlideContext } from '@slidev/client'
import { editionOf } from '../data/editions'

/** in a component's setup: the deck's language */
export function useLang(): Lang {
  return editionOf(useSlideContext().$slidev.configs.htmlAttrs?.lang).lang
}

/** in a component's setup: `const say = useSay()`, then `say({ zh: '问一句话', en: 'One question' })` */
export function useSay(): (text: Localized) => string {
  const lang = useLang()
  return text => text[lang]
}

/** the `lang` a run of text needs inside the deck (data/editions.ts) */
export { runLang, scriptRuns } from '../data/editions'
