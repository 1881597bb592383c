// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { encode } from 'uqr'
import { describe, expect, it, vi } from 'vitest'
import AudienceQrCode from '../../components/AudienceQrCode.vue'

const configs: { seoMeta?: { ogUrl?: string } } = {}
vi.mock('@slidev/client', () => ({
  useSlideContext: () => ({
    $slidev: { configs },
  }),
}))

describe('audienceQrCode', () => {
  it('draws nothing, and fails nothing, when no URL is set', () => {
    const wrapper = mount(AudienceQrCode)
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.html()).toBe('<!--v-if-->')
  })

  it('draws the headmatter’s URL as an SVG with a text alternative', () => {
    configs.seoMeta = { ogUrl: 'https://example.org/talk/' }
    const wrapper = mount(AudienceQrCode)
    const svg = wrapper.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toContain('https://example.org/talk/')
    expect(svg.get('path').attributes('d')).toMatch(/^M\d+ \d+h1v1h-1z/)
  })

  it('draws exactly the modules of the URL it is given', () => {
    configs.seoMeta = { ogUrl: 'https://example.org/x' }
    const wrapper = mount(AudienceQrCode)
    const drawn = new Set(wrapper.get('path').attributes('d')!.match(/M\d+ \d+/g)!.map(m => m.slice(1)))
    const { data } = encode('https://example.org/x', { ecc: 'M', border: 2 })
    const expected = new Set(data.flatMap((row, y) => row.flatMap((dark, x) => dark
      ? [`${x} ${y}`]
      : [])))
    expect(drawn).toEqual(expected)
    expect(wrapper.get('svg').attributes('viewBox')).toBe(`0 0 ${data.length} ${data.length}`)
  })
})
