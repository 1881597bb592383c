// Numbers the slides show in large type: a slide names one by id (`<TalkFigure id="seven-trillion" />`), never typing the number.
// The words around a number are in both editions; the number itself is formatted in the edition's language (data/format.ts).
import type { TalkFigure } from './schema'

export const talkFigures = [
  // the talk's own numbers: “据说，现在全国大概有超过 200 家做大模型的公司” (“Reportedly, there are now probably over 200
  // companies across the country making large models”), “要筹 7 万亿美元” (“to raise 7 trillion US dollars”)
  { id: 'model-companies', prefix: { zh: '超过', en: 'over' }, value: 200, unit: { zh: '家', en: 'companies' }, label: { zh: '做大模型的公司（据说）', en: 'making large models (reportedly)' }, source: 'kexue-xinwen-2024-04' },
  { id: 'seven-trillion', value: 7e12, unit: { zh: '美元', en: 'US dollars' }, label: { zh: 'Sam Altman 要筹的资金', en: 'what Sam Altman is looking to raise' }, source: 'kexue-xinwen-2024-04' },
  // the record's number for what the talk calls “长视频” (“a long video”)
  { id: 'sora-seconds', prefix: { zh: '最长', en: 'up to' }, value: 60, unit: { zh: '秒', en: 'seconds' }, label: { zh: 'Sora 生成的视频', en: 'a video Sora generates' }, source: 'openai-sora' },
] as const satisfies readonly TalkFigure[]

export type TalkFigureId = typeof talkFigures[number]['id']
