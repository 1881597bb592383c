// Numbers the slides show in large type: a slide names one by id (`<TalkFigure id="seven-trillion" />`), never typing the number.
import type { TalkFigure } from './schema'

export const talkFigures = [
  // the talk's own numbers: “据说，现在全国大概有超过 200 家做大模型的公司”, “要筹 7 万亿美元”
  { id: 'model-companies', prefix: '超过', value: 200, unit: '家', label: '做大模型的公司（据说）', source: 'kexue-xinwen-2024-04' },
  { id: 'seven-trillion', value: 7e12, unit: '美元', label: 'Sam Altman 要筹的资金', source: 'kexue-xinwen-2024-04' },
  // the record's number for what the talk calls “长视频”
  { id: 'sora-seconds', prefix: '最长', value: 60, unit: '秒', label: 'Sora 生成的视频', source: 'openai-sora' },
] as const satisfies readonly TalkFigure[]

export type TalkFigureId = typeof talkFigures[number]['id']
