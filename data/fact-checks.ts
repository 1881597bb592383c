// Where the talk slips, from docs/facts.md: the notes show these after the talk's words (`@check:<id>`), never rewriting the talk.
import type { FactCheck } from './schema'

export const factChecks = [
  { id: 'llama-licence', claim: '开源大模型 LLaMA', check: '第一代 LLaMA 的许可仅限非商业研究；允许商用的是 2023 年 7 月的 Llama 2。', sources: ['meta-llama', 'llama-2'] },
  { id: 'first-ai-cover', claim: '第一张登上美国知名杂志的人工智能图片', check: '这是 Cosmopolitan 自己的说法；一周前（2022 年 6 月 11 日）《经济学人》已用 Midjourney 生成的图片做过封面。', sources: ['cosmo-cover', 'economist-cover'] },
  { id: 'cosmo-prompt', claim: '在浩瀚的星空下，一位女宇航员昂首阔步地走向这个广角镜头', check: '演讲转述了提示语。原文是：A wide angle shot from below of a female astronaut with an athletic feminine body walking with swagger towards camera on Mars in an infinite universe, synthwave digital art（有“火星”“仰拍”“合成波数字艺术”）。', sources: ['cosmo-cover'] },
  { id: 'eldagsen', claim: '德国摄影师……拒绝领奖，因为觉得这是人工智能的作品，不是他的', check: '摄影师 Boris Eldagsen 是有意拿 AI 作品参赛，测试比赛是否已为 AI 图片做好准备；他拒绝领奖的理由是“AI is not photography”。此事在 Cosmopolitan 封面之后约十个月（2023 年 3–4 月）。', sources: ['eldagsen'] },
  // the fact sheet gives the count but no public source for it: none is invented
  { id: 'model-count', claim: '超过 200 家做大模型的公司', check: '公开统计的口径是模型数量（2023 年 10 月约 238 个参数超过 10 亿的模型），而不是公司数量。', sources: [] },
  { id: 'diffusion-line', claim: '从 DALL-E 文生图延展到现在的 Sora', check: '第一代 DALL·E 是自回归 Transformer，并非扩散模型；DALL·E 2 才用扩散；Sora 是扩散 Transformer。', sources: ['dalle-1', 'dalle-2', 'openai-sora'] },
  { id: 'dgx1-recipient', claim: '送给联合创办 OpenAI 的埃隆·马斯克世界上第一台英伟达 DGX-1', check: '2016 年 8 月这台 DGX-1 送到的是 OpenAI（题字“To Elon & the OpenAI Team”），不是马斯克个人。', sources: ['dgx1-openai', 'dgx1-announce'] },
  { id: 'seven-trillion', claim: 'Sam Altman 要筹 7 万亿美元继续发展基于大模型的通用人工智能', check: '《华尔街日报》报道的是 5–7 万亿美元，用于芯片工厂、能源和数据中心等基础设施，而非直接用于通用人工智能；7 万亿是演讲中的数字。', sources: ['wsj-altman'] },
  // the fact sheet gives these comparisons without a public source for them
  { id: 'compute-estimates', claim: 'GPT-3.5 可能需要 1 万张计算卡，GPT-4 可能需要 2.5 万张，GPT-5 可能需要 10 万张', check: '三个数字都是演讲者的估计：1 万张与微软 2020 年为 OpenAI 建造的超级计算机规模相当（GPT-3 时代）；约 2.5 万张 A100 与 SemiAnalysis 2023 年 7 月对 GPT-4 的非官方爆料相符；GPT-5 所需的卡数没有公开数字。', sources: [] },
  { id: 'transformer-authors', claim: '开发出 Transformer 的 7 位作者', check: '论文有 8 位作者；GTC 2024 对谈到场的是其中 7 位（Niki Parmar 缺席）。', sources: ['attention', 'gtc-panel'] },
] as const satisfies readonly FactCheck[]
