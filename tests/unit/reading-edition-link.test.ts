// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import ReadingEditionLink from '../../components/ReadingEditionLink.vue'

const slidev = vi.hoisted(() => ({ ogUrl: undefined as string | undefined, printing: false }))
vi.mock('@slidev/client', () => ({
  useSlideContext: () => ({
    $slidev: {
      configs: {
        seoMeta: { ogUrl: slidev.ogUrl },
      },
    },
  }),
  useNav: () => ({
    isPrintMode: ref(slidev.printing),
  }),
}))

function href(ogUrl: string | undefined, printing: boolean): string | undefined {
  Object.assign(slidev, { ogUrl, printing })
  return mount(ReadingEditionLink).attributes('href')
}

// under the site's own base path: tests/e2e/reading.spec.ts, on the deck built under /talk/
describe('the link to the reading edition', () => {
  it('leads to read/ under the hosted address, with or without its closing slash', () => {
    expect(href('https://example.org/talk', false)).toBe('https://example.org/talk/read/')
    expect(href('https://example.org/talk/', true)).toBe('https://example.org/talk/read/')
  })

  it('is no link in a printed deck without a hosted address (the printing server’s is no address)', () => {
    expect(href(undefined, true)).toBeUndefined()
  })
})
