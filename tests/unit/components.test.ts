// @vitest-environment happy-dom
import type { Directive } from 'vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import ComputeScaleChart from '../../components/ComputeScaleChart.vue'
import EventDate from '../../components/EventDate.vue'
import EventTimeline from '../../components/EventTimeline.vue'
import ModelScaleTable from '../../components/ModelScaleTable.vue'
import PromptCard from '../../components/PromptCard.vue'
import SourceList from '../../components/SourceList.vue'
import SourceRef from '../../components/SourceRef.vue'
import TalkFigure from '../../components/TalkFigure.vue'
import TalkQuote from '../../components/TalkQuote.vue'
import TwoRoutesDiagram from '../../components/TwoRoutesDiagram.vue'
import { sourceNumber, sources } from '../../data/sources'

/** Slidev's v-click and v-after, reduced to a mark of where they stand and with what value */
const click: Directive<HTMLElement, unknown> = {
  mounted: (el, { value }) => el.setAttribute('data-click', String(value ?? true)),
}
const global = {
  directives: { click, after: click },
}
// the headmatter's author, as Slidev's slide context gives it
vi.mock('@slidev/client', () => ({ useSlideContext: () => ({ $slidev: { configs: { author: '沈向洋' } } }) }))

describe('modelScaleTable', () => {
  const table = mount(ModelScaleTable, { global })

  it('names the tiers’ orders of magnitude in the talk’s words', () => {
    const rows = table.findAll('tbody tr').map(row => row.findAll('th, td').map(cell => cell.text()))
    expect(rows.map(cells => cells.slice(1))).toEqual([
      ['万卡', '万亿'],
      ['千卡', '千亿'],
      ['百卡', '百亿'],
      ['云、端的设备可以结合起来'],
    ])
    expect(rows[2]![0]).toContain('这种少一些')
  })

  it('keeps the speaker’s favourite for a click, and only that row', () => {
    expect(table.findAll('tbody tr').map(row => row.attributes('data-click'))).toEqual(['false', 'false', 'false', 'true'])
    expect(table.find('[data-tier="personal"]').text()).toContain('最有意思')
  })

  it('draws the bars a decade apart', () => {
    const widths = table.findAll('.bar').map(bar => Number.parseFloat(bar.attributes('style')!.replace(/.*width:\s*/, '')))
    expect(widths[0]! - widths[2]!).toBeCloseTo(widths[2]! - widths[4]!)
  })
})

describe('computeScaleChart', () => {
  const chart = mount(ComputeScaleChart)

  it('gives each estimate in cards, as the talk says them, marked as the speaker’s', () => {
    expect(chart.findAll('.amount').map(a => a.text())).toEqual(['1 万张', '2.5 万张', '10 万张'])
    expect(chart.find('figcaption').text()).toContain('演讲者估计')
    expect(chart.attributes('aria-label')).toContain('GPT-5 10 万张')
  })

  it('draws the bars on a linear scale', () => {
    expect(chart.findAll('.bar').map(bar => bar.attributes('style'))).toEqual(['width: 10%;', 'width: 25%;', 'width: 100%;'])
  })
})

describe('eventTimeline', () => {
  const timeline = mount(EventTimeline, {
    props: {
      ids: ['cosmo-cover', 'chatgpt', 'sora'],
      end: 'this-talk',
    },
  })

  it('shows the events in order with their dates, the talk at the end of the axis', () => {
    expect(timeline.findAll('li').map(li => li.attributes('data-event'))).toEqual(['cosmo-cover', 'chatgpt', 'sora'])
    expect(timeline.findAll('li time').map(t => t.text())).toEqual(['2022 年 6 月', '2022 年 11 月 30 日', '2024 年 2 月 15 日'])
    expect(timeline.find('.terminus').text()).toBe('2024 年 3 月 · 本次演讲')
  })

  it('sets the labels apart, left to right', () => {
    const lefts = timeline.findAll('li').map(li => Number.parseFloat(/left: ([\d.-]+)px/.exec(li.attributes('style')!)![1]!))
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b))
  })
})

describe('talkQuote', () => {
  it('marks the words with the paragraph they come from and whose they are, the quotation marks as text', () => {
    const quote = mount(TalkQuote, {
      props: { p: 'p23' },
      slots: { default: '值得研究' },
    })
    expect(quote.find('q').attributes('data-paragraph')).toBe('p23')
    expect(quote.find('q').attributes('title')).toBe('沈向洋的原话（讲稿第 23 段）')
    expect(quote.text()).toBe('“值得研究”')
  })

  it('gives the two routes in the talk’s words, hedge and lineage, and no correction of them', () => {
    const routes = mount(TwoRoutesDiagram)
    expect(routes.text()).toContain('“从 DALL-E 文生图延展到现在的 Sora”')
    expect(routes.find('q').attributes('data-paragraph')).toBe('p11')
    expect(routes.text()).not.toMatch(/DALL·E 2|ChatGPT/)
  })

  it('is how a prompt card quotes the speaker’s description', () => {
    const card = mount(PromptCard, {
      props: { p: 'p04', kind: '文生图' },
      slots: { default: '星空下' },
    })
    expect(card.find('figcaption').text()).toBe('演讲中描述的提示语 · 文生图')
    expect(card.find('q').attributes('data-paragraph')).toBe('p04')
  })
})

describe('sources', () => {
  it('numbers a citation as the references do, with the title on hover', () => {
    const ref = mount(SourceRef, {
      props: { id: 'openai-sora' },
    })
    expect(ref.text()).toBe(`[${sourceNumber('openai-sora')}]`)
    expect(ref.attributes('title')).toBe('Video generation models as world simulators（OpenAI）')
  })

  it('lists every source once, titles as published or a bracketed description, English in the Latin face', () => {
    const list = mount(SourceList)
    const entries = list.findAll('li')
    expect(entries.map(li => li.attributes('data-source'))).toEqual(sources.map(s => s.id))
    expect(list.find('[data-source="llama-2"]').text()).toContain('［Llama 2 条目］')
    expect(list.find('[data-source="gtc-panel"] cite').text()).toBe('“‘You Transformed the World,’ NVIDIA CEO Tells Researchers Behind Landmark AI Paper”')
    expect(list.find('[data-source="gtc-panel"]').text()).toContain('NVIDIA Blog，2024 年 3 月 20 日')
    expect(list.find('[data-source="kexue-xinwen-2024-04"] cite').text()).toBe('《通用大模型时代的人机关系》')
    // the original's date, then the translation: the date is not the Chinese edition's
    expect(list.find('[data-source="markoff-book"]').text()).toContain('Machines of Loving Grace. John Markoff，2015 年；中文版《与机器人共舞》')
    expect(list.find('[data-source="markoff-book"] cite').classes()).toContain('book')
    expect(list.find('[data-source="economist-cover"] cite').attributes('lang')).toBe('en')
    expect(list.find('[data-source="kexue-xinwen-2024-04"] cite').attributes('lang')).toBeUndefined()
  })

  it('dates an event at the record’s precision, with its citation', () => {
    const date = mount(EventDate, {
      props: { id: 'dgx1-openai', cite: true },
    })
    expect(date.text()).toBe(`2016 年 8 月[${sourceNumber('dgx1-openai')}]`)
  })

  it('shows a figure with the words around it and the house spaces', () => {
    expect(mount(TalkFigure, {
      props: { id: 'model-companies' },
    }).find('.amount').text()).toBe('超过 200 家')
    expect(mount(TalkFigure, {
      props: { id: 'seven-trillion' },
    }).find('.amount').text()).toBe('7 万亿美元')
  })
})
