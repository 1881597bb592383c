// Dated events the slides show, from docs/facts.md, in the order they happened, each at the precision the record has.
// A label is the deck's own, in both editions: short, two lines of a timeline at most (components/EventTimeline.vue).
import type { TimelineEvent } from './schema'

export const timelineEvents = [
  { id: 'dgx1-openai', date: '2016-08', label: { zh: '黄仁勋把首台 DGX-1 送到 OpenAI', en: 'Jensen Huang hands the first DGX-1 to OpenAI' }, source: 'dgx1-openai' },
  { id: 'cosmo-cover', date: '2022-06', label: { zh: 'Cosmopolitan 的 AI 封面', en: 'Cosmopolitan’s AI cover' }, source: 'cosmo-cover' },
  { id: 'chatgpt', date: '2022-11-30', label: { zh: 'ChatGPT 发布', en: 'ChatGPT released' }, source: 'openai-chatgpt' },
  { id: 'llama', date: '2023-02-24', label: { zh: 'Meta 发布 LLaMA', en: 'Meta releases LLaMA' }, source: 'meta-llama' },
  { id: 'award-refused', date: '2023-04-13', label: { zh: 'AI 图片获摄影奖，作者拒领', en: 'AI image wins a photography award; its maker refuses it' }, source: 'eldagsen' },
  { id: 'sora', date: '2024-02-15', label: { zh: 'OpenAI 发布 Sora', en: 'OpenAI announces Sora' }, source: 'openai-sora' },
  { id: 'this-talk', date: '2024-03', label: { zh: '本次演讲', en: 'This talk' }, source: 'kexue-xinwen-2024-04' },
] as const satisfies readonly TimelineEvent[]

export type TimelineEventId = typeof timelineEvents[number]['id']
