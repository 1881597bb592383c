// @vitest-environment happy-dom
import type { Ref } from 'vue'
import type { SourceId } from '../../data/sources'
import * as slidev from '@slidev/client'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ComputeScaleChart from '../../components/ComputeScaleChart.vue'
import EventTimeline from '../../components/EventTimeline.vue'
import ModelScaleTable from '../../components/ModelScaleTable.vue'
import SourceList from '../../components/SourceList.vue'
import SourcePublication from '../../components/SourcePublication.vue'
import SourceRef from '../../components/SourceRef.vue'
import { computeEstimates, estimateLabels, scalingMessage } from '../../data/compute'
import { formatCompact, formatIsoDate } from '../../data/format'
import { scaleTiers } from '../../data/scale-tiers'
import { sourceNumber, sources } from '../../data/sources'
import { timelineEvents } from '../../data/timeline'

// A stand-in for Slidev's slide context: a render context and a clicks context
// that hands out click ranges the way Slidev's does ('+1' starts after what is registered).
vi.mock('@slidev/client', async () => {
  const { computed, ref } = await import('vue')
  const clicks = ref(0)
  const renderContext = ref('slide')
  const registered = new Map<unknown, { delta: number, max: number }>()
  const clicksContext = {
    get current() { return clicks.value },
    calculateSince(_at: string | number, size = 1) {
      const start = [
        ...registered.values(),
      ].reduce((sum, r) => sum + r.delta, 0) + 1
      return {
        start,
        end: Number.POSITIVE_INFINITY,
        max: start + size - 1,
        delta: size,
        currentOffset: computed(() => clicks.value - start),
        isCurrent: computed(() => clicks.value === start),
        isActive: computed(() => clicks.value >= start),
      }
    },
    register(el: unknown, info: { delta: number, max: number }) { registered.set(el, info) },
    unregister(el: unknown) { registered.delete(el) },
  }
  return {
    useSlideContext: () => ({ $clicksContext: clicksContext, $renderContext: renderContext, $clicks: clicks }),
    __test: { clicks, renderContext, registered },
  }
})

const fake = (slidev as unknown as { __test: { clicks: Ref<number>, renderContext: Ref<string>, registered: Map<unknown, { delta: number, max: number }> } }).__test

beforeEach(() => {
  fake.clicks.value = 0
  fake.renderContext.value = 'slide'
  fake.registered.clear()
})

type Wrapper = ReturnType<typeof mount>

function shown(wrapper: Wrapper): number {
  return wrapper.findAll('[data-reveal-item]').filter(el => el.classes('is-shown')).length
}

/** clicking through: exactly one more item visible per click, then no more */
async function expectOnePerClick(wrapper: Wrapper, total: number): Promise<void> {
  expect(shown(wrapper)).toBe(0)
  for (let click = 1; click <= total + 1; click++) {
    fake.clicks.value = click
    await wrapper.vm.$nextTick()
    expect(shown(wrapper)).toBe(Math.min(click, total))
  }
  // the component registers exactly as many clicks as it has items
  expect([
    ...fake.registered.values(),
  ].reduce((sum, r) => sum + r.delta, 0)).toBe(total)
}

describe('modelScaleTable', () => {
  it('renders a real table: caption, column headers and one row per tier', () => {
    const wrapper = mount(ModelScaleTable, {
      props: { tiers: scaleTiers },
    })
    expect(wrapper.find('table caption').exists()).toBe(true)
    expect(wrapper.findAll('thead th[scope="col"]').length).toBeGreaterThanOrEqual(3)
    expect(wrapper.findAll('tbody tr[data-reveal-item]')).toHaveLength(scaleTiers.length)
    expect(wrapper.findAll('tbody th[scope="row"]').map(th => th.text())).toEqual(
      scaleTiers.map(t => expect.stringContaining(t.label)),
    )
  })

  it('shows the numbers through the formatter and bars on a log scale', () => {
    const wrapper = mount(ModelScaleTable, {
      props: { tiers: scaleTiers },
    })
    const text = wrapper.text()
    for (const tier of scaleTiers) {
      if (tier.cards !== null)
        expect(text).toContain(formatCompact(tier.cards))
      if (tier.params !== null)
        expect(text).toContain(formatCompact(tier.params))
    }
    expect(text).toContain('1万亿')
    const widths = wrapper.findAll('.bar').map(b => Number.parseFloat(b.attributes('style')!.replace(/.*width:\s*/, '')))
    const withNumbers = scaleTiers.filter(t => t.cards !== null).length
    expect(widths).toHaveLength(2 * withNumbers)
    // one decade apart → equal steps on the log scale
    const cardWidths = widths.filter((_, i) => i % 2 === 0)
    expect(cardWidths[0]! - cardWidths[1]!).toBeCloseTo(cardWidths[1]! - cardWidths[2]!)
  })

  it('sets the speaker’s favourite apart', () => {
    const wrapper = mount(ModelScaleTable, {
      props: { tiers: scaleTiers },
    })
    const favourites = wrapper.findAll('tr.is-favourite')
    expect(favourites).toHaveLength(scaleTiers.filter(t => t.favourite).length)
    expect(favourites[0]!.text()).toContain('最有意思')
    expect(favourites[0]!.text()).toContain('云 + 端')
  })

  it('reveals one row per click on the slide', async () => {
    const wrapper = mount(ModelScaleTable, {
      props: { tiers: scaleTiers },
    })
    await expectOnePerClick(wrapper, scaleTiers.length)
  })

  it.each(['overview', 'previewNext'])('shows every row in the %s', (context) => {
    fake.renderContext.value = context
    const wrapper = mount(ModelScaleTable, {
      props: { tiers: scaleTiers },
    })
    expect(shown(wrapper)).toBe(scaleTiers.length)
  })

  it('shows a placeholder for an empty list', () => {
    const wrapper = mount(ModelScaleTable, {
      props: { tiers: [] },
    })
    expect(wrapper.text()).toContain('暂无数据')
    expect(wrapper.find('table').exists()).toBe(false)
  })
})

