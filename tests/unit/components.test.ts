// @vitest-environment happy-dom
import type { Directive } from 'vue'
import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ComputeScaleChart from '../../components/ComputeScaleChart.vue'
import EventDate from '../../components/EventDate.vue'
import EventTimeline from '../../components/EventTimeline.vue'
import ModelScaleTable from '../../components/ModelScaleTable.vue'
import ModelTierStaircase from '../../components/ModelTierStaircase.vue'
import PartAgenda from '../../components/PartAgenda.vue'
import PartTopics from '../../components/PartTopics.vue'
import PromptCard from '../../components/PromptCard.vue'
import SourceList from '../../components/SourceList.vue'
import SourcePublication from '../../components/SourcePublication.vue'
import SourceRef from '../../components/SourceRef.vue'
import TalkFigure from '../../components/TalkFigure.vue'
import TalkQuote from '../../components/TalkQuote.vue'
import TwoRoutesDiagram from '../../components/TwoRoutesDiagram.vue'
import { sourceNumber, sources } from '../../data/sources'
import Section from '../../layouts/section.vue'
import { deck, resetDeck } from '../support/slidev-client.ts'

/** Slidev's v-click and v-after, reduced to a mark of where they stand and with what value */
const click: Directive<HTMLElement, unknown> = {
  mounted: (el, { value }) => el.setAttribute('data-click', String(value ?? true)),
}
const global = {
  directives: { click, after: click },
}

/** mounts in the English deck (slides.en.md's `htmlAttrs.lang: en`): the components read the language as they set up */
function inEnglish<T>(mounting: () => T): T {
  deck.lang = 'en'
  try {
    return mounting()
  }
  finally {
    resetDeck()
  }
}
const transcriptEn = readFileSync('talk/transcript.en.md', 'utf8')
const paragraphEn = (id: string): string => transcriptEn.split(`<!-- ${id} -->`)[1]!.split('<!--')[0]!.replace(/\s+/g, ' ')
/** the words inside a quotation's marks */
const quoted = (text: string): string => text.trim().replace(/^“|”$/g, '').replace(/\s+/g, ' ')

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

