/**
 * Figures the slides show in large type: the talk's own numbers and the
 * record's corrections of them, each with its source. Slides name a figure by
 * id (`<TalkFigure id="seven-trillion" />`) and never type the number.
 */
import type { SourceId } from './sources'

export interface TalkFigure {
  id: string
  value: number
  /** the unit after the number, e.g. “美元”, “家” */
  unit: string
  /** words before the number, e.g. “超过” */
  prefix?: string
  /** shown as “200+” instead of “超过 200” when space is short */
  plus?: boolean
  /** what the number counts, in a few words */
  label: string
  source: SourceId
}

export const talkFigures = [
  { id: 'model-companies', value: 200, unit: '家', plus: true, label: '做大模型的公司（演讲引述的说法）', source: 'kexue-xinwen-2024-04' },
  { id: 'seven-trillion', value: 7e12, unit: '美元', label: '奥尔特曼要筹的资金（据报道）', source: 'wsj-altman' },
  { id: 'dgx1-gpus', value: 8, unit: '块 P100', label: '首台 DGX-1 的 GPU', source: 'dgx1-announce' },
  { id: 'sora-seconds', value: 60, unit: '秒', prefix: '最长', label: 'Sora 生成的视频长度', source: 'openai-sora' },
  { id: 'transformer-authors', value: 8, unit: '位作者', label: '“Attention Is All You Need”', source: 'attention' },
  { id: 'panel-authors', value: 7, unit: '位到场', label: 'GTC 2024 与黄仁勋对谈', source: 'gtc-panel' },
] as const satisfies readonly TalkFigure[]

export type TalkFigureId = typeof talkFigures[number]['id']
