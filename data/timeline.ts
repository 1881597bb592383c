/**
 * Dated events the talk mentions or rests on, from ../shared/talk/facts.md, in
 * the order they happened. Dates carry only the precision the record has:
 * '2016-08' has no day because the record has none.
 */
import type { SourceId } from './sources'

export interface TimelineEvent {
  id: string
  /** ISO date at the record's precision: '2016-08' or '2022-11-30' */
  date: string
  /** a short Chinese label */
  label: string
  /** one line of detail from facts.md, shown for the current event */
  detail?: string
  source: SourceId
}

export const timelineEvents: readonly TimelineEvent[] = [
  { id: 'dgx1-openai', date: '2016-08', label: '黄仁勋把首台 DGX-1 送到 OpenAI', detail: '题字“To Elon & the OpenAI Team”：送给 OpenAI 团队，而非马斯克个人', source: 'dgx1-openai' },
  { id: 'transformer', date: '2017-06-12', label: 'Transformer 问世', detail: '论文“Attention Is All You Need”，8 位作者，NIPS 2017', source: 'attention' },
  { id: 'dalle-2', date: '2022-04', label: 'DALL·E 2 发布', detail: 'CLIP + 扩散模型（Diffusion）', source: 'dalle-2' },
  { id: 'cosmo-cover', date: '2022-06', label: 'DALL·E 2 作品登上 Cosmopolitan 封面', detail: '艺术家 Karen X. Cheng 与杂志编辑、OpenAI 合作；《经济学人》早一周用过 AI 封面', source: 'cosmo-cover' },
  { id: 'chatgpt', date: '2022-11-30', label: 'ChatGPT 发布', detail: '基于 GPT-3.5 的研究预览版，5 天用户破百万', source: 'openai-chatgpt' },
  { id: 'llama', date: '2023-02-24', label: 'Meta 发布 LLaMA', detail: '7B / 13B / 33B / 65B，权重开放，仅限非商业研究', source: 'meta-llama' },
  { id: 'award-refused', date: '2023-04-13', label: 'AI 图片获摄影奖，作者拒领', detail: '索尼世界摄影奖：作者称“AI 不是摄影”，有意以此作为测试', source: 'eldagsen' },
  { id: 'altman-7-trillion', date: '2024-02-08', label: '奥尔特曼拟筹 7 万亿美元', detail: '据《华尔街日报》：5–7 万亿美元，用于芯片制造、能源与数据中心', source: 'wsj-altman' },
  { id: 'sora', date: '2024-02-15', label: 'OpenAI 发布 Sora', detail: '最长 60 秒的视频，“扩散 Transformer”', source: 'openai-sora' },
  { id: 'gtc-panel', date: '2024-03-20', label: '黄仁勋对谈 Transformer 作者', detail: 'GTC 2024，8 位作者中 7 位到场：“世界需要比 Transformer 更好的东西”', source: 'gtc-panel' },
  { id: 'this-talk', date: '2024-03', label: '本次演讲（GDPS 2024，上海）', detail: '2024 全球开发者先锋大会', source: 'kexue-xinwen-2024-04' },
]