describe('the English deck', () => {
  it('names the tiers’ orders of magnitude as the translation does, the quoted words verbatim from it', () => {
    const table = inEnglish(() => mount(ModelScaleTable, { global }))
    const rows = table.findAll('tbody tr').map(row => row.findAll('th, td').map(cell => cell.text()))
    expect(rows.map(cells => cells.slice(1))).toEqual([
      ['10,000 cards', 'a trillion'],
      ['1,000 cards', '100 billion'],
      ['100 cards', '10 billion'],
      ['the cloud and end devices can be combined'],
    ])
    expect(table.find('thead').text()).toMatch(/Model\s*Cards\s*Parameters/)
    expect(table.find('caption').text()).toContain('Taking the A100 as the reference')
    expect(table.find('[data-tier="personal"]').text()).toContain('most interesting')
    expect(paragraphEn('p16')).toContain(quoted(table.find('[data-tier="enterprise"] q').text()))
    expect(table.text()).not.toMatch(/\p{Script=Han}/u)
  })

  it('climbs the staircase in English, three lines of scale to a step, every quotation the translation’s', () => {
    const stairs = inEnglish(() => mount(ModelTierStaircase, { global }))
    expect(stairs.find('[data-tier="general"]').findAll('.scale').map(p => p.text())).toEqual(['10,000 cards', 'a trillion parameters'])
    expect(stairs.find('[data-tier="personal"] .name').text()).toBe('Personal')
    expect(stairs.find('.reference').text()).toBe('Taking the A100 as the reference')
    for (const q of stairs.findAll('q'))
      expect(paragraphEn('p16'), q.text()).toContain(quoted(q.text()))
    // the picture's text alternative quotes the same words
    for (const [, words] of stairs.find('figure').attributes('aria-label')!.matchAll(/“([^”]+)”/g))
      expect(paragraphEn('p16')).toContain(words)
    expect(stairs.text()).not.toMatch(/\p{Script=Han}/u)
    // the Chinese deck keeps its one line of scale
    expect(mount(ModelTierStaircase, { global }).find('[data-tier="general"] .scale').text()).toBe('万卡、万亿参数')
  })

  it('gives the estimates as English numbers, marked as the speaker’s', () => {
    const chart = inEnglish(() => mount(ComputeScaleChart))
    expect(chart.findAll('.amount').map(a => a.text())).toEqual(['10,000', '25,000', '100,000'])
    expect(chart.find('figcaption').text()).toBe('Computing cards needed, speaker’s estimates')
    expect(chart.attributes('aria-label')).toContain('GPT-5, 100,000')
  })

  it('dates the events in English, on the same axis', () => {
    const timeline = inEnglish(() => mount(EventTimeline, { props: { ids: ['cosmo-cover', 'chatgpt', 'sora'], end: 'this-talk' } }))
    expect(timeline.findAll('li time').map(t => t.text())).toEqual(['June 2022', '30 November 2022', '15 February 2024'])
    expect(timeline.findAll('li span').map(s => s.text())).toEqual(['Cosmopolitan’s AI cover', 'ChatGPT released', 'OpenAI announces Sora'])
    expect(timeline.find('.terminus').text()).toBe('March 2024 · This talk')
    expect(inEnglish(() => mount(EventDate, { props: { id: 'chatgpt', cite: true } })).text()).toBe(`30 November 2022[${sourceNumber('openai-chatgpt')}]`)
  })

  it('shows a figure with English words and spaces between them', () => {
    expect(inEnglish(() => mount(TalkFigure, { props: { id: 'model-companies' } })).find('.amount').text()).toBe('over 200 companies')
    const trillion = inEnglish(() => mount(TalkFigure, { props: { id: 'seven-trillion' } }))
    expect(trillion.find('.amount').text()).toBe('7 trillion US dollars')
    expect(trillion.find('figcaption').text()).toBe(`what Sam Altman is looking to raise[${sourceNumber('kexue-xinwen-2024-04')}]`)
  })

  it('lists the parts with English numerals, titles and topics, and opens a part with its number', () => {
    const agenda = inEnglish(() => mount(PartAgenda))
    expect(agenda.findAll('h2').map(h => h.text())).toEqual(['1Three stunning things', '2Where the opportunity lies', '3Thoughts on AI'])
    expect(agenda.find('[data-part="shocks"]').findAll('li').map(li => li.text())).toEqual(['Text-to-image', 'Text-to-text: ChatGPT', 'Text-to-video: Sora'])
    expect(inEnglish(() => mount(PartTopics, { props: { part: 'opportunity' } })).findAll('li').map(li => li.text())).toEqual(['Multimodality', 'Product design'])
    const opener = inEnglish(() => mount(Section, { props: { part: 'opportunity' } }))
    expect(opener.find('.numeral').text()).toBe('2')
    expect(opener.find('.kicker').text()).toBe('Part 2')
    // the Chinese deck's
    expect(mount(Section, { props: { part: 'opportunity' } }).find('.kicker').text()).toBe('第二部分')
    expect(mount(PartAgenda).find('[data-part="reflections"] h2').text()).toBe('三对于人工智能发展的几点思考')
  })

  it('labels a prompt card with the glossary’s term, named by its id or its Chinese', () => {
    const card = inEnglish(() => mount(PromptCard, { props: { p: 'p07', kind: 'wen-sheng-shi-pin' }, slots: { default: 'a car' } }))
    expect(card.find('figcaption').text()).toBe('Prompt as described · text-to-video')
    expect(inEnglish(() => mount(PromptCard, { props: { p: 'p04', kind: '文生图' } })).find('figcaption').text()).toBe('Prompt as described · text-to-image')
    expect(mount(PromptCard, { props: { p: 'p07', kind: 'wen-sheng-shi-pin' } }).find('figcaption').text()).toBe('演讲中描述的提示语 · 文生视频')
    expect(() => mount(PromptCard, { props: { p: 'p04', kind: 'text-to-image' as '文生图' } })).toThrow('not a term of data/glossary.ts')
  })

  it('draws the two routes in the translation’s words', () => {
    const routes = inEnglish(() => mount(TwoRoutesDiagram))
    expect(routes.findAll('.modality').map(p => p.text())).toEqual(['Text-to-text', 'Text-to-video'])
    expect(routes.findAll('.architecture').map(p => p.text())).toEqual(['Transformer route', 'Diffusion route'])
    expect(paragraphEn('p11')).toContain(quoted(routes.find('q').text()))
    for (const [, words] of routes.find('figure').attributes('aria-label')!.matchAll(/“([^”]+)”/g))
      expect(paragraphEn('p11')).toContain(words)
    expect(routes.text()).not.toMatch(/\p{Script=Han}/u)
  })

  it('cites the sources in English, titles and publishers as published, a Chinese run marked zh-CN', () => {
    const list = inEnglish(() => mount(SourceList))
    expect(list.find('[data-source="llama-2"]').text()).toContain('[Llama 2 entry]. AI Museum')
    expect(list.find('[data-source="gtc-panel"]').text()).toContain('NVIDIA Blog, 20 March 2024')
    expect(list.find('[data-source="markoff-book"]').text()).toContain('Machines of Loving Grace. John Markoff, 2015; Chinese edition 《与机器人共舞》')
    expect(list.find('[data-source="markoff-book"] [lang="zh-CN"]').text()).toBe('《与机器人共舞》')
    const kexue = list.find('[data-source="kexue-xinwen-2024-04"]')
    expect(kexue.find('cite').text()).toBe('《通用大模型时代的人机关系》')
    expect(kexue.find('cite').attributes('lang')).toBe('zh-CN')
    // the publisher's line is ours to translate, the names in it in their script
    expect(kexue.find('.meta').text()).toContain('(Science News), April 2024 cover story; reprinted on 科学网, 10 September 2024')
    expect(kexue.findAll('.meta [lang="zh-CN"]').map(run => run.text())).toEqual(['《科学新闻》', '科学网'])
    expect(list.find('[data-source="economist-cover"] cite').attributes('lang')).toBeUndefined()
    expect(list.find('.note').text()).toBe('In brackets: a description of a source whose title could not be verified.')
    // every Chinese character of the list is in a run marked as Chinese
    const walker = document.createTreeWalker(list.find('ol').element, NodeFilter.SHOW_TEXT)
    const unmarked: string[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/\p{Script=Han}/u.test(node.textContent ?? '') && !node.parentElement?.closest('[lang="zh-CN"]'))
        unmarked.push(node.textContent!)
    }
    expect(unmarked).toEqual([])

    const ref = inEnglish(() => mount(SourceRef, { props: { id: 'dgx1-announce' } }))
    expect(ref.attributes('title')).toBe('The launch of DGX-1 and its delivery to OpenAI (Michigan Digital News)')
    const publication = inEnglish(() => mount(SourcePublication, { props: { id: 'kexue-xinwen-2024-04' } }))
    expect(publication.findAll('[lang="zh-CN"]').map(run => run.text())).toEqual(['《科学新闻》', '科学网'])
    expect(inEnglish(() => mount(SourcePublication, { props: { id: 'markoff-book' } })).find('[lang]').exists()).toBe(false)
  })
})
