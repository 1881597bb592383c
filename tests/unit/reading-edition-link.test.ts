// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EditionLink from '../../components/EditionLink.vue'
import ReadingEditionLink from '../../components/ReadingEditionLink.vue'
import { deck } from '../support/slidev-client.ts'

function link(component: typeof ReadingEditionLink, ogUrl: string | undefined, printing: boolean, lang = 'zh-CN'): { href?: string, text: string, lang?: string } {
  Object.assign(deck, { ogUrl, printing, lang })
  const anchor = mount(component)
  return { href: anchor.attributes('href'), text: anchor.text(), lang: anchor.attributes('lang') }
}

// under the site's own base path: tests/e2e/reading.spec.ts, on the deck built under /talk/
describe('the link to the reading edition', () => {
  it('leads to read/ under the hosted address, with or without its closing slash', () => {
    expect(link(ReadingEditionLink, 'https://example.org/talk', false).href).toBe('https://example.org/talk/read/')
    expect(link(ReadingEditionLink, 'https://example.org/talk/', true).href).toBe('https://example.org/talk/read/')
  })

  it('leads to the English edition’s own read/, named in English', () => {
    expect(link(ReadingEditionLink, 'https://example.org/talk/en/', false, 'en')).toEqual({ href: 'https://example.org/talk/en/read/', text: 'the reading edition' })
  })

  it('is no link in a printed deck without a hosted address (the printing server’s is no address)', () => {
    expect(link(ReadingEditionLink, undefined, true).href).toBeUndefined()
  })
})

describe('the link to the other edition', () => {
  it('leads from the Chinese deck to en/ under the site, named in the deck’s language', () => {
    expect(link(EditionLink, 'https://example.org/talk/', false)).toEqual({ href: 'https://example.org/talk/en/', text: '英文版', lang: undefined })
  })

  it('leads from the English deck (hosted at en/) back to the site’s root, named in English: no Chinese font for it', () => {
    expect(link(EditionLink, 'https://example.org/talk/en/', true, 'en')).toEqual({ href: 'https://example.org/talk/', text: 'Chinese edition', lang: undefined })
  })
})