interface Rect { left: number, top: number, width: number, height: number }

function rectOf(style: string | undefined): Rect {
  const read = (key: string) => Number.parseFloat(new RegExp(`(?:^|;)\\s*${key}:\\s*([\\d.-]+)px`).exec(style ?? '')?.[1] ?? 'NaN')
  return {
    left: read('left'),
    top: read('top'),
    width: read('width'),
    height: read('height'),
  }
}

function expectCleanLayout(wrapper: Wrapper, width: number, height: number): void {
  const boxes = wrapper.findAll('[data-timeline-box]').map(b => rectOf(b.attributes('style')))
  const leaders = wrapper.findAll('.leader').map(l => rectOf(l.attributes('style')))
  for (const box of boxes) {
    expect(box.left).toBeGreaterThanOrEqual(0)
    expect(box.top).toBeGreaterThanOrEqual(0)
    expect(box.left + box.width).toBeLessThanOrEqual(width)
    expect(box.top + box.height).toBeLessThanOrEqual(height)
  }
  boxes.forEach((a, i) => boxes.forEach((b, j) => {
    if (i < j) {
      const apart = a.left + a.width <= b.left || b.left + b.width <= a.left || a.top + a.height <= b.top || b.top + b.height <= a.top
      expect(apart, `label boxes ${i} and ${j} overlap`).toBe(true)
    }
  }))
  // a leader (2 px wide, from the axis to its own box) runs through no other box
  leaders.forEach((leader, i) => boxes.forEach((box, j) => {
    if (i !== j) {
      const x = leader.left + 1
      const crosses = x > box.left && x < box.left + box.width && leader.top < box.top + box.height && box.top < leader.top + leader.height
      expect(crosses, `leader ${i} crosses box ${j}`).toBe(false)
    }
  }))
}

describe('eventTimeline', () => {
  it('renders one event per entry with its date in Chinese', () => {
    const wrapper = mount(EventTimeline, {
      props: { events: timelineEvents },
    })
    const items = wrapper.findAll('li[data-reveal-item]')
    expect(items).toHaveLength(timelineEvents.length)
    expect(wrapper.findAll('time').map(t => t.text())).toEqual(timelineEvents.map(e => formatIsoDate(e.date)))
    expect(wrapper.findAll('time').map(t => t.attributes('datetime'))).toEqual(timelineEvents.map(e => e.date))
    expect(wrapper.text()).toContain('2016 年 8 月')
    expect(wrapper.text()).toContain('2022 年 11 月 30 日')
  })

  it('lays the labels out inside 900 × 360 with no overlapping boxes and no crossing leaders', () => {
    const wrapper = mount(EventTimeline, {
      props: { events: timelineEvents },
    })
    expect(wrapper.attributes('style')).toContain('width: 900px')
    expectCleanLayout(wrapper, 900, 360)
  })

  it('keeps a tight cluster of events apart too', () => {
    const cluster = [
      '2024-03-01',
      '2024-03-02',
      '2024-03-03',
      '2024-03-04',
      '2024-03-05',
      '2024-03-06',
    ].map((date, i) => ({
      id: `e${i}`,
      date,
      label: `事件 ${i}`,
      source: 'kexue-xinwen-2024-04' as const,
    }))
    const wrapper = mount(EventTimeline, {
      props: {
        events: [
          ...timelineEvents.slice(0, 4),
          ...cluster,
        ],
      },
    })
    expectCleanLayout(wrapper, 900, 360)
  })

  it('reveals one event per click and highlights the last one revealed', async () => {
    const wrapper = mount(EventTimeline, {
      props: { events: timelineEvents },
    })
    await expectOnePerClick(wrapper, timelineEvents.length)
    for (let click = 1; click <= timelineEvents.length; click++) {
      fake.clicks.value = click
      await wrapper.vm.$nextTick()
      const current = wrapper.findAll('li.is-current')
      expect(current).toHaveLength(1)
      expect(current[0]!.attributes('data-event')).toBe(timelineEvents[click - 1]!.id)
      expect(current[0]!.attributes('aria-current')).toBe('step')
    }
  })

  it('shows the final state outside the live slide, the last event current', () => {
    fake.renderContext.value = 'overview'
    const wrapper = mount(EventTimeline, {
      props: { events: timelineEvents },
    })
    expect(shown(wrapper)).toBe(timelineEvents.length)
    expect(wrapper.find('li.is-current').attributes('data-event')).toBe(timelineEvents.at(-1)!.id)
  })

  it('shows a placeholder for an empty list', () => {
    const wrapper = mount(EventTimeline, {
      props: { events: [] },
    })
    expect(wrapper.text()).toContain('暂无数据')
    expect(wrapper.findAll('[data-reveal-item]')).toHaveLength(0)
  })
})

