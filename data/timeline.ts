// Dated events the slides show, from docs/facts.md, in the order they happened, each at the precision the record has.
import type { TimelineEvent } from './schema'

export const timelineEvents = [
  { id: 'dgx1-openai', date: '2016-08', label: '黄仁勋把首台 DGX-1 送到 OpenAI', source: 'dgx1-openai' },
  { id: 'cosmo-cover', date: '2022-06', label: 'Cosmopolitan 的 AI 封面', source: 'cosmo-cover' },
  { id: 'chatgpt', date: '2022-11-30', label: 'ChatGPT 发布', source: 'openai-chatgpt' },
  { id: 'llama', date: '2023-02-24', label: 'Meta 发布 LLaMA', source: 'meta-llama' },
  { id: 'award-refused', date: '2023-04-13', label: 'AI 图片获摄影奖，作者拒领', source: 'eldagsen' },
  { id: 'sora', date: '2024-02-15', label: 'OpenAI 发布 Sora', source: 'openai-sora' },
  { id: 'this-talk', date: '2024-03', label: '本次演讲', source: 'kexue-xinwen-2024-04' },
] as const satisfies readonly TimelineEvent[]

export type TimelineEventId = typeof timelineEvents[number]['id']
