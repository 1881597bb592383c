// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AudienceQrCode from '../../components/AudienceQrCode.vue'
import { deck } from '../support/slidev-client.ts'

/** the dark modules the component drew, as a grid (border included) */
function drawnGrid(url: string): boolean[][] {
  deck.ogUrl = url
  const svg = mount(AudienceQrCode).get('svg')
  const size = Number(svg.attributes('viewBox')!.split(' ')[2])
  const grid = Array.from({ length: size }, () => Array.from<boolean>({ length: size }).fill(false))
  for (const [, x, y] of svg.get('path').attributes('d')!.matchAll(/M(\d+) (\d+)h1v1h-1z/g))
    grid[Number(y)]![Number(x)] = true
  return grid
}

/** The 32 format strings a QR code can carry: 2 bits of error correction level, 3 of mask, BCH(15, 5) coded, masked. */
const FORMATS = Array.from({ length: 32 }, (_, data) => {
  let code = data << 10
  for (let bit = 14; bit >= 10; bit--) {
    if (code & (1 << bit))
      code ^= 0x537 << (bit - 10)
  }
  return { level: data >> 3, bits: ((data << 10) | code) ^ 0x5412 }
})

describe('audienceQrCode', () => {
  it('draws nothing, and fails nothing, when no URL is set', () => {
    const wrapper = mount(AudienceQrCode)
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.html()).toBe('<!--v-if-->')
  })

  it('draws the headmatter’s URL as an SVG with a text alternative, and writes the address as one types it', () => {
    deck.ogUrl = 'https://example.org/talk/'
    const wrapper = mount(AudienceQrCode)
    expect(wrapper.get('figcaption').html()).toMatch(/>example\.org<br[^>]*>\/talk</)
    const svg = wrapper.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toContain('https://example.org/talk/')
  })

  // read as a scanner reads it, not by encoding the URL a second time: the symbol's own structure
  it('draws a QR code a phone can read: finder and timing patterns, quiet zone, error correction level M', () => {
    const grid = drawnGrid('https://example.org/x')
    const border = 2
    const at = (x: number, y: number): boolean => grid[y + border]![x + border]!
    const modules = grid.length - 2 * border
    // 21 bytes in byte mode at level M need version 2: 25 modules a side
    expect(modules).toBe(25)
    expect(grid.slice(0, border).flat().concat(grid.slice(-border).flat()).some(Boolean), 'quiet zone').toBe(false)
    for (const [cx, cy] of [[0, 0], [modules - 7, 0], [0, modules - 7]]) {
      for (let y = 0; y < 7; y++) {
        for (let x = 0; x < 7; x++) {
          const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3))
          expect(at(cx! + x, cy! + y), `finder at ${cx},${cy}`).toBe(ring !== 2)
        }
      }
    }
    for (let i = 8; i < modules - 8; i++)
      expect([at(i, 6), at(6, i)], `timing module ${i}`).toEqual([i % 2 === 0, i % 2 === 0])
    // the format string beside the top-left finder: row 8 left to right, then column 8 upwards
    const cells = [[0, 8], [1, 8], [2, 8], [3, 8], [4, 8], [5, 8], [7, 8], [8, 8], [8, 7], [8, 5], [8, 4], [8, 3], [8, 2], [8, 1], [8, 0]]
    const bits = cells.reduce((value, [x, y]) => (value << 1) | (at(x!, y!) ? 1 : 0), 0)
    const format = FORMATS.find(candidate => candidate.bits === bits)
    expect(format, 'a valid format string').toBeDefined()
    // level bits: L 01, M 00, Q 11, H 10
    expect(format!.level).toBe(0b00)
  })
})