describe('computeScaleChart', () => {
  it('renders one bar per estimate, each tagged as the speaker’s estimate', () => {
    const wrapper = mount(ComputeScaleChart, {
      props: { estimates: computeEstimates, message: scalingMessage },
    })
    const items = wrapper.findAll('li[data-reveal-item]')
    expect(items).toHaveLength(computeEstimates.length)
    items.forEach((item, i) => {
      expect(item.text()).toContain(formatCompact(computeEstimates[i]!.cards))
      expect(item.text()).toContain(estimateLabels.speaker)
      expect(item.text()).toContain(computeEstimates[i]!.note)
    })
    expect(wrapper.findAll('.deck-tag').map(t => t.text())).toEqual(computeEstimates.map(() => '演讲者估计'))
  })

  it('draws the bars on a linear scale, the largest full width', () => {
    const wrapper = mount(ComputeScaleChart, {
      props: { estimates: computeEstimates },
    })
    const widths = wrapper.findAll('.bar').map(b => Number.parseFloat(b.attributes('style')!.replace(/.*width:\s*/, '')))
    const max = Math.max(...computeEstimates.map(e => e.cards))
    expect(widths).toEqual(computeEstimates.map(e => expect.closeTo((e.cards / max) * 100)))
  })

  it('carries the scaling message with its citation', () => {
    const wrapper = mount(ComputeScaleChart, {
      props: { estimates: computeEstimates, message: scalingMessage },
    })
    const text = wrapper.text()
    expect(text).toContain('规模效应')
    expect(text).toContain('近似平方关系')
    expect(text).toContain(scalingMessage.claim)
    expect(wrapper.find('.source-ref').text()).toBe(`[${sourceNumber(scalingMessage.source)}]`)
  })

  it('reveals one bar per click', async () => {
    const wrapper = mount(ComputeScaleChart, {
      props: { estimates: computeEstimates, message: scalingMessage },
    })
    await expectOnePerClick(wrapper, computeEstimates.length)
  })

  it('shows a placeholder for an empty list', () => {
    const wrapper = mount(ComputeScaleChart, {
      props: { estimates: [] },
    })
    expect(wrapper.text()).toContain('暂无数据')
    expect(wrapper.findAll('.bar')).toHaveLength(0)
  })
})

describe('sourceList', () => {
  it('lists every source, numbered as the citations are, with its address as text', () => {
    const wrapper = mount(SourceList)
    const entries = wrapper.findAll('li')
    expect(entries).toHaveLength(sources.length)
    entries.forEach((entry, i) => {
      const source = sources[i]!
      expect(entry.find('.number').text()).toBe(`[${sourceNumber(source.id)}]`)
      expect(entry.text()).toContain(source.title)
      expect(entry.text()).toContain(source.publisher)
      if ('url' in source)
        expect(entry.text()).toContain(source.url.replace('https://', ''))
    })
  })

  it('shows each date in Chinese unless the publisher already says it', () => {
    const wrapper = mount(SourceList)
    const chatgpt = wrapper.find('[data-source="openai-chatgpt"]')
    expect(chatgpt.text()).toContain('2022 年 11 月 30 日')
    const markoff = wrapper.find('[data-source="markoff-book"]')
    expect(markoff.text().match(/2015/g)).toHaveLength(1)
  })

  it('shows a placeholder for an empty list', () => {
    const wrapper = mount(SourceList, {
      props: { sources: [] },
    })
    expect(wrapper.text()).toContain('暂无数据')
  })
})

describe('sourceRef', () => {
  it.each(sources.map(s => s.id))('renders the number of “%s” with its title', (id) => {
    const wrapper = mount(SourceRef, {
      props: { id },
    })
    const source = sources.find(s => s.id === id)!
    expect(wrapper.text()).toBe(`[${sourceNumber(id)}]`)
    expect(wrapper.classes()).toContain('deck-cite')
    expect(wrapper.attributes('title')).toContain(source.title)
  })
})

describe('sourcePublication', () => {
  it('shows where and when the source appeared, as data/sources.ts has it, with its citation', () => {
    const source = sources[0]
    const wrapper = mount(SourcePublication, {
      props: { id: source.id },
    })
    expect(wrapper.text()).toBe(`${source.publisher}[${sourceNumber(source.id)}]`)
  })

  it('refuses an unknown source, naming it', () => {
    expect(() => mount(SourcePublication, {
      props: { id: 'nope' as SourceId },
    })).toThrow('“nope”')
  })
})
