// Where the talk slips, from docs/facts.md: the notes show these after the talk's words (`@check:<id>`), never rewriting the talk.
// `claim` is the talk's words, in English verbatim from talk/transcript.en.md; `check` states the same facts in each language.
import type { FactCheck } from './schema'

export const factChecks = [
  {
    id: 'llama-licence',
    claim: { zh: '开源大模型 LLaMA', en: 'the open-source large model LLaMA' },
    check: {
      zh: '第一代 LLaMA 的许可仅限非商业研究；允许商用的是 2023 年 7 月的 Llama 2。',
      en: 'The first LLaMA was licensed for non-commercial research only; commercial use came with Llama 2, in July 2023.',
    },
    sources: ['meta-llama', 'llama-2'],
  },
  {
    id: 'first-ai-cover',
    claim: { zh: '第一张登上美国知名杂志的人工智能图片', en: 'the first artificial intelligence image to make it into a well-known American magazine' },
    check: {
      zh: '这是 Cosmopolitan 自己的说法；一周前（2022 年 6 月 11 日）《经济学人》已用 Midjourney 生成的图片做过封面。',
      en: 'That is Cosmopolitan’s own claim; a week earlier (11 June 2022) The Economist had already put an image made with Midjourney on its cover.',
    },
    sources: ['cosmo-cover', 'economist-cover'],
  },
  {
    id: 'cosmo-prompt',
    claim: { zh: '在浩瀚的星空下，一位女宇航员昂首阔步地走向这个广角镜头', en: 'under the vast starry sky, a female astronaut strides with her head held high towards this wide-angle lens' },
    check: {
      zh: '演讲转述了提示语。原文是：A wide angle shot from below of a female astronaut with an athletic feminine body walking with swagger towards camera on Mars in an infinite universe, synthwave digital art（有“火星”“仰拍”“合成波数字艺术”）。',
      en: 'The talk paraphrases the prompt. The original reads: “A wide angle shot from below of a female astronaut with an athletic feminine body walking with swagger towards camera on Mars in an infinite universe, synthwave digital art” (it has “on Mars”, “from below” and “synthwave digital art”).',
    },
    sources: ['cosmo-cover'],
  },
  {
    id: 'eldagsen',
    claim: { zh: '德国摄影师……拒绝领奖，因为觉得这是人工智能的作品，不是他的', en: 'the German photographer refused to accept the prize, because he felt it was the work of artificial intelligence, not his' },
    check: {
      zh: '摄影师 Boris Eldagsen 是有意拿 AI 作品参赛，测试比赛是否已为 AI 图片做好准备；他拒绝领奖的理由是“AI is not photography”。此事在 Cosmopolitan 封面之后约十个月（2023 年 3–4 月）。',
      en: 'The photographer, Boris Eldagsen, entered an AI work on purpose, to test whether the competition was ready for AI images; his reason for refusing the prize was “AI is not photography”. This was about ten months after the Cosmopolitan cover (March–April 2023).',
    },
    sources: ['eldagsen'],
  },
  // the fact sheet gives the count but no public source for it: none is invented
  {
    id: 'model-count',
    claim: { zh: '超过 200 家做大模型的公司', en: 'over 200 companies across the country making large models' },
    check: {
      zh: '公开统计的口径是模型数量（2023 年 10 月约 238 个参数超过 10 亿的模型），而不是公司数量。',
      en: 'The public count is of models (in October 2023, about 238 models of over 1 billion parameters), not of companies.',
    },
    sources: [],
  },
  {
    id: 'diffusion-line',
    claim: { zh: '从 DALL-E 文生图延展到现在的 Sora', en: 'extending from DALL-E’s text-to-image to today’s Sora' },
    check: {
      zh: '第一代 DALL·E 是自回归 Transformer，并非扩散模型；DALL·E 2 才用扩散；Sora 是扩散 Transformer。',
      en: 'The first DALL·E was an autoregressive Transformer, not a diffusion model; diffusion came with DALL·E 2; Sora is a diffusion Transformer.',
    },
    sources: ['dalle-1', 'dalle-2', 'openai-sora'],
  },
  {
    id: 'dgx1-recipient',
    claim: { zh: '送给联合创办 OpenAI 的埃隆·马斯克世界上第一台英伟达 DGX-1', en: 'gave Elon Musk, who co-founded OpenAI, the world’s first NVIDIA DGX-1' },
    check: {
      zh: '2016 年 8 月这台 DGX-1 送到的是 OpenAI（题字“To Elon & the OpenAI Team”），不是马斯克个人。',
      en: 'In August 2016 this DGX-1 went to OpenAI (inscribed “To Elon & the OpenAI Team”), not to Musk personally.',
    },
    sources: ['dgx1-openai', 'dgx1-announce'],
  },
  {
    id: 'seven-trillion',
    claim: { zh: 'Sam Altman 要筹 7 万亿美元继续发展基于大模型的通用人工智能', en: 'Sam Altman has been looking to raise 7 trillion US dollars to continue developing artificial general intelligence based on large models' },
    check: {
      zh: '《华尔街日报》报道的是 5–7 万亿美元，用于芯片工厂、能源和数据中心等基础设施，而非直接用于通用人工智能；7 万亿是演讲中的数字。',
      en: 'The Wall Street Journal reported 5–7 trillion US dollars, for infrastructure such as chip factories, energy and data centres, not directly for artificial general intelligence; 7 trillion is the talk’s figure.',
    },
    sources: ['wsj-altman'],
  },
  // the fact sheet gives these comparisons without a public source for them
  {
    id: 'compute-estimates',
    claim: { zh: 'GPT-3.5 可能需要 1 万张计算卡，GPT-4 可能需要 2.5 万张，GPT-5 可能需要 10 万张', en: 'GPT-3.5 may need 10,000 computing cards, GPT-4 may need 25,000, and GPT-5 may need 100,000' },
    check: {
      zh: '三个数字都是演讲者的估计：1 万张与微软 2020 年为 OpenAI 建造的超级计算机规模相当（GPT-3 时代）；约 2.5 万张 A100 与 SemiAnalysis 2023 年 7 月对 GPT-4 的非官方爆料相符；GPT-5 所需的卡数没有公开数字。',
      en: 'All three numbers are the speaker’s estimates: 10,000 cards matches the scale of the supercomputer Microsoft built for OpenAI in 2020 (the GPT-3 era); about 25,000 A100s matches SemiAnalysis’s unofficial leak on GPT-4 of July 2023; there is no public figure for the cards GPT-5 needs.',
    },
    sources: [],
  },
  {
    id: 'transformer-authors',
    claim: { zh: '开发出 Transformer 的 7 位作者', en: 'the 7 authors who developed the Transformer' },
    check: {
      zh: '论文有 8 位作者；GTC 2024 对谈到场的是其中 7 位（Niki Parmar 缺席）。',
      en: 'The paper has 8 authors; 7 of them came to the conversation at GTC 2024 (Niki Parmar was absent).',
    },
    sources: ['attention', 'gtc-panel'],
  },
] as const satisfies readonly FactCheck[]
